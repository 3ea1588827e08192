import Foundation
import Testing
@testable import SiteGenKit

/// Diagnostics say what failed, where, and point at the line to fix.
@Suite("Diagnostic wording and positions", .serialized)
struct DiagnosticWordingTests {
    @Test("render of a missing file or a folder exits 1 with sitegen's message", arguments: ["/nonexistent-\(UUID().uuidString).md", "FOLDER"])
    func renderUnreadable(argument: String) async throws {
        let folder = FileManager.default.temporaryDirectory.path
        let path = argument == "FOLDER" ? folder : argument
        let result = try await SitegenProcess.run(["render", path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("render.unreadable") && result.stderr.contains("cannot read"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("Error Domain"))
        if argument == "FOLDER" { #expect(result.stderr.contains("is a folder")) }
    }

    @Test("a template syntax error is not also reported as a missing template")
    func syntaxErrorIsNotMissing() async {
        let broken = Fixture.theme["templates/article.mustache"]! + "\n{{#oops}}\n{{/other}}\n"
        let (report, _) = await Fixture.build(["templates/article.mustache": broken])
        #expect(report.lines.contains { $0.hasPrefix("templates/article.mustache") && $0.contains("(theme.unclosed-section)") }, "\(report.lines)")
        #expect(!report.lines.contains { $0.contains("missing template 'article'") }, "\(report.lines)")
    }

    @Test("an unclosed section points at its opening tag")
    func unclosedSection() async {
        let template = "{{% CONTENT_TYPE: HTML }}\n{{<base}}\n{{$content}}\n<p>\n  {{#page.items}}\n  <li>{{title}}</li>\n{{/content}}\n{{/base}}\n"
        let (report, _) = await Fixture.build(["templates/category.mustache": template])
        let error = report.diagnostics.items.first { $0.file == "templates/category.mustache" }
        #expect(error?.line == 5 && error?.column == 3, "\(report.lines)")
        #expect(error?.message.contains("page.items") == true)
        #expect(throws: TemplateError.self) { try TemplateParser.parse("{{#a}}\n {{^b}}{{/b}}\n  {{#c}}\n{{/a}}", name: "t", displayPath: "t") }
        do {
            _ = try TemplateParser.parse("{{#a}}\n {{^b}}{{/b}}\n  {{#c}}\n{{/a}}", name: "t", displayPath: "t")
        } catch {
            #expect(error.position == TemplatePosition(line: 3, column: 3) && error.message.contains("'c'"))
        }
    }

    @Test("a duplicate YAML key points at the second occurrence")
    func duplicateKey() async {
        let (report, _) = await Fixture.build(["content/en/start/welcome.md": "---\ntitle: Welcome\nupdated: 2025-01-10\ntitle: Again\n---\nHi\n"])
        let error = report.diagnostics.items.first { $0.code == "yaml.duplicate-key" }
        #expect(error?.file == "content/en/start/welcome.md" && error?.line == 4 && error?.column == 1, "\(report.lines)")
        let yaml = "languages:\n  - {code: en, name: English}\nfeedback:\n  endpoint: https://x.test/\n  other: 1\n  endpoint: https://y.test/\n"
        if case .failure(let diagnostic) = YAMLValue.parse(yaml, file: "site.yml", lineOffset: 0, typeCode: "config.type") {
            #expect(diagnostic.line == 6 && diagnostic.column == 3, "\(diagnostic)")
        } else {
            Issue.record("duplicate key accepted")
        }
    }

    @Test("an unknown callout type is warned about", arguments: ["NOET", "warn"])
    func unknownCallout(kind: String) async {
        let (report, fs) = await Fixture.build(["content/en/start/welcome.md": "---\ntitle: Welcome\nupdated: 2025-01-10\n---\nText.\n\n> [!\(kind)]\n> Careful.\n"])
        let warning = report.diagnostics.items.first { $0.code == "callout.unknown-type" }
        #expect(warning?.line == 7 && warning?.file == "content/en/start/welcome.md", "\(report.lines)")
        #expect(fs.page("en/start/welcome/index.html")?.contains("<blockquote>") == true)
        #expect(MarkdownFileRenderer.render(Data("> [!NOTE]\n> fine\n".utf8), file: "x.md").diagnostics.isEmpty)
    }

    @Test("a zero-width character before a key shows in the warning, escaped")
    func zeroWidthKey() async {
        // Unknown keys are warned about when site.yml declares the custom ones.
        let (report, _) = await Fixture.build(["content/site.yml": Fixture.siteYAML + "\nparams: [tags]\n",
                                               "content/en/start/welcome.md": "---\ntitle: Welcome\nupdated: 2025-01-10\n\u{200B}title: Again\n---\nHi\n"])
        #expect(report.lines.contains { $0.contains("'\\u{200B}title'") }, "\(report.lines)")
        #expect(!report.lines.joined().unicodeScalars.contains("\u{200B}"))
    }

    @Test("header rows beyond the table's rows are warned about")
    func headerRowsBeyondTable() {
        let markdown = "```{list-table}\n:header-rows: 5\n\n* - a\n  - b\n* - c\n  - d\n```\n"
        let output = MarkdownFileRenderer.render(Data(markdown.utf8), file: "t.md")
        let warning = output.diagnostics.first { $0.code == "list-table.header-rows" }
        #expect(warning?.line == 2, "\(output.diagnostics)")
        let fine = MarkdownFileRenderer.render(Data(markdown.replacingOccurrences(of: ": 5", with: ": 2").utf8), file: "t.md")
        #expect(fine.diagnostics.isEmpty)
    }

    @Test("a disk error names the operation, the path and what to do")
    func diskErrorWording() {
        let error = FileSystemError("write", "/site/public/en/index.html", errorNumber: EACCES)
        #expect(error.description == "cannot write '/site/public/en/index.html': Permission denied; check that you may write there (permissions, read-only mounts)")
        let wrapped = FileSystemError.wrapping(CocoaError(.fileWriteUnknown), "write", "/x")
        #expect(!wrapped.description.contains("Code="))
    }
}
