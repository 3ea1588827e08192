import Foundation
import Testing
@testable import SiteGenKit

/// `--verify-cache` on the repository's own sample site, on disk, through the real pipeline:
/// after edits of every kind (titles, search words, dates, a stylesheet, the logo, UI strings,
/// an added and a removed article, a section title, the base URL) nothing the cache reuses or
/// patches differs from a clean build. Works on a copy: the repository is never written.
@Suite("Sample site, verified cache", .timeLimit(.minutes(10)))
struct SampleSiteVerifyTests {
    /// `content/`, `templates/` and `static/` of the repository, copied into a fresh folder.
    static func copyOfSampleSite() throws -> String {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-sample-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        for folder in ["content", "templates", "static"] {
            try FileManager.default.copyItem(atPath: Fixture.repositoryRoot.appendingPathComponent(folder).path, toPath: copy + "/" + folder)
        }
        return copy
    }

    /// Rewrites one line of a file: the first that starts with `prefix`.
    static func replaceLine(_ path: String, startingWith prefix: String, with line: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix(prefix) }, "\(path) has no line starting with '\(prefix)'")
        lines[index] = line
        try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
    }

    static func append(_ path: String, _ text: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    @Test func verifyFindsNoDifferenceAfterEditsOfEveryKind() async throws {
        let root = try Self.copyOfSampleSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let content = root + "/content"
        let newArticle = content + "/en/billing/split-an-invoice.md"
        let rounds: [(String, () throws -> Void)] = [
            ("a title, search words in Japanese, a date", {
                try Self.replaceLine(content + "/en/billing/refunds.md", startingWith: "title:", with: "title: Ask for a refund")
                try Self.append(content + "/ja/billing/update-payment-method.md", "\n請求書の番号と日付を確認してください。 lanternfish\n")
                try Self.replaceLine(content + "/en/getting-started/choose-a-plan.md", startingWith: "updated:", with: "updated: 2026-01-15")
            }),
            ("the stylesheet, the logo, a UI string", {
                try Self.append(root + "/templates/assets/site.css", "\n/* edited */\n")
                try Self.append(root + "/static/logo.svg", "\n<!-- edited -->\n")
                try Self.replaceLine(root + "/templates/i18n/de.yml", startingWith: "home:", with: "home: Übersicht")
            }),
            ("an added article, a section title", {
                try "---\ntitle: Split an invoice\nupdated: 2026-02-01\n---\n\nSplit one invoice between two cost centres.\n"
                    .write(toFile: newArticle, atomically: false, encoding: .utf8)
                try Self.replaceLine(content + "/de/billing/_index.md", startingWith: "title:", with: "title: Abrechnung")
            }),
            ("the base URL, a removed article", {
                try Self.replaceLine(content + "/site.yml", startingWith: "baseURL:", with: "baseURL: https://support.brightloom.example/")
                try FileManager.default.removeItem(atPath: newArticle)
            }),
        ]
        var options = BuildOptions(root: root)
        options.lockTimeout = 60
        let first = await SiteBuilder().build(options)
        #expect(first.published && !first.diagnostics.hasErrors, "\(first.lines)")
        options.verifyCache = true
        for (edits, apply) in rounds {
            try apply()
            let report = await SiteBuilder().build(options)
            #expect(!report.diagnostics.items.contains { $0.code == "cache.stale" }, "after \(edits): \(report.lines)")
            #expect(report.published && !report.diagnostics.hasErrors, "after \(edits): \(report.lines)")
            #expect(report.filesWritten > 0, "the edits (\(edits)) changed the site")
        }
        // Verification is checked against the build itself too: the site equals a clean build.
        let built = DiskTree.snapshot(root + "/public")
        let clean = await DiskTree.cleanBuild(root: root)
        #expect(built.count > 100)
        #expect(DiskTree.differences(built, clean).isEmpty, "\(DiskTree.differences(built, clean).prefix(10))")
    }
}

/// Found by `--verify-cache`: a file of content/ at a page's path raced with the page.
@Suite("Content files at a page's path")
struct ContentPageConflictTests {
    @Test func aContentFileAtAPagePathIsAnError() async {
        let (report, _) = await Fixture.build(["content/en/billing/index.html": "<p>mine</p>\n", "content/en/billing/demo/index.html": "<p>ok</p>\n"])
        let conflicts = report.diagnostics.items.filter { $0.code == "content.path-conflict" }
        #expect(conflicts.map(\.file) == ["content/en/billing/index.html"], "\(report.lines)")
        #expect(!report.published)
    }
}
