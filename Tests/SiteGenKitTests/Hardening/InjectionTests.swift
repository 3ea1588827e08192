import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SiteGenKit

/// Names, settings and codes from users' files never become script URLs, invalid XML or
/// terminal escape sequences.
@Suite("Injection through names and settings")
struct InjectionTests {
    private static let article = "---\ntitle: Scripted\nupdated: 2025-01-10\n---\nBody.\n"

    @Test("articles and folders named like a URL scheme get links that stay relative paths", arguments: [
        "javascript:alert(1)", "vbscript:msgbox", "data:text", "JaVaScRiPt:x", "\\\\evil.example", "mailto:x",
    ])
    func schemeNames(name: String) async throws {
        let (report, fs) = await Fixture.build([
            "content/en/\(name)/_index.md": "---\ntitle: Folder\n---\n",
            "content/en/\(name)/\(name).md": Self.article,
            "content/en/start/\(name).md": Self.article,
        ])
        #expect(report.published, "\(report.lines)")
        let pages = fs.allFiles.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 20)
        var hrefs = 0
        for page in pages {
            let html = fs.text(page) ?? ""
            for part in html.components(separatedBy: "href=\"").dropFirst() {
                let href = String(part.prefix { $0 != "\"" })
                hrefs += 1
                let decoded = href.replacingOccurrences(of: "&amp;", with: "&").lowercased()
                let scheme = decoded.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
                if scheme.contains(":") {
                    #expect(decoded.hasPrefix("https:") || decoded.hasPrefix("http:"), "\(page): href \(href)")
                }
                #expect(!decoded.hasPrefix("\\"), "\(page): href \(href)")
            }
        }
        #expect(hrefs > 100)
        let home = try #require(fs.page("en/index.html"))
        // A backslash is percent-encoded (browsers read `\` as `/`); a colon gets `./` in front.
        #expect(home.contains(name.hasPrefix("\\") ? "href=\"\(name.replacingOccurrences(of: "\\", with: "%5C"))/\"" : "href=\"./\(name)/\""))
    }

    @Test("file names with control characters are refused with a diagnostic", arguments: ["bad\u{1B}[31m", "tab\there", "line\nbreak", "del\u{7F}", "c1\u{85}x"])
    func controlCharacterNames(name: String) async {
        let (report, _) = await Fixture.build(["content/en/start/\(name).md": Self.article])
        #expect(report.diagnostics.items.contains { $0.code == "content.control-character" && $0.severity == .error }, "\(report.lines)")
        #expect(report.lines.allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) } })
    }

    @Test("feedback.endpoint must be an http(s) URL", arguments: [
        ("javascript:alert(1)", false), ("data:text/html,x", false), ("vbscript:x", false), ("//evil.example/x", false), ("https:", false),
        ("https://feedback.example/v", true), ("HTTP://feedback.example/v", true), ("https://x.example/a b", false),
    ])
    func feedbackEndpoint(endpoint: String, accepted: Bool) async {
        let yaml = Fixture.siteYAML.replacingOccurrences(of: "endpoint: https://feedback.acme.test/votes", with: "endpoint: \"\(endpoint)\"")
        let (report, fs) = await Fixture.build(["content/site.yml": yaml])
        let refused = report.diagnostics.items.contains { $0.code == "config.invalid-value" && $0.severity == .error && $0.file == "content/site.yml" }
        #expect(refused == !accepted, "\(report.lines)")
        #expect(report.published == accepted)
        if !accepted { #expect(fs.page("en/billing/refunds/index.html") == nil) }
    }

    @Test("language codes are checked strictly", arguments: [
        ("de\n", false), ("de ", false), ("d", false), ("deutsch", false), ("de-", false), ("de_DE", false), ("../x", false),
        ("de", true), ("pt-BR", true), ("zh-Hant", true), ("sr-Latn-RS", true),
    ])
    func languageCodes(code: String, valid: Bool) {
        #expect(LanguageTag.isValid(code) == valid)
        let yaml = "title: T\nbaseURL: https://x.test/\nlanguages:\n  - {code: en, name: English}\n  - {code: \(String(reflecting: code)), name: Other}\n"
        let fs = InMemoryFileSystem(files: ["site.yml": yaml])
        var diagnostics = Diagnostics()
        _ = SiteConfigLoader.load(fileSystem: fs, path: "site.yml", displayPath: "content/site.yml", diagnostics: &diagnostics)
        #expect(diagnostics.contains { $0.code == "config.invalid-value" } == !valid, "\(diagnostics)")
    }

    @Test("a control character in baseURL is an error; odd names still give a valid sitemap.xml")
    func sitemapStaysValid() async throws {
        let bad = Fixture.siteYAML.replacingOccurrences(of: "baseURL: https://help.acme.test/", with: "baseURL: \"https://help.acme.test/\\u0001x/\"")
        let (refused, _) = await Fixture.build(["content/site.yml": bad])
        #expect(refused.diagnostics.items.contains { $0.code == "config.invalid-value" }, "\(refused.lines)")
        let (report, fs) = await Fixture.build(["content/en/start/a & b <c> \"d\".md": Self.article, "content/en/start/é ü.md": Self.article])
        #expect(report.published, "\(report.lines)")
        let sitemap = try #require(try? fs.readFile("site/public/sitemap.xml"))
        let parser = XMLParser(data: sitemap)
        #expect(parser.parse(), "sitemap.xml is well-formed: \(String(describing: parser.parserError))")
        #expect(SafeURL.encodingControlCharacters("https://x/\u{1}a b/") == "https://x/%01a%20b/")
    }

    @Test("control bytes in diagnostics are escaped for the terminal, zero-width characters where names must be seen")
    func terminalEscaping() {
        let diagnostic = Diagnostic.error("content/en/\u{1B}]0;owned\u{7}x.md", line: 1, column: 1, code: "link.broken", "bad \u{1B}[2J title \u{202E}txt")
        #expect(!diagnostic.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(diagnostic.description.contains("\\u{1B}]0;owned\\u{7}x.md"))
        #expect(TerminalText.escaped("\u{200B}title", invisibles: true) == "\\u{200B}title")
        #expect(TerminalText.escaped("Dépannage 請求書") == "Dépannage 請求書")
        var list = DiagnosticReport()
        list.add(diagnostic)
        let github = DiagnosticPrinter.render(list, format: .github)
        #expect(!github.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
