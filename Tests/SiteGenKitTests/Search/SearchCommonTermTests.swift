import Foundation
import Testing
@testable import SiteGenKit

/// A term in more than a quarter of a language's articles (and in more than 64) has its body
/// weights written as one value, which halves the size of its long postings list; title and
/// heading weights stay, and a patched index still equals a clean one.
@Suite("Search index, common terms")
struct SearchCommonTermTests {
    /// 100 documents: "common" in the first `common` of them (a title word in document 0, body
    /// weights varying elsewhere), "rare" in three, "own<N>" in each.
    private func records(common: Int, change: (Int, inout [String: UInt8]) -> Void = { _, _ in }) -> [SearchRecord] {
        (0..<100).map { number in
            var weights: [String: UInt8] = ["own\(number)": 5]
            if number < common { weights["common"] = number == 0 ? 54 : UInt8(1 + 4 * (number % 8)) }
            if [3, 40, 90].contains(number) { weights["rare"] = number == 3 ? 1 : 29 }
            change(number, &weights)
            let terms = weights.keys.sorted()
            return SearchRecord(revision: "r", title: "T\(number)", terms: terms, weights: terms.map { weights[$0]! }, excerpt: "")
        }
    }

    private func input(_ records: [SearchRecord]) -> SearchIndexBuilder.Input {
        let documents = records.enumerated().map { number, record in
            SearchIndexBuilder.Document(key: "k\(number < 10 ? "0" : "")\(number)", path: "content/en/k\(number).md", record: record, section: 0, availability: nil)
        }
        return .init(language: "en", documents: documents, sections: [.init(id: "", name: "More")], products: [], tiers: [], fallback: nil)
    }

    private func postings(_ files: [(path: String, data: Data)], term: String, layout: SearchIndexBuilder.Layout) throws -> [(document: Int, weight: UInt8)] {
        let name = "search/en/" + SearchIndexFormat.shardFile(of: term, counts: layout.counts)
        let text = String(decoding: try #require(files.first { $0.path == name }?.data), as: UTF8.self)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(term + "\t") })
        return try #require(SearchIndexFormat.decodePostings(line.dropFirst(term.count + 1)))
    }

    @Test func commonTermsKeepTitleWeightsAndFlattenBodyWeights() throws {
        let input = input(records(common: 80))
        let layout = SearchIndexBuilder.layout(input)
        let files = SearchIndexBuilder.files(input, layout: layout)
        let common = try postings(files, term: "common", layout: layout)
        #expect(common.count == 80)
        #expect(common.first?.weight == 54, "a title weight is kept")
        #expect(common.dropFirst().allSatisfy { $0.weight == SearchIndexFormat.commonWeight })
        let rare = try postings(files, term: "rare", layout: layout)
        #expect(rare.map(\.weight) == [1, 29, 29], "a rare term keeps its weights")
    }

    private func patched(from old: [SearchRecord], to new: [SearchRecord]) -> [(path: String, data: Data)]? {
        let before = input(old), after = input(new)
        let layout = SearchIndexBuilder.layout(before)
        let files = Dictionary(SearchIndexBuilder.files(before, layout: layout).map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a })
        let changes = old.indices.filter { old[$0] != new[$0] }.map {
            SearchIndexPatch.Change(number: $0, key: after.documents[$0].key, old: old[$0], new: new[$0])
        }
        return SearchIndexPatch.files(language: "en", layout: layout, documents: old.count, changes: changes) { files[$0] }
    }

    @Test func patchingACommonTermEqualsACleanBuild() throws {
        let old = records(common: 80)
        let new = records(common: 80) { number, weights in
            if number == 7 { weights["common"] = 25 }
            if number == 8 { weights["common"] = nil }
        }
        let files = try #require(patched(from: old, to: new))
        let clean = Dictionary(SearchIndexBuilder.files(input(new)).map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a })
        #expect(!files.isEmpty)
        for file in files { #expect(file.data == clean[file.path], "\(file.path)") }
    }

    /// A term that stops (or starts) being common needs the weights its other documents had:
    /// the language is built again instead.
    @Test func aTermCrossingTheLineIsNotPatched() {
        let old = records(common: 65)
        let new = records(common: 65) { number, weights in if number == 10 { weights["common"] = nil } }
        #expect(SearchIndexFormat.isCommon(frequency: 65, documents: 100) && !SearchIndexFormat.isCommon(frequency: 64, documents: 100))
        #expect(patched(from: old, to: new) == nil)
    }
}
