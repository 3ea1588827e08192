import Foundation

/// Updates a language's index files in place after some articles' text changed, the set of
/// articles and everything else in the entry staying the same: only the shards holding a term
/// whose postings changed and the detail groups of a changed title or excerpt are read and
/// built again. The result is byte for byte what `SearchIndexBuilder.files` writes for the
/// same records: lines stay in byte order, postings in document order.
enum SearchIndexPatch {
    struct Change: Sendable {
        /// The document's number (its position in the index).
        var number: Int
        var key: String
        var old: SearchRecord
        var new: SearchRecord
    }

    /// The files that change, or nil when one of those it must read is missing or not in the
    /// expected format (then the caller builds the language's files again).
    /// `documents` is the language's document count. A term whose postings cross the line of
    /// `SearchIndexFormat.isCommon` needs its other documents' weights as they were before
    /// being written: then this returns nil too.
    static func files(language: String, layout: SearchIndexBuilder.Layout, documents: Int, changes: [Change], read: (String) -> Data?) -> [(path: String, data: Data)]? {
        let folder = "search/\(language)/"
        // Per shard file, per term: the documents whose weight changed, with the new weight
        // (nil: the term left the document).
        var byShard: [String: [String: [(document: Int, weight: UInt8?)]]] = [:]
        for change in changes {
            let old = Dictionary(zip(change.old.terms, change.old.weights), uniquingKeysWith: { first, _ in first })
            let new = Dictionary(zip(change.new.terms, change.new.weights), uniquingKeysWith: { first, _ in first })
            for (term, weight) in new where old[term] != weight {
                byShard[SearchIndexFormat.shardFile(of: term, counts: layout.counts), default: [:]][term, default: []].append((change.number, weight))
            }
            for term in old.keys where new[term] == nil {
                byShard[SearchIndexFormat.shardFile(of: term, counts: layout.counts), default: [:]][term, default: []].append((change.number, nil))
            }
        }
        var files: [(path: String, data: Data)] = []
        // Terms new to the language or gone from it, by vocabulary file: true when added.
        var vocabulary: [String: [String: Bool]] = [:]
        for (name, terms) in byShard.sorted(by: { $0.key < $1.key }) {
            guard let data = read(folder + name), let (patched, added, removed) = patchShard(data, terms, documents: documents) else { return nil }
            files.append((folder + name, patched))
            for (terms, isAdded) in [(added, true), (removed, false)] {
                for term in terms where SearchIndexFormat.hasTypoEntry(term) {
                    vocabulary[SearchIndexFormat.typoFile(of: term, count: layout.typo), default: [:]][term] = isAdded
                }
            }
        }
        for (name, changes) in vocabulary.sorted(by: { $0.key < $1.key }) {
            guard let data = read(folder + name) else { return nil }
            var terms = Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
            for (term, isAdded) in changes {
                if isAdded { terms.insert(term) } else { terms.remove(term) }
            }
            files.append((folder + name, SearchIndexBuilder.vocabularyFile(Array(terms))))
        }
        var byGroup: [Int: [Change]] = [:]
        for change in changes where change.old.title != change.new.title || change.old.excerpt != change.new.excerpt {
            byGroup[change.number / layout.groupSize, default: []].append(change)
        }
        for (group, members) in byGroup.sorted(by: { $0.key < $1.key }) {
            let path = folder + "d\(group).json"
            guard let data = read(path) else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            guard text.hasPrefix("["), text.hasSuffix("]\n") else { return nil }
            var items = text.dropFirst().dropLast(2).components(separatedBy: ",\n")
            for change in members {
                let slot = change.number % layout.groupSize
                guard slot < items.count else { return nil }
                items[slot] = SearchIndexBuilder.detailItem(key: change.key, record: change.new)
            }
            files.append((path, SearchIndexBuilder.detailGroup(items)))
        }
        return files
    }

    /// A shard with these terms' postings changed, and the terms it gained and lost.
    private static func patchShard(_ data: Data, _ changes: [String: [(document: Int, weight: UInt8?)]], documents: Int) -> (Data, added: [String], removed: [String])? {
        var added: [String] = [], removed: [String] = []
        var lines: [(term: String, postings: String)] = []
        var found: [String: Int] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t") else { return nil }
            let term = String(line[..<tab])
            if changes[term] != nil { found[term] = lines.count }
            lines.append((term, String(line[line.index(after: tab)...])))
        }
        for (term, updates) in changes {
            var postings: [(document: Int, weight: UInt8)] = []
            if let line = found[term] {
                guard let decoded = SearchIndexFormat.decodePostings(Substring(lines[line].postings)) else { return nil }
                postings = decoded
            }
            let wasCommon = SearchIndexFormat.isCommon(frequency: postings.count, documents: documents)
            for update in updates {
                postings.removeAll { $0.document == update.document }
                if let weight = update.weight { postings.append((update.document, weight)) }
            }
            let common = SearchIndexFormat.isCommon(frequency: postings.count, documents: documents)
            guard common == wasCommon else { return nil }
            postings = postings.map { ($0.document, SearchIndexFormat.writtenWeight($0.weight, common: common)) }
            postings.sort { $0.document < $1.document }
            var encoded: [UInt8] = []
            SearchIndexFormat.encodePostings(postings, into: &encoded)
            let text = String(decoding: encoded, as: UTF8.self)
            if let line = found[term] {
                lines[line].postings = text
                if postings.isEmpty { removed.append(term) }
            } else if !postings.isEmpty {
                lines.append((term, text))
                added.append(term)
            }
        }
        var out: [UInt8] = []
        for line in lines.sorted(by: { $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }) where !line.postings.isEmpty {
            out.append(contentsOf: line.term.utf8)
            out.append(UInt8(ascii: "\t"))
            out.append(contentsOf: line.postings.utf8)
            out.append(UInt8(ascii: "\n"))
        }
        return (Data(out), added, removed)
    }
}
