import Foundation
import Testing
@testable import SiteGenKit

@Suite("translations stamp")
struct StampTests {
    private func stamped(_ translation: String, path: String = "content/fr/billing/refunds.md") throws -> (String, TranslationStamp) {
        let fs = Fixture.fileSystem(Fixture.validContent.merging([path: translation]) { _, new in new })
        let result = TranslationStamper(fileSystem: fs, root: "site").stamp("site/" + path)
        guard case .success = result else { Issue.record("stamp failed: \(result)"); return ("", TranslationStamp(revision: "", sections: [])) }
        var diagnostics = Diagnostics()
        let config = try #require(SiteConfigLoader.load(fileSystem: fs, path: "site/content/site.yml", displayPath: "content/site.yml", diagnostics: &diagnostics))
        let source = try #require(ContentLoader.read(Data(Fixture.validContent["content/en/billing/refunds.md"]!.utf8), file: "billing/refunds.md",
                                                     display: "content/en/billing/refunds.md", language: "en", config: config, diagnostics: &diagnostics)?.document)
        return (try #require(fs.text("site/" + path)), TranslationStamp(source: source))
    }

    @Test func flowStyleEntryBecomesABlockAndNothingElseChanges() throws {
        let original = Fixture.validContent["content/fr/billing/refunds.md"]!
        let (text, stamp) = try stamped(original)
        let expected = original.replacingOccurrences(of: "translation: {method: machine}\n", with:
            "translation:\n  method: machine\n" + stamp.yamlLines().joined(separator: "\n") + "\n")
        #expect(text == expected)
        #expect(stamp.sections.map(\.id) == ["_intro", "fees"])
    }

    @Test func restampingReplacesOnlyTheSourceBlock() throws {
        let original = """
            ---
            title: Demander un remboursement   # keep this comment
            updated: 2025-05-06
            translation:
              method: human
              source:
                revision: 000000000000
                sections:
                  _intro: deadbeef
            description: "Après la traduction"
            ---
            Corps **inchangé**.

            """
        let (text, stamp) = try stamped(original)
        let expected = original.replacingOccurrences(of: "    revision: 000000000000\n    sections:\n      _intro: deadbeef\n", with: "")
            .replacingOccurrences(of: "  source:\n", with: "")
            .replacingOccurrences(of: "  method: human\n", with: "  method: human\n" + stamp.yamlLines().joined(separator: "\n") + "\n")
        #expect(text == expected)
    }

    @Test func fileWithoutTranslationEntryGetsOneBeforeTheClosingFence() throws {
        let original = "---\ntitle: Remboursements\nupdated: 2025-05-06\n---\nTexte.\n"
        let (text, stamp) = try stamped(original)
        #expect(text == "---\ntitle: Remboursements\nupdated: 2025-05-06\ntranslation:\n" + stamp.yamlLines().joined(separator: "\n") + "\n---\nTexte.\n")
    }

    @Test func windowsLineEndingsAreKept() throws {
        let original = "---\r\ntitle: Remboursements\r\nupdated: 2025-05-06\r\n---\r\nTexte.\r\n"
        let (text, _) = try stamped(original)
        #expect(text.hasPrefix("---\r\ntitle: Remboursements\r\nupdated: 2025-05-06\r\ntranslation:\r\n  source:\r\n"))
        #expect(text.hasSuffix("\r\n---\r\nTexte.\r\n"))
    }

    @Test func stampingTheSourceLanguageIsRefused() {
        let fs = Fixture.fileSystem(Fixture.validContent)
        guard case .failure(let diagnostic) = TranslationStamper(fileSystem: fs, root: "site").stamp("site/content/en/billing/refunds.md") else {
            Issue.record("stamping a source file must fail"); return
        }
        #expect(diagnostic.description.contains("only translations can be stamped"))
    }

    @Test func orphanTranslationCannotBeStamped() {
        let fs = Fixture.fileSystem(Fixture.validContent.merging(["content/fr/billing/lost.md": "---\ntitle: Perdu\nupdated: 2025-01-01\n---\n"]) { _, new in new })
        guard case .failure(let diagnostic) = TranslationStamper(fileSystem: fs, root: "site").stamp("site/content/fr/billing/lost.md") else {
            Issue.record("stamping an orphan must fail"); return
        }
        #expect(diagnostic.description == "content/fr/billing/lost.md: error: orphan translation: there is no content/en/billing/lost.md to stamp it against (translation.orphan)")
    }
}
