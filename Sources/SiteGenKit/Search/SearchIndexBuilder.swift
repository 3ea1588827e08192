import Foundation

/// Builds one language's index files (see `SearchIndexFormat`) from its documents' records.
/// The output depends only on the records and facets given, in order, so a cached build writes
/// the same bytes as a clean one, and an edit changes only the shards holding the edited
/// article's old or new terms, its detail group and the entry.
enum SearchIndexBuilder {
    struct Document: Sendable {
        var key: String
        /// The source file's display path (`content/<lang>/…`).
        var path: String
        var record: SearchRecord
        /// Position in `Input.sections`.
        var section: Int
        var availability: Availability?
    }

    struct Named: Sendable {
        var id: String
        var name: String
    }

    struct Fallback: Sendable {
        var language: String
        var name: String
        /// Document numbers in the source language's index that this language lacks.
        var documents: [Int]
    }

    struct Input: Sendable {
        var language: String
        /// Sorted by key: a document's number is its position.
        var documents: [Document]
        var sections: [Named]
        var products: [Named]
        var tiers: [Named]
        var fallback: Fallback?
    }

    /// The counts a language's set of files follows from.
    struct Layout: Sendable, Equatable {
        var words: Int
        var cjk: Int
        var groupSize: Int
        var documentsWithCJK: Int

        init(words: Int, cjk: Int, groupSize: Int, documentsWithCJK: Int) {
            (self.words, self.cjk, self.groupSize, self.documentsWithCJK) = (words, cjk, groupSize, documentsWithCJK)
        }

        init(documents: Int, documentsWithCJK: Int) {
            let counts = SearchIndexFormat.shardCounts(documents: documents, documentsWithCJK: documentsWithCJK)
            self.init(words: counts.words, cjk: counts.cjk, groupSize: SearchIndexFormat.groupSize(documents: documents), documentsWithCJK: documentsWithCJK)
        }

        var counts: (words: Int, cjk: Int) { (words, cjk) }
        /// Vocabulary files for typos.
        var typo: Int { SearchIndexFormat.typoCount(words: words) }
    }

    static func hasCJK(_ record: SearchRecord) -> Bool {
        // CJK characters take three or four UTF-8 bytes, the first at least 0xE3.
        record.terms.contains { ($0.utf8.first ?? 0) >= 0xE3 && ($0.unicodeScalars.first.map(SearchTokenizer.isCJK) ?? false) }
    }

    static func layout(_ input: Input) -> Layout {
        Layout(documents: input.documents.count, documentsWithCJK: input.documents.count { hasCJK($0.record) })
    }

    /// Paths relative to `public/`, with their bytes.
    static func files(_ input: Input) -> [(path: String, data: Data)] {
        files(input, layout: layout(input))
    }

    static func files(_ input: Input, layout: Layout) -> [(path: String, data: Data)] {
        let folder = "search/\(input.language)/"
        let counts = layout.counts, groupSize = layout.groupSize
        var files = [(path: folder + "index.json", data: entry(input, shards: counts, groupSize: groupSize))]
        for (name, data) in shards(input.documents, counts: counts, typo: layout.typo) {
            files.append((folder + name, data))
        }
        for start in stride(from: 0, to: input.documents.count, by: groupSize) {
            let group = input.documents[start..<min(start + groupSize, input.documents.count)]
            files.append((folder + "d\(start / groupSize).json", detailGroup(group.map { detailItem(key: $0.key, record: $0.record) })))
        }
        return files
    }

    /// A key of everything the entry and the files' names follow from, but the articles' text:
    /// when it is unchanged, an edit can be patched into the files (`SearchIndexPatch`).
    static func structureKey(_ input: Input) -> String {
        var hasher = StableHasher()
        hasher.combine(String(decoding: entry(input, shards: (0, 0), groupSize: 0), as: UTF8.self))
        for document in input.documents { hasher.combine(document.key) }
        return hasher.value
    }

    /// One document's line in its detail group.
    static func detailItem(key: String, record: SearchRecord) -> String {
        "[" + JSONText.string(SafeURL.encodedPath(key)) + "," + JSONText.string(record.title) + "," + JSONText.string(record.excerpt) + "]"
    }

    /// A detail group file: one item a line (JSON strings hold no raw line break).
    static func detailGroup(_ items: [String]) -> Data {
        Data(("[" + items.joined(separator: ",\n") + "]\n").utf8)
    }

