import Foundation
import Testing
@testable import SiteGenKit

/// Errors a theme author sees when the theme loads, with position and stable code.
@Suite("Mustache engine: load-time errors")
struct TemplateLoadErrorTests {
    private func themeErrors(_ files: [String: String]) async -> [String] {
        var content = Fixture.validContent
        for (path, text) in files { content[path] = text }
        let (report, _) = await Fixture.build(content)
        return report.lines.filter { $0.contains("(theme.") }
    }

    @Test func misspelledFieldIsReportedWithASuggestion() async {
        let article = Fixture.theme["templates/article.mustache"]!.replacingOccurrences(of: "{{#banners}}", with: "{{#banners}}\n{{page.titel}}")
        let errors = await themeErrors(["templates/article.mustache": article])
        // The line after {{#banners}}, wherever the theme has it.
        let line = article.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "{{page.titel}}" }.map { $0 + 1 } ?? 0
        #expect(errors == ["templates/article.mustache:\(line):1: error: 'page.titel' is not a field of page; did you mean 'title'? (theme.unknown-name)"])
    }

    @Test func unknownNameInsideASectionNamesTheScopes() async {
        let errors = await themeErrors(["templates/404.mustache": "{{<base}}{{$content}}{{#main}}{{tittle}}{{/main}}{{/content}}{{/base}}"])
        #expect(errors == ["templates/404.mustache:1:31: error: 'tittle' is not a field of not-found page or any enclosing context (page context); did you mean 'title'? (theme.unknown-name)"])
    }

    @Test func namesAreCheckedThroughPartialsInTheScopeTheyAreUsedIn() async {
        // The footer is included by the base layout, where `main` is not open.
        let errors = await themeErrors(["templates/partials/footer.mustache": "<footer>{{updatedText}}</footer>\n"])
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("templates/partials/footer.mustache:1:9: error: 'updatedText' is not a field of page context") == true, "\(errors)")
    }

    @Test func unknownPartialIsAnError() async {
        let errors = await themeErrors(["templates/partials/footer.mustache": "<footer>{{> partials/nowhere}}</footer>\n"])
        #expect(errors == ["templates/partials/footer.mustache:1:9: error: 'partials/nowhere' names no template (expected templates/partials/nowhere.mustache) (theme.unknown-partial)"])
    }

    @Test func unclosedAndMismatchedSectionsAreErrors() async {
        let errors = await themeErrors([
            "templates/category.mustache": "<h1>{{page.title}}</h1>\n{{#main}}\n<p>{{/other}}</p>\n",
            "templates/partials/unused.mustache": "{{#page.noindex}}\nnever closed\n",
        ])
        #expect(errors == [
            "templates/category.mustache:2:1: error: 'main' is opened here and never closed ('{{/other}}' at line 3 closes something else) (theme.unclosed-section)",
            "templates/partials/unused.mustache:1:1: error: 'page.noindex' is opened here and never closed (expected '{{/page.noindex}}') (theme.unclosed-section)",
        ])
    }

    @Test func lambdasAndDynamicNamesAreRefused() throws {
        #expect(throws: TemplateErrors.self) { try renderDynamic("{{upper(name)}}", #"{"name": "x"}"#) }
        #expect(throws: TemplateErrors.self) { try renderDynamic("{{>*which}}", #"{"which": "p"}"#, partials: ["p": "P"]) }
        #expect(throws: TemplateErrors.self) { try renderDynamic("{{lambda}}", #"{"lambda": {"__tag__": "code", "js": "function() {}"}}"#) }
        do {
            _ = try renderDynamic("a\n  {{upper(name)}}")
        } catch let failure as TemplateErrors {
            #expect(failure.errors.map(\.description) == ["t.mustache:2:3: error: 'upper(name)' calls a lambda or transform; sitegen's templates only read data (theme.lambda)"])
        }
    }

    @Test func printingAListIsAnError() async {
        let errors = await themeErrors(["templates/partials/footer.mustache": "<footer>{{page.languages}}</footer>\n"])
        #expect(errors.first?.contains("is a list of language option, not text") == true, "\(errors)")
        #expect(errors.first?.hasSuffix("(theme.not-text)") == true)
    }

    @Test func partialIncludingItselfEndlesslyIsAnErrorNotACrash() async {
        let errors = await themeErrors(["templates/partials/footer.mustache": "<footer>{{> partials/footer}}</footer>\n"])
        #expect(errors.contains { $0.contains("(theme.recursion)") }, "\(errors)")
    }
}
