import Foundation
import Testing
@testable import SiteGenKit

/// Parallel and cached builds must produce exactly what a clean, single-threaded build does.
@Suite("Incremental and parallel builds")
struct IncrementalBuildTests {
    /// A clean, single-threaded build of the same files, in a fresh file system.
    private func cleanBuild(of fs: InMemoryFileSystem) async throws -> [String: Data] {
        let clean = await Fixture.cleanBuild(of: fs)
        #expect(clean.report.published, "\(clean.report.lines)")
        return clean.files
    }

    private func assertSame(_ actual: [String: Data], _ expected: [String: Data], _ comment: Comment) {
        #expect(actual.keys.sorted() == expected.keys.sorted(), comment)
        for (path, data) in expected where actual[path] != data {
            Issue.record("\(path) differs from a clean build — \(comment)")
        }
    }

    @Test func parallelBuildIsByteIdenticalToSingleThreaded() async throws {
        let parallel = Fixture.fileSystem(Fixture.validContent)
        let report = await SiteBuilder(fileSystem: parallel).build(BuildOptions(root: "site", useCache: false, parallel: true))
        #expect(report.published)
        assertSame(parallel.publicFiles, try await cleanBuild(of: parallel), "parallel vs single-threaded")
    }

    @Test func noOpRebuildRendersAndWritesNothing() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let builder = SiteBuilder(fileSystem: fs)
        let first = await builder.build(BuildOptions(root: "site"))
        #expect(first.pagesRendered > 20)
        let stamps = fs.allFiles.filter { $0.hasPrefix("site/public/") }.map { fs.fileStamp($0) }
        let second = await builder.build(BuildOptions(root: "site"))
        #expect(second.published)
        #expect(second.pagesRendered == 0)
        #expect(second.filesWritten == 0)
        #expect(fs.allFiles.filter { $0.hasPrefix("site/public/") }.map { fs.fileStamp($0) } == stamps, "no file was rewritten")
        #expect(second.lines == first.lines, "diagnostics are replayed from the cache")
    }

    @Test func editingOneArticleRendersOnlyItsPages() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let builder = SiteBuilder(fileSystem: fs)
        _ = await builder.build(BuildOptions(root: "site"))
        let edited = Fixture.validContent["content/en/start/welcome.md"]! + "\nAnother paragraph.\n"
        try fs.writeFile("site/content/en/start/welcome.md", Data(edited.utf8))
        let report = await builder.build(BuildOptions(root: "site"))
        // The English page and its fallback pages in fr and ar.
        #expect(report.pagesRendered == 3)
        #expect(report.pagesWritten == 3)
        assertSame(fs.publicFiles, try await cleanBuild(of: fs), "after editing one article")
    }

    /// Each change, applied after a first build, then rebuilt with the cache.
    static let changes: [(String, @Sendable (InMemoryFileSystem) throws -> Void)] = [
        ("delete an article", { fs in
            try fs.removeItem("site/content/en/start/welcome.md")
            try fs.writeFile("site/content/en/billing/invoice.md", Data(Fixture.validContent["content/en/billing/invoice.md"]!.replacingOccurrences(of: " or [start](../start/welcome.md)", with: "").utf8))
        }),
        ("rename an article", { fs in
            try fs.moveItem(from: "site/content/en/billing/invoice.md", to: "site/content/en/billing/invoices.md")
            for path in ["site/content/en/billing/refunds.md", "site/content/fr/billing/refunds.md"] {
                try fs.writeFile(path, Data(fs.text(path)!.replacingOccurrences(of: "invoice.md", with: "invoices.md").utf8))
            }
        }),
        ("add an article", { try $0.writeFile("site/content/en/billing/taxes.md", Data("---\ntitle: Taxes\nupdated: 2025-02-02\norder: 0\n---\nVAT.\n".utf8)) }),
        ("change a template", { fs in
            try fs.writeFile("site/templates/partials/footer.mustache", Data((fs.text("site/templates/partials/footer.mustache")! + "<p>© Acme</p>\n").utf8))
        }),
        ("change a UI string", { fs in
            try fs.writeFile("site/templates/i18n/fr.yml", Data(fs.text("site/templates/i18n/fr.yml")!.replacingOccurrences(of: "\nhome: Accueil\n", with: "\nhome: Page d'accueil\n").utf8))
        }),
        ("change site.yml", { fs in
            try fs.writeFile("site/content/site.yml", Data(fs.text("site/content/site.yml")!.replacingOccurrences(of: "Acme Courrier", with: "Acme Messagerie").utf8))
        }),
        ("change a title", { fs in
            try fs.writeFile("site/content/en/billing/invoice.md", Data(Fixture.validContent["content/en/billing/invoice.md"]!.replacingOccurrences(of: "Read your invoice", with: "Understand your invoice").utf8))
        }),
        // The sitemap is keyed on its own inputs: dates and translations must reach it.
        ("change an updated date", { fs in
            let path = "site/content/en/billing/invoice.md"
            try fs.writeFile(path, Data(fs.text(path)!.replacingOccurrences(of: "updated: 2025-04-01", with: "updated: 2025-06-30").utf8))
        }),
        ("add a translation", { try $0.writeFile("site/content/fr/billing/invoice.md", Data("---\ntitle: Lire votre facture\nupdated: 2025-04-02\n---\nVotre facture.\n".utf8)) }),
        ("change a heading id another page links to", { fs in
            try fs.writeFile("site/content/en/billing/invoice.md", Data(Fixture.validContent["content/en/billing/invoice.md"]!.replacingOccurrences(of: "{#totals}", with: "{#sums}").utf8))
        }),
    ]

    @Test(arguments: changes.indices)
    func cachedRebuildEqualsCleanBuild(change: Int) async throws {
        let (name, apply) = Self.changes[change]
        // Some changes leave a link to a heading that is gone: a warning here, so the site still publishes.
        let fs = Fixture.fileSystem(Fixture.validContent.merging(["content/site.yml": Fixture.siteYAML + "\ndiagnostics:\n  link.anchor-missing: warning\n"]) { _, new in new })
        let builder = SiteBuilder(fileSystem: fs)
        _ = await builder.build(BuildOptions(root: "site"))
        try apply(fs)
        let report = await builder.build(BuildOptions(root: "site"))
        #expect(report.published, "\(name): \(report.lines)")
        assertSame(fs.publicFiles, try await cleanBuild(of: fs), "after: \(name)")
    }

    @Test func diagnosticsOfSkippedPagesAreStillReported() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent.merging(["content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\n---\n[x](../billing/invoice.md#nowhere)\n"]) { _, new in new })
        let builder = SiteBuilder(fileSystem: fs)
        let first = await builder.build(BuildOptions(root: "site"))
        let second = await builder.build(BuildOptions(root: "site"))
        #expect(first.lines.contains { $0.contains("has no heading with id 'nowhere'") })
        #expect(second.lines == first.lines)
    }

    @Test func buildingIntoAnotherFolderDoesNotTrustTheCache() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let builder = SiteBuilder(fileSystem: fs)
        _ = await builder.build(BuildOptions(root: "site"))
        // An older sitegen output there (it has a manifest), with a stale page.
        try fs.writeFile("site/elsewhere/sitegen-manifest.json", Data("{}".utf8))
        try fs.writeFile("site/elsewhere/en/billing/refunds/index.html", Data("stale".utf8))
        let report = await builder.build(BuildOptions(root: "site", outputDirectory: "site/elsewhere"))
        #expect(report.published)
        #expect(fs.text("site/elsewhere/en/billing/refunds/index.html") == fs.page("en/billing/refunds/index.html"))
    }

    @Test func deletedOutputFileIsWrittenAgain() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let builder = SiteBuilder(fileSystem: fs)
        _ = await builder.build(BuildOptions(root: "site"))
        try fs.removeItem("site/public/en/billing/refunds/index.html")
        let report = await builder.build(BuildOptions(root: "site"))
        #expect(report.pagesRendered == 1)
        #expect(fs.page("en/billing/refunds/index.html") != nil)
    }
}

/// The same guarantees on a real disk, where folder stamps let a rebuild skip listing folders.
@Suite("Incremental build on disk")
struct IncrementalBuildOnDiskTests {
    @Test(arguments: ["delete", "edit"])
    func handEditedOutputIsRestored(_ change: String) async throws {
        let root = try Fixture.onDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fs = LocalFileSystem(), builder = SiteBuilder(fileSystem: fs)
        let page = root + "/public/en/billing/refunds/index.html"
        _ = await builder.build(BuildOptions(root: root))
        let original = try fs.readFile(page)
        #expect(await builder.build(BuildOptions(root: root)).pagesRendered == 0, "a no-op")
        if change == "delete" { try fs.removeItem(page) } else { try fs.writeFile(page, Data("x".utf8) + original.dropFirst()) }
        let report = await builder.build(BuildOptions(root: root))
        #expect(report.published)
        #expect(try fs.readFile(page) == original)
        #expect(await builder.build(BuildOptions(root: root)).pagesRendered == 0, "a no-op again")
    }
}
