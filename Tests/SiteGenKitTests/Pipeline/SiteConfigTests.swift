import Foundation
import Testing
@testable import SiteGenKit

@Suite("content/site.yml")
struct SiteConfigTests {
    private func load(_ yaml: String) -> (SiteConfig?, [String]) {
        let fs = InMemoryFileSystem(files: ["content/site.yml": yaml])
        var diagnostics = Diagnostics()
        let config = SiteConfigLoader.load(fileSystem: fs, path: "content/site.yml", displayPath: "content/site.yml", diagnostics: &diagnostics)
        return (config, diagnostics.map(\.description))
    }

    @Test func readsLanguagesProductsAndTiers() throws {
        let (config, diagnostics) = load(Fixture.siteYAML)
        #expect(diagnostics.isEmpty)
        let site = try #require(config)
        #expect(site.languages.map(\.code) == ["en", "fr", "ar"])
        #expect(site.language("ar")?.direction == "rtl")
        #expect(site.product("mail")?.name(in: "fr", defaultLanguage: "en") == "Acme Courrier")
        #expect(site.tier("pro")?.name(in: "ar", defaultLanguage: "en") == "Pro", "falls back to the default language")
        #expect(site.baseURL == "https://help.acme.test/")
        #expect(site.feedbackEndpoint == "https://feedback.acme.test/votes")
        #expect(site.fallback == .source)
    }

    @Test func defaultLanguageMustBeOneOfTheLanguages() {
        let (config, diagnostics) = load("defaultLanguage: de\nlanguages:\n  - {code: en, name: English}\n")
        #expect(config == nil)
        #expect(diagnostics == ["content/site.yml:1:18: error: defaultLanguage 'de' is not one of the languages (en) (config.invalid-value)"])
    }

    @Test func badDirectionAndDuplicateIdsAreErrors() {
        let yaml = "languages:\n  - {code: en, name: English, direction: up}\nproducts:\n  - {id: a, name: A}\n  - {id: a, name: B}\n"
        let (config, diagnostics) = load(yaml)
        #expect(config == nil)
        #expect(diagnostics.contains("content/site.yml:2:42: error: direction must be 'ltr' or 'rtl', not 'up' (config.invalid-value)"), "\(diagnostics)")
        #expect(diagnostics.contains { $0.hasPrefix("content/site.yml:5:10: error: duplicate id 'a' in products") }, "\(diagnostics)")
    }

    @Test func unknownSettingIsAWarning() throws {
        let (config, diagnostics) = load("languages:\n  - {code: en, name: English}\ncolour: blue\n")
        #expect(config != nil)
        #expect(diagnostics == ["content/site.yml:3:1: warning: unknown setting 'colour' (ignored) (config.unknown-key)"])
    }

    @Test func invalidYAMLPointsAtTheProblem() {
        let (config, diagnostics) = load("languages:\n  - {code: en, name: English\n")
        #expect(config == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("content/site.yml:3:") == true && diagnostics.first?.contains("error: invalid YAML") == true, "\(diagnostics)")
    }
}
