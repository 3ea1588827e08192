import Foundation
import Testing
@testable import SiteGenKit

/// Queries run over a built fixture index with `SearchQuery`, the benchmark's restatement of
/// the search box's lookup (the browser tests run the script itself).
@Suite("Search queries: typos and prefixes")
struct SearchQueryTests {
    private static func built() async -> InMemoryFileSystem {
        var content = Fixture.validContent
        let words = ["chargebacks", "invoices", "workspace", "passwords", "teammates", "domains", "webhooks", "exports"]
        for (number, word) in words.enumerated() {
            content["content/en/guides/\(word).md"] = "---\ntitle: About \(word)\nupdated: 2025-01-01\n---\nHow \(word) work, with filler text.\n"
            content["content/en/more/other\(number).md"] = "---\ntitle: Other \(number)\nupdated: 2025-01-01\n---\nUnrelated text number \(number).\n"
        }
        let fs = Fixture.fileSystem(content)
        _ = await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site"))
        return fs
    }

    private func top(_ query: String, _ fs: InMemoryFileSystem) -> (keys: [String], fetched: [String]) {
        var search = SearchQuery { fs.page($0).map { Data($0.utf8) } }
        let keys = search.run(query, language: "en").map(\.key)
        return (keys, search.fetched)
    }

    @Test func oneTypoAnywhereInALongWordIsTolerated() async throws {
        let fs = await Self.built()
        let entry = try #require(fs.page("search/en/index.json").flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
        let counts = (words: try #require(entry["shards"] as? Int), cjk: 0)
        var viaVocabulary = 0
        for query in ["chargebacks", "xhargebacks", "hcargebacks", "cahrgebacks", "chrgebacks", "chargebakcs", "cchargebacks", "invoicse", "wrokspace", "qorkspace"] {
            let (found, fetched) = top(query, fs)
            let expected = query.contains("nvoic") ? "guides/invoices" : query.contains("space") ? "guides/workspace" : "guides/chargebacks"
            #expect(found.first == expected, "\(query): \(found)")
            let target = String(expected.dropFirst("guides/".count))
            if SearchIndexFormat.shardFile(of: query, counts: counts) != SearchIndexFormat.shardFile(of: target, counts: counts) {
                #expect(fetched.contains { $0.hasPrefix("search/en/t") }, "\(query): a typo in the first letters reads the vocabulary")
                viaVocabulary += 1
            }
        }
        #expect(viaVocabulary >= 2, "the fixture has typos whose first letters pick another shard")
        #expect(!top("chargebacks", fs).fetched.contains { $0.hasPrefix("search/en/t") }, "a word found in its shard does not")
        #expect(top("xyzzyq", fs).keys.isEmpty)
        #expect(top("xhar", fs).keys.isEmpty, "words under five letters need their first letters right")
    }

    @Test func theWordBeingTypedIsAPrefix() async throws {
        let fs = await Self.built()
        #expect(top("about work", fs).keys.first == "guides/workspace")
        #expect(top("webho", fs).keys == ["guides/webhooks"])
        #expect(top("webho ", fs).keys.isEmpty, "a finished word is not a prefix")
    }
}
