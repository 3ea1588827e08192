import Foundation
import Testing
@testable import SiteGenKit

/// `--output` can never name the sources: a build replaces its output folder whole.
@Suite("Output folder placement", .serialized)
struct OutputPlacementTests {
    @Test("an output folder that is, contains or lies inside the sources is refused, and nothing is touched", arguments: [
        "content", "templates", ".", "..", "content/en", "templates/partials", ".sitegen-cache", "x/../content", "./content/", "static", "linked-content",
    ])
    func refused(relativeOutput: String) async throws {
        let root = try Fixture.onDisk(["static/robots.txt": "User-agent: *\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/linked-content", withDestinationPath: root + "/content")
        // A first build, so the cache exists too.
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        let parent = (root as NSString).deletingLastPathComponent
        let before = DiskTree.snapshot(root)
        let report = await SiteBuilder().build(BuildOptions(root: root, outputDirectory: root + "/" + relativeOutput))
        #expect(report.diagnostics.items.contains { $0.code == "output.overlaps-sources" }, "\(report.lines)")
        #expect(!report.published)
        #expect(DiskTree.differences(DiskTree.snapshot(root), before).isEmpty, "the site folder is exactly as it was")
        #expect(!FileManager.default.fileExists(atPath: parent + "/" + (root as NSString).lastPathComponent + ".sitegen-staging"))
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root, "--output", root + "/" + relativeOutput]) == 1)
    }

    @Test("an output folder beside the sources or elsewhere is fine", arguments: ["public", "site-out", "../elsewhere-\(UUID().uuidString)"])
    func accepted(relativeOutput: String) async throws {
        let root = try Fixture.onDisk()
        defer {
            try? FileManager.default.removeItem(atPath: root)
            if relativeOutput.hasPrefix("..") { try? FileManager.default.removeItem(atPath: root + "/" + relativeOutput) }
        }
        let report = await SiteBuilder().build(BuildOptions(root: root, outputDirectory: root + "/" + relativeOutput))
        #expect(report.published, "\(report.lines)")
        #expect(FileManager.default.fileExists(atPath: root + "/" + relativeOutput + "/en/index.html"))
    }

    @Test("an output path that is a file, or a folder of someone else's files, is refused and left alone")
    func notASiteFolder() async throws {
        let root = try Fixture.onDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try LocalFileSystem().writeFile(root + "/notes.txt", Data("mine".utf8))
        try LocalFileSystem().writeFile(root + "/docs/report.txt", Data("mine too".utf8))
        for (output, code) in [("notes.txt", "output.not-a-folder"), ("docs", "output.not-a-site")] {
            let report = await SiteBuilder().build(BuildOptions(root: root, outputDirectory: root + "/" + output))
            #expect(report.diagnostics.items.contains { $0.code == code }, "\(report.lines)")
        }
        #expect(try String(contentsOfFile: root + "/notes.txt", encoding: .utf8) == "mine")
        #expect(try String(contentsOfFile: root + "/docs/report.txt", encoding: .utf8) == "mine too")
        // An empty folder is fine, and so is rebuilding into what sitegen published there.
        try FileManager.default.createDirectory(atPath: root + "/empty", withIntermediateDirectories: true)
        #expect(await SiteBuilder().build(BuildOptions(root: root, outputDirectory: root + "/empty")).published)
        #expect(await SiteBuilder().build(BuildOptions(root: root, outputDirectory: root + "/empty", useCache: false)).published)
    }
}
