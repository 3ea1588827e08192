import Testing
@testable import SiteGenKit

/// Translators write UI strings with `{name}` placeholders ("Diese Seite ist auf {language}
/// nicht verfügbar"); what they see on the page depends on this substitution.
@Suite("UI string placeholders")
struct UIStringsFormatTests {
    private let strings = UIStrings(language: "de", values: [
        "notice": "Dieser Artikel ist noch nicht auf {language} verfügbar.",
        "two": "{tier}: {state} ({tier})",
        "literal": "Use {braces} and a lone { brace",
        "plain": "Keine Platzhalter",
    ])

    @Test func replacesEveryPlaceholder() {
        #expect(strings.format("notice", ["language": "Français"]) == "Dieser Artikel ist noch nicht auf Français verfügbar.")
        #expect(strings.format("two", ["tier": "Pro", "state": "verfügbar"]) == "Pro: verfügbar (Pro)")
    }

    @Test func leavesUnknownPlaceholdersAndLoneBracesAsWritten() {
        #expect(strings.format("literal", ["other": "x"]) == "Use {braces} and a lone { brace")
        #expect(strings.format("plain", ["language": "x"]) == "Keine Platzhalter")
    }

    /// A value is inserted as it is: a product named "{tier}" must not be expanded again.
    @Test func valuesAreNotExpandedAgain() {
        #expect(strings.format("two", ["tier": "{state}", "state": "ja"]) == "{state}: ja ({state})")
    }

    @Test func missingKeyFallsBackToTheKey() {
        #expect(strings.format("missing_key", ["language": "x"]) == "missing_key")
    }
}
