import Foundation
import Testing
@testable import SiteGenKit

/// Diagnostics reach the user the same way from every stage and every command: with the
/// severity site.yml gives their code, as `path:line:col: severity: message (code)`, and with a
/// non-zero exit when one is an error.
@Suite("Diagnostics from every stage and command")
struct DiagnosticFlowTests {
    /// One warning each stage reports on its own, and the files that cause it.
    struct StageCase: CustomTestStringConvertible, Sendable {
        var stage: String
        var code: String
        var files: [String: String]
        var siteYAML = Fixture.siteYAML
        var testDescription: String { "\(stage): \(code)" }
    }

    static let stages: [StageCase] = [
        StageCase(stage: "parse", code: "markdown.raw-html",
                  files: ["content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\n---\nText <span>kept out</span>.\n"]),
        StageCase(stage: "load", code: "frontmatter.type",
                  files: ["content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\ndraft: maybe\n---\nText.\n"]),
        StageCase(stage: "assemble", code: "section.missing-index",
                  files: ["content/en/guides/setup.md": "---\ntitle: Setup\nupdated: 2025-01-10\n---\nText.\n"]),
        StageCase(stage: "validate", code: "feedback.no-endpoint", files: [:],
                  siteYAML: Fixture.siteYAML.replacingOccurrences(of: "feedback:\n  endpoint: https://feedback.acme.test/votes", with: "")),
        StageCase(stage: "render", code: "link.broken",
                  files: ["content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\n---\nSee [gone](gone.md).\n"]),
    ]

    private func lines(of report: BuildReport, _ code: String) -> [String] {
        report.lines.filter { $0.hasSuffix("(\(code))") }
    }

    private func files(_ stage: StageCase, setting: String?) -> [String: String] {
        var files = Fixture.validContent.merging(stage.files) { _, new in new }
        files["content/site.yml"] = stage.siteYAML + (setting.map { "\ndiagnostics:\n  \(stage.code): \($0)\n" } ?? "")
        return files
    }

    @Test(arguments: stages)
    func siteYAMLSetsTheSeverityOfADiagnosticFromEachStage(_ stage: StageCase) async throws {
        let plain = await SiteBuilder(fileSystem: Fixture.fileSystem(files(stage, setting: nil))).check(BuildOptions(root: "site"))
        let found = lines(of: plain, stage.code)
        try #require(!found.isEmpty, "\(stage.stage) reported no \(stage.code): \(plain.lines)")
        let isError = found[0].contains(": error: ")
        let flipped = isError ? "warning" : "error"
        for command in ["check", "build"] {
            let builder = SiteBuilder(fileSystem: Fixture.fileSystem(files(stage, setting: flipped)))
            let report = command == "check" ? await builder.check(BuildOptions(root: "site")) : await builder.build(BuildOptions(root: "site"))
            let changed = lines(of: report, stage.code)
            #expect(changed.count == found.count, "\(command): \(report.lines)")
            #expect(changed.allSatisfy { $0.contains(": \(flipped): ") }, "\(command): \(changed)")
            #expect(report.diagnostics.hasErrors == (flipped == "error" || report.lines.contains { $0.contains(": error: ") }))
            let ignoring = SiteBuilder(fileSystem: Fixture.fileSystem(files(stage, setting: "ignore")))
            let ignored = command == "check" ? await ignoring.check(BuildOptions(root: "site")) : await ignoring.build(BuildOptions(root: "site"))
            #expect(lines(of: ignored, stage.code) == [], "\(command): \(ignored.lines)")
        }
    }

    @Test func concurrentPartsMergeInInputOrder() {
        let parts: [Diagnostics] = [[.warning("b.md", code: "link.broken", "one")], [], [.error("a.md", code: "link.broken", "two"), .warning("c.md", code: "link.broken", "three")]]
        #expect(Diagnostics(merging: parts).map(\.message) == ["one", "two", "three"])
    }

