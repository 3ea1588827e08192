import Foundation

/// Builds one language's index files (see `SearchIndexFormat`) from its documents' records.
/// The output depends only on the records and facets given, in order, so a cached build writes
/// the same bytes as a clean one, and an edit changes only the shards holding the edited
/// article's old or new terms, its detail group and the entry.
enum SearchIndexBuilder {
    struct Document: Sendable {
        var key: String
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

    /// Paths relative to `public/`, with their bytes.
    static func files(_ input: Input) -> [(path: String, data: Data)] {
        let folder = "search/\(input.language)/"
        let shardCount = SearchIndexFormat.shardCount(documents: input.documents.count)
        let groupSize = SearchIndexFormat.groupSize(documents: input.documents.count)
        var files = [(path: folder + "index.json", data: entry(input, shardCount: shardCount, groupSize: groupSize))]
        for (shard, data) in shards(input.documents, count: shardCount).enumerated() {
            files.append((folder + "s\(shard).txt", data))
        }
        for start in stride(from: 0, to: input.documents.count, by: groupSize) {
            let group = input.documents[start..<min(start + groupSize, input.documents.count)]
            let items = group.map { "[" + JSONText.string($0.key) + "," + JSONText.string($0.record.title) + "," + JSONText.string($0.record.excerpt) + "]" }
            files.append((folder + "d\(start / groupSize).json", Data(("[" + items.joined(separator: ",\n") + "]\n").utf8)))
        }
        return files
    }

    private static func shards(_ documents: [Document], count: Int) -> [Data] {
        var postings = [[String: [(document: Int, weight: UInt8)]]](repeating: [:], count: count)
        for (number, document) in documents.enumerated() {
            for (term, weight) in zip(document.record.terms, document.record.weights) {
                postings[SearchIndexFormat.shard(of: term, count: count)][term, default: []].append((number, weight))
            }
        }
        return postings.map { terms in
            var out: [UInt8] = []
            for term in terms.keys.sorted(by: { $0.utf16.lexicographicallyPrecedes($1.utf16) }) {
                out.append(contentsOf: term.utf8)
                out.append(UInt8(ascii: "\t"))
                SearchIndexFormat.encodePostings(terms[term]!, into: &out)
                out.append(UInt8(ascii: "\n"))
            }
            return Data(out)
        }
    }

    /// The entry file: counts, facet names, each document's facets (as an index into a list of
    /// distinct combinations, which are few), and the fallback documents.
    private static func entry(_ input: Input, shardCount: Int, groupSize: Int) -> Data {
        let productIndex = Dictionary(uniqueKeysWithValues: input.products.enumerated().map { ($1.id, $0) })
        let tierIndex = Dictionary(uniqueKeysWithValues: input.tiers.enumerated().map { ($1.id, $0) })
        var combinations: [String] = []
        var combinationIndex: [String: Int] = [:]
        var documentFacets: [Int] = []
        for document in input.documents {
            // [section, null] applies to every product and tier; else [section, [[product, [tiers]]…]].
            let availability = document.availability.map { availability in
                "[" + availability.entries.compactMap { entry in
                    productIndex[entry.product].map { "[\($0),[" + entry.tiers.compactMap { tierIndex[$0] }.map(String.init).joined(separator: ",") + "]]" }
                }.joined(separator: ",") + "]"
            } ?? "null"
            let combination = "[\(document.section),\(availability)]"
            if combinationIndex[combination] == nil {
                combinationIndex[combination] = combinations.count
                combinations.append(combination)
            }
            documentFacets.append(combinationIndex[combination]!)
        }
        func names(_ list: [Named]) -> String {
            "[" + list.map { "[" + JSONText.string($0.id) + "," + JSONText.string($0.name) + "]" }.joined(separator: ",") + "]"
        }
        var json = "{\"v\":\(SearchIndexFormat.version),\"lang\":" + JSONText.string(input.language)
        json += ",\"count\":\(input.documents.count),\"shards\":\(shardCount),\"group\":\(groupSize)"
        json += ",\n\"sections\":" + names(input.sections) + ",\n\"products\":" + names(input.products) + ",\n\"tiers\":" + names(input.tiers)
        json += ",\n\"facets\":[" + combinations.joined(separator: ",") + "]"
        json += ",\n\"docs\":[" + documentFacets.map(String.init).joined(separator: ",") + "]"
        if let fallback = input.fallback {
            json += ",\n\"fallback\":{\"lang\":" + JSONText.string(fallback.language) + ",\"name\":" + JSONText.string(fallback.name)
            json += ",\"docs\":[" + fallback.documents.map(String.init).joined(separator: ",") + "]}"
        }
        return Data((json + "}\n").utf8)
    }
}
