import Foundation
import Testing
@testable import SiteGenKit

/// Every diagnostic carries a stable code, listed once, documented in the README, and settable
/// in site.yml.
@Suite("Diagnostic codes and severities")
struct DiagnosticCodeTests {
    private static func sourceFiles() -> [String] {
        let sources = Fixture.repositoryRoot.appendingPathComponent("Sources/SiteGenKit").path
        return ((try? LocalFileSystem().filesRecursively(in: sources)) ?? []).filter { $0.hasSuffix(".swift") }.map { sources + "/" + $0 }
    }

    /// `code: "area.kind"` literals written in the sources.
    private static func codesInSources() throws -> Set<String> {
        let pattern = try NSRegularExpression(pattern: #"code: "([a-z0-9.-]+)""#)
        var codes: Set<String> = []
        for file in sourceFiles() {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                codes.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return codes
    }

    @Test func everyCodeWrittenInTheSourcesIsInTheCatalogue() throws {
        let used = try Self.codesInSources()
        #expect(used.count > 40, "found only \(used.count) codes: is the pattern still right?")
        #expect(used.subtracting(DiagnosticCodes.known).sorted() == [])
    }

    @Test func codesAreAreaDotKindAndListedOnce() {
        let codes = DiagnosticCodes.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(code.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) != nil, "\(code)")
        }
    }

    @Test func everyCodeIsDocumentedInTheREADME() throws {
        let readme = try String(contentsOf: Fixture.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let missing = DiagnosticCodes.all.map(\.code).filter { !readme.contains("| `\($0)` |") }
        #expect(missing == [], "the README's table of codes lacks these")
    }

    private let broken = ["content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\n---\n[x](gone.md) and [y](../billing/invoice.md#nowhere)\n"]

    private func check(_ diagnosticsMap: String?, _ content: [String: String]) async -> BuildReport {
        var files = Fixture.validContent.merging(content) { _, new in new }
        if let diagnosticsMap { files["content/site.yml"] = Fixture.siteYAML + "\ndiagnostics:\n" + diagnosticsMap }
        return await SiteBuilder(fileSystem: Fixture.fileSystem(files)).check(BuildOptions(root: "site"))
    }

    @Test func brokenLinksAndMissingAnchorsAreErrorsByDefault() async {
        let report = await check(nil, broken)
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:5:1: error: link 'gone.md'") && $0.hasSuffix("(link.broken)") }, "\(report.lines)")
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:5:18: error: link '../billing/invoice.md#nowhere'") && $0.hasSuffix("(link.anchor-missing)") }, "\(report.lines)")
    }

    @Test func siteYAMLLowersLinkErrorsToWarnings() async {
        let report = await check("  link.broken: warning\n  link.anchor-missing: warning\n", broken)
        #expect(!report.diagnostics.hasErrors, "\(report.lines)")
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:5:1: warning: link 'gone.md'") }, "\(report.lines)")
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:5:18: warning:") && $0.hasSuffix("(link.anchor-missing)") }, "\(report.lines)")
    }

    @Test func ignoreDropsACodeAndErrorRaisesOne() async {
        let files = ["content/site.yml": Fixture.siteYAML.replacingOccurrences(of: "feedback:\n  endpoint: https://feedback.acme.test/votes", with: "")]
        let plain = await check(nil, files)
        #expect(plain.lines.contains { $0.hasSuffix("(feedback.no-endpoint)") && $0.contains("warning:") }, "\(plain.lines)")
        var raised = files
        raised["content/site.yml"]! += "\ndiagnostics:\n  feedback.no-endpoint: error\n"
        let raisedReport = await SiteBuilder(fileSystem: Fixture.fileSystem(Fixture.validContent.merging(raised) { _, new in new })).check(BuildOptions(root: "site"))
        #expect(raisedReport.lines.contains { $0.hasPrefix("content/site.yml: error: no feedback.endpoint") }, "\(raisedReport.lines)")
        let ignored = await check("  link.broken: ignore\n", broken)
        #expect(!ignored.lines.contains { $0.contains("(link.broken)") }, "\(ignored.lines)")
        #expect(ignored.lines.contains { $0.contains("(link.anchor-missing)") }, "\(ignored.lines)")
    }

    @Test func unknownCodesAndSettingsInTheMapAreReported() async {
        let report = await check("  link.brokn: warning\n  link.broken: maybe\n", [:])
        #expect(report.lines.contains { $0.hasPrefix("content/site.yml:") && $0.contains("warning: diagnostics: 'link.brokn' is not a diagnostic code") && $0.hasSuffix("(config.unknown-code)") }, "\(report.lines)")
        #expect(report.lines.contains { $0.contains("error: diagnostics: 'link.broken' must be error, warning or ignore, not 'maybe'") }, "\(report.lines)")
    }

    @Test func buildAppliesTheSameSeveritiesAndACachedRebuildKeepsThem() async {
        let files = Fixture.validContent.merging(broken) { _, new in new }
            .merging(["content/site.yml": Fixture.siteYAML + "\ndiagnostics:\n  link.broken: warning\n  link.anchor-missing: ignore\n"]) { _, new in new }
        let fs = Fixture.fileSystem(files)
        let builder = SiteBuilder(fileSystem: fs)
        let first = await builder.build(BuildOptions(root: "site"))
        #expect(first.published, "\(first.lines)")
        #expect(first.lines.contains { $0.contains("warning: link 'gone.md'") }, "\(first.lines)")
        #expect(!first.lines.contains { $0.contains("(link.anchor-missing)") })
        let second = await builder.build(BuildOptions(root: "site"))
        #expect(second.lines == first.lines)
        let strict = await builder.build(BuildOptions(root: "site", warningsAsErrors: true))
        #expect(!strict.published)
    }
}
