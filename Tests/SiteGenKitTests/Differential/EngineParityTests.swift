import Foundation
import Mustache
import Testing
@testable import SiteGenKit

/// sitegen's Mustache engine against swift-mustache (the engine it replaced, kept for this test
/// only): the default theme and generated templates must render byte for byte the same.
@Suite("Engine parity with swift-mustache")
struct EngineParityTests {
    private static func prepared() async throws -> (SiteBuilder.Prepared, PageRenderer) {
        var report = BuildReport()
        let fs = Fixture.fileSystem(Fixture.validContent)
        let prepared = try #require(await SiteBuilder(fileSystem: fs).prepare(BuildOptions(root: "site"), into: &report))
        let renderer = PageRenderer(site: prepared.site, templates: try #require(prepared.templates), strings: prepared.strings,
                                    bodies: prepared.bodies)
        return (prepared, renderer)
    }

    private static func mustacheLibrary(_ sources: [String: String]) throws -> MustacheLibrary {
        _ = HTMLContentType.registered
        var library = MustacheLibrary()
        for (name, text) in sources { library.register(try MustacheTemplate(string: text), named: name) }
        return library
    }

    @Test func defaultThemeRendersIdentically() async throws {
        let (prepared, renderer) = try await Self.prepared()
        let library = try Self.mustacheLibrary(try #require(prepared.templates).sources)
        var checked = 0
        for plan in PagePlan.all(for: prepared.site) {
            var diagnostics = Diagnostics()
            let ours = try #require(renderer.render(plan, diagnostics: &diagnostics))
            let theirs: String?
            switch plan {
            case .languagePicker: theirs = library.render(renderer.indexes.languagePicker(), withTemplate: "languages")
            case .rootNotFound: theirs = library.render(renderer.indexes.notFound(language: "en"), withTemplate: "404")
            case .notFound(let language): theirs = library.render(renderer.indexes.notFound(language: language), withTemplate: "404")
            case .home(let language): theirs = library.render(renderer.indexes.home(prepared.site.ownHome(language), language: language, diagnostics: &diagnostics), withTemplate: "home")
            case .availability(let language): theirs = library.render(renderer.indexes.availability(language: language), withTemplate: "availability")
            case .search(let language): theirs = library.render(renderer.indexes.search(language: language), withTemplate: "search")
            case .category(let key, let language):
                theirs = library.render(renderer.indexes.category(try #require(prepared.site.category(key)), language: language, diagnostics: &diagnostics), withTemplate: "category")
            case .article(let key, let language):
                theirs = library.render(renderer.articles.build(try #require(prepared.site.article(key)), language: language, diagnostics: &diagnostics), withTemplate: "article")
            }
            #expect(String(decoding: ours, as: UTF8.self) == theirs, "\(plan.outputPath)")
            checked += 1
        }
        #expect(checked > 20)
    }

    /// Templates built from random combinations of tags over the article context: sections over
    /// lists, optionals and flags, inverted sections, escaped and raw values, standalone lines,
    /// indented partials and comments. (Left out: a standalone tag on the line after a section
    /// that opened mid-line and closed alone on its line; swift-mustache keeps that tag's line,
    /// the spec and sitegen remove it.)
    @Test func generatedTemplatesRenderIdentically() async throws {
        let (prepared, renderer) = try await Self.prepared()
        var diagnostics = Diagnostics()
        let context = renderer.articles.build(try #require(prepared.site.article("billing/refunds")), language: "fr", diagnostics: &diagnostics)
        var random = TemplateMix(seed: 12)
        let pieces: [String] = [
            "{{main.title}}", "{{{main.html}}}", "{{&page.title}}", "{{page.lang}}", "{{t.last_updated}}", " text ", "<b>&amp;</b>", "\n",
            "{{#main.toc}}<li>{{text}}{{#nested}}*{{/nested}}</li>{{/main.toc}}\n", "{{^main.related}}none{{/main.related}}",
            "\n{{#main.banners}}\n  {{text}}\n{{/main.banners}}\n", "{{#main.feedback}}{{endpoint}} {{page.root}}{{/main.feedback}}",
            "{{#page.description}}[{{.}}]{{/page.description}}", "{{^page.canonicalURL}}no canonical{{/page.canonicalURL}}",
            "\n  {{> p}}\n", "{{! a comment }}", "\n{{! standalone }}\n", "{{#page.languages}}{{#current}}>{{/current}}{{name}}{{/page.languages}}",
            "{{#main}}{{#availability}}{{caption}}{{#rows}}{{product}}{{#cells}}{{label}}{{/cells}}{{/rows}}{{/availability}}{{/main}}",
        ]
        let partial = "<p>{{page.siteTitle}}</p>\n<q>{{main.updatedText}}</q>\n"
        var checked = 0
        for _ in 0..<60 {
            let text = (0..<8).map { _ in pieces[random.next(pieces.count)] }.joined()
            let library = TemplateLibrary(sources: ["t": .init(text: text, displayPath: "t"), "p": .init(text: partial, displayPath: "p")])
            let template = try #require(library.template(named: "t"))
            let (op, errors) = TemplateCompiler.compile(template, root: PageContext<ArticleMain>.self, library: library, strict: true)
            #expect(errors.isEmpty, "\(errors)")
            var renderErrors = Diagnostics()
            let ours = PageTemplate<ArticleMain>(op: op).render(context, diagnostics: &renderErrors)
            #expect(renderErrors.isEmpty, "\(renderErrors)")
            let theirs = try Self.mustacheLibrary(["t": text, "p": partial]).render(context, withTemplate: "t")
            #expect(String(decoding: ours, as: UTF8.self) == theirs, "\(text.debugDescription)")
            checked += 1
        }
        #expect(checked == 60)
    }
}

/// A small deterministic generator, so a failing template is the same on every run.
struct TemplateMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
