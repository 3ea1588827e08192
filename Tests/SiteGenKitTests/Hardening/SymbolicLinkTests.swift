import Foundation
import Testing
@testable import SiteGenKit

/// Symbolic links are not followed out of the site, in any command, with one warning each;
/// the writer never writes through one.
@Suite("Symbolic links", .serialized)
struct SymbolicLinkTests {
    /// A folder outside the site with a secret in it.
    private func outside() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-outside-\(UUID().uuidString)").path
        try LocalFileSystem().writeFile(folder + "/secret.txt", Data("SECRET-OUTSIDE".utf8))
        try LocalFileSystem().writeFile(folder + "/en.yml", Data("home: SECRET-OUTSIDE\n".utf8))
        try LocalFileSystem().writeFile(folder + "/billing/leak.md", Data("---\ntitle: SECRET-OUTSIDE\nupdated: 2025-01-01\n---\nSECRET-OUTSIDE [x](nowhere.md)\n".utf8))
        return folder
    }

    private func link(_ path: String, to target: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    private func published(_ root: String) -> String {
        DiskTree.snapshot(root + "/public").values.map { String(decoding: $0, as: UTF8.self) }.joined()
    }

    @Test("templates/assets linked outside is not published, with one warning")
    func linkedAssets() async throws {
        let root = try Fixture.onDisk(), elsewhere = try outside()
        defer { try? FileManager.default.removeItem(atPath: root); try? FileManager.default.removeItem(atPath: elsewhere) }
        try link(root + "/templates/assets", to: elsewhere)
        let report = await SiteBuilder().build(BuildOptions(root: root))
        #expect(report.diagnostics.items.filter { $0.code == "content.symlink" }.map(\.file) == ["templates/assets"], "\(report.lines)")
        #expect(!published(root).contains("SECRET-OUTSIDE"))
    }

    @Test("linked UI strings, site.yml and templates/ are not read, with one warning each", arguments: ["templates/i18n/en.yml", "content/site.yml", "templates"])
    func linkedByName(path: String) async throws {
        let root = try Fixture.onDisk(), elsewhere = try outside()
        defer { try? FileManager.default.removeItem(atPath: root); try? FileManager.default.removeItem(atPath: elsewhere) }
        try link(root + "/" + path, to: path == "templates" ? elsewhere : elsewhere + "/en.yml")
        for report in [await SiteBuilder().build(BuildOptions(root: root)), await SiteBuilder().check(BuildOptions(root: root))] {
            #expect(report.diagnostics.items.filter { $0.code == "content.symlink" }.map(\.file) == [path], "\(report.lines)")
            #expect(!report.lines.joined().contains("SECRET-OUTSIDE"))
        }
        #expect(!published(root).contains("SECRET-OUTSIDE"))
    }

    @Test("a language folder linked outside is ignored by build, check and translations alike")
    func linkedLanguageFolder() async throws {
        let root = try Fixture.onDisk(), elsewhere = try outside()
        defer { try? FileManager.default.removeItem(atPath: root); try? FileManager.default.removeItem(atPath: elsewhere) }
        try link(root + "/content/fr", to: elsewhere)
        let build = await SiteBuilder().build(BuildOptions(root: root))
        let check = await SiteBuilder().check(BuildOptions(root: root))
        var load = BuildReport()
        let site = await SiteBuilder().loadSite(BuildOptions(root: root), into: &load)
        for report in [build, check, load] {
            #expect(report.diagnostics.items.filter { $0.message.contains("symbolic link") }.map(\.file) == ["content/fr"], "\(report.lines)")
            #expect(!report.lines.joined().contains("SECRET-OUTSIDE") && !report.lines.joined().contains("leak.md"), "\(report.lines)")
        }
        #expect(site?.articles.allSatisfy { $0.translations["fr"] == nil } == true)
        #expect(!published(root).contains("SECRET-OUTSIDE"))
    }

    @Test("public/fr linked outside: the build writes nothing through it")
    func linkedOutputFolder() async throws {
        let root = try Fixture.onDisk(), elsewhere = try outside()
        defer { try? FileManager.default.removeItem(atPath: root); try? FileManager.default.removeItem(atPath: elsewhere) }
        #expect(await SiteBuilder().build(BuildOptions(root: root)).published)
        let before = DiskTree.snapshot(elsewhere)
        try FileManager.default.removeItem(atPath: root + "/public/fr")
        try link(root + "/public/fr", to: elsewhere)
        try "---\ntitle: Centre d'aide v2\n---\nBienvenue.\n".write(toFile: root + "/content/fr/_index.md", atomically: true, encoding: .utf8)
        #expect(await SiteBuilder().build(BuildOptions(root: root)).published)
        #expect(DiskTree.snapshot(elsewhere) == before, "nothing was written outside public/")
        #expect(!LocalFileSystem().isSymbolicLink(root + "/public/fr"))
        #expect(DiskTree.differences(DiskTree.snapshot(root + "/public"), await DiskTree.cleanBuild(root: root)).isEmpty)
    }

    @Test("translations stamp refuses a path that leads outside content/", arguments: ["content/fr/../../../X.md", "X.md", "content/fr/linked.md"])
    func stampOutside(path: String) async throws {
        let root = try Fixture.onDisk(), elsewhere = try outside()
        defer { try? FileManager.default.removeItem(atPath: root); try? FileManager.default.removeItem(atPath: elsewhere) }
        // X.md next to the site root, and one level above it, as the `..` path reaches it.
        let parent = (root as NSString).deletingLastPathComponent
        let text = "---\ntitle: X\n---\nOutside.\n"
        try LocalFileSystem().writeFile(root + "/X.md", Data(text.utf8))
        try LocalFileSystem().writeFile(elsewhere + "/X.md", Data(text.utf8))
        try link(root + "/content/fr/linked.md", to: elsewhere + "/X.md")
        let target = path == "content/fr/../../../X.md" ? root + "/content/fr/../../../" + (elsewhere as NSString).lastPathComponent + "/X.md" : root + "/" + path
        _ = parent
        let result = TranslationStamper(fileSystem: LocalFileSystem(), root: root).stamp(target)
        guard case .failure(let diagnostic) = result else { Issue.record("stamped \(target)"); return }
        #expect(diagnostic.code == "stamp.not-translation", "\(diagnostic)")
        #expect(try String(contentsOfFile: elsewhere + "/X.md", encoding: .utf8) == text)
        #expect(try String(contentsOfFile: root + "/X.md", encoding: .utf8) == text)
    }

    @Test("public/fr linked outside and swapped into staging: nothing is written or removed through it")
    func linkedFolderInStaging() async throws {
        let root = try Fixture.onDisk(), elsewhere = try outside()
        defer { try? FileManager.default.removeItem(atPath: root); try? FileManager.default.removeItem(atPath: elsewhere) }
        try LocalFileSystem().writeFile(elsewhere + "/index.html", Data("VICTIM".utf8))
        // Two builds: the second leaves the first's tree as the staging folder.
        #expect(await SiteBuilder().build(BuildOptions(root: root)).published)
        #expect(await SiteBuilder().build(BuildOptions(root: root)).published)
        let before = DiskTree.snapshot(elsewhere)
        try FileManager.default.removeItem(atPath: root + "/public/fr")
        try link(root + "/public/fr", to: elsewhere)
        try "---\ntitle: Centre d'aide v2\n---\nBienvenue.\n".write(toFile: root + "/content/fr/_index.md", atomically: true, encoding: .utf8)
        // The first build swaps the linked tree into staging; the second builds in it.
        #expect(await SiteBuilder().build(BuildOptions(root: root)).published)
        try "---\ntitle: Centre d'aide v3\n---\nBienvenue.\n".write(toFile: root + "/content/fr/_index.md", atomically: true, encoding: .utf8)
        #expect(await SiteBuilder().build(BuildOptions(root: root)).published)
        #expect(DiskTree.snapshot(elsewhere) == before, "nothing was written to or removed from the linked folder")
        #expect(DiskTree.differences(DiskTree.snapshot(root + "/public"), await DiskTree.cleanBuild(root: root)).isEmpty)
    }

    @Test("theme check and theme eject do not follow a linked templates/")
    func themeCommandsIgnoreLinkedTemplates() async throws {
        let root = try Fixture.onDisk(), elsewhere = try outside()
        defer { try? FileManager.default.removeItem(atPath: root); try? FileManager.default.removeItem(atPath: elsewhere) }
        try LocalFileSystem().writeFile(elsewhere + "/article.mustache", Data("{{#unclosed}}{{titel}}".utf8))
        try FileManager.default.removeItem(atPath: root + "/templates")
        try link(root + "/templates", to: elsewhere)
        let before = DiskTree.snapshot(elsewhere)
        #expect(await SitegenCommand.run(arguments: ["theme", "check", "--root", root]) == 0, "the linked theme's errors are not read")
        _ = await SitegenCommand.run(arguments: ["theme", "eject", "--root", root])
        _ = await SitegenCommand.run(arguments: ["theme", "eject", "--root", root, "partials/footer.mustache"])
        #expect(DiskTree.snapshot(elsewhere) == before, "eject wrote nothing through the link")
    }
}
