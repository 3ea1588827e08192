import Foundation
import Testing
@testable import SiteGenKit

/// A file system that fails every operation on paths containing `marker` once armed: a disk
/// that refuses one folder halfway through a build (a read-only subfolder, a full disk).
final class FailingFileSystem: FileSystem, @unchecked Sendable {
    let base: InMemoryFileSystem
    var marker: String?

    init(_ base: InMemoryFileSystem) { self.base = base }

    private func check(_ paths: String...) throws {
        if let marker, paths.contains(where: { $0.contains(marker) }) { throw FileSystemError("write", paths[0], errorNumber: EACCES) }
    }

    func isDirectory(_ path: String) -> Bool { base.isDirectory(path) }
    func fileExists(_ path: String) -> Bool { base.fileExists(path) }
    func contentsOfDirectory(_ path: String) throws -> [String] { try base.contentsOfDirectory(path) }
    func readFile(_ path: String) throws -> Data { try base.readFile(path) }
    func writeFile(_ path: String, _ data: Data) throws { try check(path); try base.writeFile(path, data) }
    func removeItem(_ path: String) throws { try check(path); try base.removeItem(path) }
    func moveItem(from source: String, to destination: String) throws { try check(source, destination); try base.moveItem(from: source, to: destination) }
    func linkItem(from source: String, to destination: String) throws { try check(source, destination); try base.linkItem(from: source, to: destination) }
    func fileStamp(_ path: String) -> String? { base.fileStamp(path) }
    func filesRecursively(in directory: String) throws -> [String] { try base.filesRecursively(in: directory) }
}

/// Whatever fails while a site is written, `public/` is the previous site or the new one,
/// whole, and the next build repairs what a damaged `public/` holds.
@Suite("Torn output", .serialized)
struct TornOutputTests {
    @Test("a folder that refuses writes halfway leaves the previous site whole; the next build recovers",
          arguments: ["/en/billing/", "/fr/", "/sitemap.xml", "public.sitegen-staging/en/start/welcome"])
    func refusedFolder(marker: String) async throws {
        let memory = Fixture.fileSystem(Fixture.validContent)
        let fs = FailingFileSystem(memory)
        #expect(await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site")).published)
        let before = memory.publicFiles
        #expect(before.count > 20)
        // Every page changes: the site title is on each.
        try memory.writeFile("site/content/site.yml", Data(Fixture.siteYAML.replacingOccurrences(of: "en: Acme Help", with: "en: Acme Help v2").utf8))
        fs.marker = marker
        let failed = await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site"))
        #expect(!failed.published)
        #expect(failed.diagnostics.hasErrors)
        #expect(failed.lines.allSatisfy { !$0.contains("NSCocoaErrorDomain") && !$0.contains("Code=") }, "\(failed.lines)")
        #expect(memory.publicFiles == before, "public/ is still exactly the previous site")
        fs.marker = nil
        #expect(await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site")).published)
        let fresh = Fixture.fileSystem(Fixture.validContent)
        try fresh.writeFile("site/content/site.yml", try memory.readFile("site/content/site.yml"))
        _ = await SiteBuilder(fileSystem: fresh).build(BuildOptions(root: "site", useCache: false))
        #expect(memory.publicFiles == fresh.publicFiles, "the next build publishes exactly the new site")
    }