    @Test func theReportAppliesThePolicyOnceAndDropsRepeats() {
        var report = DiagnosticReport()
        report.policy = DiagnosticPolicy(settings: ["link.broken": .warning, "markdown.raw-html": .ignore])
        var collected = Diagnostics()
        collected.append(.error("a.md", line: 2, column: 1, code: "link.broken", "broken"))
        collected.append(.error("a.md", line: 2, column: 1, code: "link.broken", "broken"))
        collected.append(.warning("a.md", line: 3, column: 1, code: "markdown.raw-html", "raw"))
        report.add(contentsOf: collected)
        #expect(report.sorted.map(\.description) == ["a.md:2:1: warning: broken (link.broken)"])
        #expect(report.summary == "0 errors, 1 warning")
    }
}

/// Commands that report problems without building print them as every other command does.
@Suite("Diagnostics printed by commands", .serialized)
struct CommandDiagnosticOutputTests {
    /// Runs the real binary; its exit status, standard output and standard error, awaited
    /// without blocking the concurrency pool.
    private func run(_ arguments: [String]) async throws -> (status: Int32, stdout: String, stderr: String) {
        let binary = try #require(SitegenProcess.binary, "the sitegen binary was not built next to the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let exit = ProcessExit(of: process)
        try process.run()
        let out = output.fileHandleForReading, err = error.fileHandleForReading
        // The outputs here are a few lines: reading one pipe to its end cannot block the other.
        let (stdout, stderr) = await offThePool { (out.readDataToEndOfFile(), err.readDataToEndOfFile()) }
        await exit.wait()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test func translationsStampPrintsEachFailureAsADiagnosticAndFails() async throws {
        let root = try Fixture.onDisk(["content/fr/billing/bare.md": "No front matter.\n",
                                       "content/en/billing/bare.md": "---\ntitle: Bare\nupdated: 2025-01-10\n---\nText.\n",
                                       "content/fr/billing/lost.md": "---\ntitle: Perdu\n---\nTexte.\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try await run(["translations", "stamp", "--root", root,
                              root + "/content/fr/billing/lost.md", root + "/content/fr/billing/refunds.md", root + "/content/fr/billing/bare.md"])
        #expect(result.status == 1)
        // In the order the files were given, between the files stamped.
        #expect(result.stderr == """
            content/fr/billing/lost.md: error: orphan translation: there is no content/en/billing/lost.md to stamp it against (translation.orphan)
            content/fr/billing/bare.md:1:1: error: missing front matter: a translation needs at least a title (frontmatter.missing)

            """, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("content/fr/billing/refunds.md: stamped as translated from content/en/billing/refunds.md"), "\(result.stdout)")
    }

    @Test func themeRenderPrintsTemplateErrorsWithTheirPlaceAndFails() async throws {
        let root = try Fixture.onDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try LocalFileSystem().writeFile(root + "/page.mustache", Data("<p>\n{{#open}}\n</p>\n".utf8))
        try LocalFileSystem().writeFile(root + "/data.json", Data("{\"open\": true}".utf8))
        let result = try await run(["theme", "render", root + "/page.mustache", "--data", root + "/data.json"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 && lines[0].range(of: #"^.*page\.mustache:2:\d+: error: .+ \(theme\.unclosed-section\)$"#, options: .regularExpression) != nil, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func themeCheckPrintsDiagnosticsAndASummaryAndFails() async throws {
        let root = try Fixture.onDisk(["templates/partials/footer.mustache": "<footer>\n{{page.sitetitle}}</footer>\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let text = try await run(["theme", "check", "--root", root])
        #expect(text.status == 1)
        #expect(text.stdout == """
            templates/partials/footer.mustache:2:1: error: 'page.sitetitle' is not a field of page; did you mean 'siteTitle'? (theme.unknown-name)
            1 error, 0 warnings

            """, "\(text.stdout)")
        let json = try await run(["theme", "check", "--root", root, "--format", "json"])
        #expect(json.status == 1)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(decoded?["errors"] as? Int == 1)
        #expect((decoded?["diagnostics"] as? [[String: Any]])?.first?["code"] as? String == "theme.unknown-name")
    }

    @Test func renderPrintsAnUnreadableFileAsADiagnosticAndFails() async throws {
        let result = try await run(["render", "/nonexistent-sitegen-test/missing.md"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("/nonexistent-sitegen-test/missing.md: error: cannot read: "), "\(result.stderr)")
        #expect(result.stderr.hasSuffix(" (render.unreadable)\n"), "\(result.stderr)")
    }
}
