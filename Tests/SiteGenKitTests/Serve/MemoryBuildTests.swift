import Foundation
import Testing
@testable import SiteGenKit

/// A build into memory (what `serve` holds) must hold what `build` writes, leave `public/`
/// alone, and after an edit report only the files whose bytes changed.
@Suite("Memory builds")
struct MemoryBuildTests {
    @Test func memoryBuildHoldsWhatBuildWritesAndWritesNoPublicFolder() async throws {
        let disk = Fixture.fileSystem(Fixture.validContent)
        let report = await SiteBuilder(fileSystem: disk).build(BuildOptions(root: "site", useCache: false))
        #expect(report.published)
        let memory = Fixture.fileSystem(Fixture.validContent)
        let sink = MemorySink()
        let built = await SiteBuilder(fileSystem: memory).buildInMemory(BuildOptions(root: "site", useCache: false), into: sink, previous: nil)
        #expect(built.report.published, "\(built.report.lines)")
        #expect(!memory.allFiles.contains { $0.hasPrefix("site/public") })
        let expected = disk.allFiles.filter { $0.hasPrefix("site/public/") }.map { String($0.dropFirst("site/public/".count)) }
        #expect(sink.paths.sorted() == expected.sorted())
        for path in expected where sink.file(path) != (try? disk.readFile("site/public/" + path)) {
            Issue.record("\(path) differs from the built file")
        }
    }

    @Test func rebuildAfterAnEditReportsOnlyChangedFiles() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let sink = MemorySink()
        let builder = SiteBuilder(fileSystem: fs)
        let options = BuildOptions(root: "site", useCache: false)
        let first = await builder.buildInMemory(options, into: sink, previous: nil)
        let article = try #require(fs.allFiles.first { $0.hasPrefix("site/content/en/") && $0.hasSuffix(".md") && !$0.hasSuffix("_index.md") })
        let before = try #require(fs.text(article))
        try fs.writeFile(article, Data((before + "\n\nA sentence added while previewing.\n").utf8))
        let second = await builder.buildInMemory(options, into: sink, previous: first.cache)
        #expect(second.report.published, "\(second.report.lines)")
        #expect(!second.changed.isEmpty)
        #expect(second.changed.count < sink.paths.count / 2, "\(second.changed.sorted())")
        #expect(second.changed.contains { path in sink.file(path).map { String(decoding: $0, as: UTF8.self).contains("A sentence added while previewing.") } ?? false })
    }
}

/// `serve` keeps what it loaded between builds and re-reads only the files its watcher names:
/// after each edit, its site must be byte for byte the one a fresh memory build makes.
@Suite("Held inputs")
struct HeldInputsTests {
    @Test func rebuildsFromHeldInputsMatchFreshBuilds() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let options = BuildOptions(root: "site", useCache: false)
        let builder = SiteBuilder(fileSystem: fs)
        let sink = MemorySink()
        var held = HeldInputs(listing: await InputFingerprint.inputs(fileSystem: fs, options: options).content)
        var built = await builder.buildInMemory(options, into: sink, previous: nil, held: held, plainAssetNames: true)
        let english = try #require(Fixture.theme["templates/i18n/en.yml"])
        #expect(english.contains("callout_note: Note"))
        let article = "site/content/en/billing/refunds.md"
        let edits: [(String, String?)] = [
            (article, "---\ntitle: Refunds, retitled\nupdated: 2025-05-05\n---\nRefunds take a week now.\n\n## Fees {#fees}\n\n> [!NOTE]\n> A fee.\n"),
            ("site/content/en/start/added.md", "---\ntitle: An added article\n---\nNew here. See [refunds](../billing/refunds.md).\n"),
            ("site/content/en/start/added.md", nil),
            ("site/templates/partials/footer.mustache", "<footer>Edited footer</footer>\n"),
            // The held bodies show callout titles: a new title must reach the pages.
            ("site/templates/i18n/en.yml", english.replacingOccurrences(of: "callout_note: Note", with: "callout_note: Heads up")),
        ]
        for (path, text) in edits {
            if let text { try fs.writeFile(path, Data(text.utf8)) } else { try fs.removeItem(path) }
            held = built.held
            held.forget(WatchedChanges(paths: [path]), root: "site", fileSystem: fs)
            built = await builder.buildInMemory(options, into: sink, previous: built.cache, held: held, deferSearch: true, plainAssetNames: true)
            #expect(built.report.published, "\(path): \(built.report.lines)")
            let cache = try #require(built.cache)
            if let inputs = built.searchInputs {
                let searched = await builder.searchInMemory(inputs, options: options, into: sink, cache: cache)
                built.cache = searched.cache
            }
            let (freshReport, fresh) = await Fixture.freshMemoryBuild(of: fs)
            #expect(freshReport.published, "\(freshReport.lines)")
            #expect(Set(sink.paths) == Set(fresh.keys), "\(path): \(Set(sink.paths).symmetricDifference(fresh.keys).sorted())")
            for (file, data) in fresh where sink.file(file) != data {
                Issue.record("\(path): \(file) differs from a fresh build")
            }
        }
        let page = String(decoding: try #require(sink.file("en/billing/refunds/index.html")), as: UTF8.self)
        #expect(page.contains("Heads up"))
    }

