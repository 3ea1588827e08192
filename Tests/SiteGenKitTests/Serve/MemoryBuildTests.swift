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