    @Test("a file of public/ replaced by a folder, or a folder by a file: the next build repairs it", arguments: [
        ("en/billing/refunds/index.html", true), ("en/start/welcome", false), ("sitemap.xml", true), ("fr", false),
    ])
    func replacedEntry(path: String, byFolder: Bool) async throws {
        let root = try Fixture.onDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        let target = root + "/public/" + path
        try FileManager.default.removeItem(atPath: target)
        if byFolder {
            try LocalFileSystem().writeFile(target + "/stray.txt", Data("x".utf8))
        } else {
            try LocalFileSystem().writeFile(target, Data("not a folder".utf8))
        }
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        #expect(DiskTree.differences(DiskTree.snapshot(root + "/public"), await DiskTree.cleanBuild(root: root)).isEmpty)
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0, "and the build after that is fine too")
    }

    @Test("a .sitegen-cache that is a file: a clear error, public/ untouched; removing it recovers")
    func cacheIsAFile() async throws {
        let root = try Fixture.onDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        let before = DiskTree.snapshot(root + "/public")
        try FileManager.default.removeItem(atPath: root + "/.sitegen-cache")
        try Data("oops".utf8).write(to: URL(fileURLWithPath: root + "/.sitegen-cache"))
        try "---\ntitle: Welcome changed\nupdated: 2025-01-10\n---\nHi\n".write(toFile: root + "/content/en/start/welcome.md", atomically: true, encoding: .utf8)
        let report = await SiteBuilder().build(BuildOptions(root: root))
        #expect(report.diagnostics.items.contains { $0.code == "cache.not-a-folder" }, "\(report.lines)")
        #expect(!report.published)
        #expect(DiskTree.snapshot(root + "/public") == before)
        try FileManager.default.removeItem(atPath: root + "/.sitegen-cache")
        #expect(await SiteBuilder().build(BuildOptions(root: root)).published)
        #expect(DiskTree.differences(DiskTree.snapshot(root + "/public"), await DiskTree.cleanBuild(root: root)).isEmpty)
    }

    @Test("a read-only subfolder of public/ is replaced with the rest of the site")
    func readOnlySubfolder() async throws {
        let root = try Fixture.onDisk()
        defer {
            chmod(root + "/public/en/billing", 0o755)
            try? FileManager.default.removeItem(atPath: root)
        }
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        chmod(root + "/public/en/billing", 0o555)
        try "---\ntitle: Billing v2\norder: 2\n---\n".write(toFile: root + "/content/en/billing/_index.md", atomically: true, encoding: .utf8)
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        #expect(DiskTree.differences(DiskTree.snapshot(root + "/public"), await DiskTree.cleanBuild(root: root)).isEmpty)
        // The protected folder is now in the staging tree, which the next build updates.
        try "---\ntitle: Billing v3\norder: 2\n---\n".write(toFile: root + "/content/en/billing/_index.md", atomically: true, encoding: .utf8)
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        #expect(DiskTree.differences(DiskTree.snapshot(root + "/public"), await DiskTree.cleanBuild(root: root)).isEmpty)
    }

    @Test("leftovers of a killed build are cleared by the next one, even a no-op; a site parked aside is put back")
    func leftovers() async throws {
        let root = try Fixture.onDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        try LocalFileSystem().writeFile(root + "/public.sitegen-staging/en/index.html", Data("old".utf8))
        try LocalFileSystem().writeFile(root + "/.sitegen-cache/pages.bin.sitegen-partial-99999", Data("half".utf8))
        try LocalFileSystem().writeFile(root + "/public.sitegen-staging/en/gone/index.html", Data("stale".utf8))
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        #expect(!FileManager.default.fileExists(atPath: root + "/.sitegen-cache/pages.bin.sitegen-partial-99999"))
        // A publishing build never lets what the staging tree held reach public/.
        try "---\ntitle: Welcome v2\nupdated: 2025-01-10\n---\nHi\n".write(toFile: root + "/content/en/start/welcome.md", atomically: true, encoding: .utf8)
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        let rebuilt = DiskTree.snapshot(root + "/public")
        #expect(DiskTree.differences(rebuilt, await DiskTree.cleanBuild(root: root)).isEmpty)
        #expect(rebuilt["en/gone/index.html"] == nil)
        // Where the disk cannot swap, public/ is parked for a moment: a kill then leaves it aside.
        try FileManager.default.moveItem(atPath: root + "/public", toPath: root + "/public.sitegen-old")
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        #expect(DiskTree.snapshot(root + "/public") == rebuilt)
        #expect(!FileManager.default.fileExists(atPath: root + "/public.sitegen-old"))
    }

    @Test("a one-edit rebuild rewrites only what changed: unchanged published files keep their inode")
    func unchangedFilesKeepTheirInode() async throws {
        // The repository's sample site: an edit there changes a couple of files among many.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-sample-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(atPath: Fixture.repositoryRoot.appendingPathComponent(folder).path, toPath: root + "/" + folder)
        }
        let article = try #require(try LocalFileSystem().filesRecursively(in: root + "/content/en").first { $0.hasSuffix(".md") && !$0.hasSuffix("_index.md") })
        let original = try String(contentsOfFile: root + "/content/en/" + article, encoding: .utf8)
        func inodes() -> [String: Int] {
            var result: [String: Int] = [:]
            for path in DiskTree.snapshot(root + "/public").keys {
                result[path] = (try? FileManager.default.attributesOfItem(atPath: root + "/public/" + path)[.systemFileNumber] as? Int) ?? -1
            }
            return result
        }
        for round in 0..<4 {
            try (original + "\nHi, round \(round).\n").write(toFile: root + "/content/en/" + article, atomically: true, encoding: .utf8)
            let before = inodes()
            let report = await SiteBuilder().build(BuildOptions(root: root))
            #expect(report.published)
            let after = inodes()
            if round > 0 {
                let replaced = after.filter { before[$0.key] != $0.value }.count
                #expect(replaced == report.filesWritten && replaced < 10 && after.count > 100, "round \(round): \(replaced) files replaced, \(report.filesWritten) written")
            }
            #expect(DiskTree.differences(DiskTree.snapshot(root + "/public"), await DiskTree.cleanBuild(root: root)).isEmpty, "round \(round)")
        }
    }
}