    /// Every shard file, by name: all `counts.words` word shards and `counts.cjk` CJK shards,
    /// empty ones included, so the set of files depends on the counts only.
    private static func shards(_ documents: [Document], counts: (words: Int, cjk: Int), typo: Int) -> [(String, Data)] {
        let postings = SearchPostings(documents.map(\.record))
        let terms = postings.terms
        var files = [[Int]](repeating: [], count: counts.words + counts.cjk)
        for (index, term) in terms.enumerated() {
            let cjk = term.unicodeScalars.first.map(SearchTokenizer.isCJK) ?? false
            let shard = SearchIndexFormat.shard(of: term, count: max(1, cjk ? counts.cjk : counts.words))
            files[cjk ? counts.words + shard : shard].append(index)
        }
        var vocabulary = [[String]](repeating: [], count: typo)
        for term in terms where SearchIndexFormat.hasTypoEntry(term) {
            vocabulary[SearchIndexFormat.typoNumber(of: term, count: typo)].append(term)
        }
        let shardFiles = files.enumerated().map { file, members in
            var out: [UInt8] = []
            for index in members.sorted(by: { terms[$0].utf8.lexicographicallyPrecedes(terms[$1].utf8) }) {
                out.append(contentsOf: terms[index].utf8)
                out.append(UInt8(ascii: "\t"))
                postings.encode(index, documents: documents.count, into: &out)
                out.append(UInt8(ascii: "\n"))
            }
            return (file < counts.words ? "s\(file).txt" : "c\(file - counts.words).txt", Data(out))
        }
        return shardFiles + vocabulary.enumerated().map { ("t\($0).txt", vocabularyFile($1)) }
    }

    /// A vocabulary file: its terms in byte order, one a line.
    static func vocabularyFile(_ terms: [String]) -> Data {
        var out: [UInt8] = []
        for term in terms.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            out.append(contentsOf: term.utf8)
            out.append(UInt8(ascii: "\n"))
        }
        return Data(out)
    }

    /// The entry file: counts, facet names, each document's section and availability, and the
    /// fallback documents. Availability is a number whose bit `product × tiers + tier` says the
    /// article is available there, or -1 for an article available everywhere; fallback
    /// documents are a bitmap, six documents per character of the postings alphabet.
    static func entry(_ input: Input, shards: (words: Int, cjk: Int), groupSize: Int) -> Data {
        let productIndex = Dictionary(uniqueKeysWithValues: input.products.enumerated().map { ($1.id, $0) })
        let tierIndex = Dictionary(uniqueKeysWithValues: input.tiers.enumerated().map { ($1.id, $0) })
        let availability = input.documents.map { document -> String in
            guard let entries = document.availability?.entries else { return "-1" }
            var mask: UInt64 = 0
            for entry in entries {
                guard let product = productIndex[entry.product] else { continue }
                for tier in entry.tiers.compactMap({ tierIndex[$0] }) where product * input.tiers.count + tier < 53 {
                    mask |= 1 << UInt64(product * input.tiers.count + tier)
                }
            }
            return String(mask)
        }
        func names(_ list: [Named]) -> String {
            "[" + list.map { "[" + JSONText.string($0.id) + "," + JSONText.string($0.name) + "]" }.joined(separator: ",") + "]"
        }
        var json = "{\"v\":\(SearchIndexFormat.version),\"lang\":" + JSONText.string(input.language)
        json += ",\"count\":\(input.documents.count),\"shards\":\(shards.words),\"cjk\":\(shards.cjk),\"typo\":\(SearchIndexFormat.typoCount(words: shards.words)),\"group\":\(groupSize)"
        json += ",\n\"sections\":" + names(input.sections) + ",\n\"products\":" + names(input.products) + ",\n\"tiers\":" + names(input.tiers)
        json += ",\n\"section\":[" + input.documents.map { String($0.section) }.joined(separator: ",") + "]"
        json += ",\n\"availability\":[" + availability.joined(separator: ",") + "]"
        if let fallback = input.fallback {
            json += ",\n\"fallback\":{\"lang\":" + JSONText.string(fallback.language) + ",\"name\":" + JSONText.string(fallback.name)
            json += ",\"docs\":\"" + bitmap(fallback.documents) + "\"}"
        }
        return Data((json + "}\n").utf8)
    }

    /// Document numbers as a bitmap: bit `n % 6` of character `n / 6` (postings alphabet).
    static func bitmap(_ numbers: [Int]) -> String {
        guard let last = numbers.max() else { return "" }
        var values = [Int](repeating: 0, count: last / 6 + 1)
        for number in numbers { values[number / 6] |= 1 << (number % 6) }
        return String(decoding: values.map { SearchIndexFormat.digits[$0] }, as: UTF8.self)
    }
}
