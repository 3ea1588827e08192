import Foundation
import Testing
@testable import SiteGenKit

/// The CLI as CI runs it: real folders on disk, exit statuses.
@Suite("sitegen command line", .serialized)
struct CommandLineTests {
    private func siteOnDisk(_ content: [String: String] = [:]) throws -> String {
        try Fixture.onDisk(content)
    }

    @Test func buildExitsZeroAndWritesPublic() async throws {
        let root = try siteOnDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let status = await SitegenCommand.run(arguments: ["build", "--root", root])
        #expect(status == 0)
        #expect(FileManager.default.fileExists(atPath: root + "/public/en/billing/refunds/index.html"))
        #expect(!FileManager.default.fileExists(atPath: root + "/public.sitegen-staging"))
    }

    @Test func buildExitsOneOnErrorsAndKeepsThePreviousOutput() async throws {
        let root = try siteOnDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        let page = try String(contentsOfFile: root + "/public/en/start/welcome/index.html", encoding: .utf8)
        try "---\ntitle: Welcome\nupdated: 2025-01-10\n---\n[gone](nowhere.md)\n".write(toFile: root + "/content/en/start/welcome.md", atomically: true, encoding: .utf8)
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 1)
        #expect(try String(contentsOfFile: root + "/public/en/start/welcome/index.html", encoding: .utf8) == page)
    }

    @Test func warningsAsErrorsFlagChangesTheExitStatus() async throws {
        let root = try siteOnDisk(["content/en/start/welcome.md": "---\ntitle: Welcome\nupdated: 2025-01-10\nmood: happy\n---\nHi\n",
                                  "content/site.yml": Fixture.siteYAML + "\nparams: [tags]\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root, "--warnings-as-errors"]) == 1)
    }

    @Test func deletedArticleLeavesNoFolderBehind() async throws {
        let root = try siteOnDisk(["content/en/start/extra.md": "---\ntitle: Extra\nupdated: 2025-01-10\n---\nSoon gone.\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        #expect(FileManager.default.fileExists(atPath: root + "/public/fr/start/extra/index.html"))
        try FileManager.default.removeItem(atPath: root + "/content/en/start/extra.md")
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        for language in ["en", "fr", "ar"] {
            #expect(!FileManager.default.fileExists(atPath: root + "/public/\(language)/start/extra"))
        }
        #expect(FileManager.default.fileExists(atPath: root + "/public/en/start/welcome/index.html"))
    }

    @Test func symbolicLinksAreNotFollowedAndSaySo() async throws {
        let root = try siteOnDisk()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).md").path
        defer { try? FileManager.default.removeItem(atPath: root); try? FileManager.default.removeItem(atPath: outside) }
        try "---\ntitle: Secret\nupdated: 2025-01-01\n---\nSecret.\n".write(toFile: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/content/en/start/secret.md", withDestinationPath: outside)
        let report = await SiteBuilder().build(BuildOptions(root: root))
        #expect(report.published)
        #expect(report.lines.contains("content/en/start/secret.md: warning: symbolic link not followed (it could lead outside content/); copy the file or folder instead (content.symlink)"))
        #expect(!FileManager.default.fileExists(atPath: root + "/public/en/start/secret/index.html"))
    }

    @Test func renderPrintsCmarkCompatibleHTML() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString).md").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let markdown = "Some *text* with [a link](other.md).\n\n- one\n- two\n"
        try markdown.write(toFile: file, atomically: true, encoding: .utf8)
        let output = MarkdownFileRenderer.render(try Data(contentsOf: URL(fileURLWithPath: file)), file: file)
        #expect(output.html == CMarkParser.referenceHTML(markdown))
        #expect(output.html.contains("<a href=\"other.md\">a link</a>"), "outside a site, links stay as written")
        #expect(await SitegenCommand.run(arguments: ["render", file]) == 0)
    }

    @Test func renderOfMissingFileFails() async {
        #expect(await SitegenCommand.run(arguments: ["render", "/nonexistent/file.md"]) != 0)
    }
}