    @Test func gzipRoundTripsAndIsDeterministic() throws {
        let text = Data(String(repeating: "<p>Refunds take five days.</p>\n", count: 200).utf8)
        let packed = try #require(Gzip.compress(text))
        #expect(packed.count < text.count / 4)
        #expect(Gzip.compress(text) == packed)
        #expect(Gzip.decompress(packed) == text)
        #expect(Gzip.decompress(Data("not gzip".utf8)) == nil)
        let sink = MemorySink()
        try sink.write(text, to: "a.html")
        try sink.write(text, to: "site.css")
        try sink.write(Data("tiny".utf8), to: "b.txt")
        sink.commit(stale: [])
        #expect(sink.stored("a.html")?.gzipped == true)
        #expect(sink.stored("site.css")?.gzipped == true)
        #expect(sink.file("a.html") == text)
        #expect(sink.file("site.css") == text)
        #expect(sink.file("b.txt") == Data("tiny".utf8))
    }

    /// Pages of a language folder are held deflated against the first page of that folder:
    /// smaller than gzip, and read back byte for byte, the first page included.
    @Test func pagesOfALanguageShareADictionary() throws {
        let first = Data((String(repeating: "<nav><a href=\"../refunds/\">Request a refund</a></nav>\n", count: 40) + "<p>First.</p>").utf8)
        let second = Data((String(repeating: "<nav><a href=\"../refunds/\">Request a refund</a></nav>\n", count: 40) + "<p>Second page, other words.</p>").utf8)
        let sink = MemorySink()
        try sink.write(first, to: "en/a/index.html")
        try sink.write(second, to: "en/b/index.html")
        try sink.write(second, to: "fr/b/index.html")
        sink.commit(stale: [])
        #expect(sink.file("en/a/index.html") == first)
        #expect(sink.file("en/b/index.html") == second)
        #expect(sink.file("fr/b/index.html") == second)
        let shared = try #require(sink.stored("en/b/index.html"))
        #expect(shared.dictionary != nil && !shared.gzipped)
        #expect(shared.bytes.count < (Gzip.compress(second)?.count ?? 0))
        #expect(sink.stored("fr/b/index.html")?.dictionary != shared.dictionary)
        let packed = try #require(Gzip.compress(second, dictionary: first))
        #expect(Gzip.compress(second, dictionary: first) == packed)
        #expect(Gzip.decompress(packed, dictionary: first) == second)
        #expect(Gzip.decompress(packed, dictionary: second) != second)
    }
}
