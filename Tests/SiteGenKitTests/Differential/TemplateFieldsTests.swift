import Mustache
import Testing
@testable import SiteGenKit

/// Templates see context fields through their `templateFields` declarations (sitegen's engine)
/// and `child(named:)` lookups (swift-mustache, in the differential test); a stored property
/// missing from either would be invisible to themes. This walks real contexts with `Mirror`.
@Suite("Template contexts")
struct TemplateFieldsTests {
    private func assertReachable(_ value: Any, path: String) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .collection {
            for (index, element) in mirror.children.enumerated() { assertReachable(element.value, path: "\(path)[\(index)]") }
            return
        }
        if mirror.displayStyle == .optional {
            if let wrapped = mirror.children.first { assertReachable(wrapped.value, path: path) }
            return
        }
        guard mirror.displayStyle == .struct, !(value is String) else { return }
        if value is [String: String] { return }
        guard let context = value as? any TemplateContext else {
            Issue.record("\(path): \(type(of: value)) declares no template fields")
            return
        }
        let declared = Set(fieldNames(context))
        guard let parent = value as? MustacheParent else {
            Issue.record("\(path): \(type(of: value)) is not readable by templates without Mirror")
            return
        }
        for child in mirror.children {
            guard let label = child.label else { continue }
            let isNil = Mirror(reflecting: child.value).displayStyle == .optional && Mirror(reflecting: child.value).children.isEmpty
            #expect(isNil || parent.child(named: label) != nil, "\(path).\(label) is not exposed to swift-mustache")
            #expect(declared.contains(label), "\(path).\(label) is not declared in templateFields")
            assertReachable(child.value, path: "\(path).\(label)")
        }
    }

    private func fieldNames<T: TemplateContext>(_ value: T) -> [String] { T.templateFields.names }

    @Test func everyStoredFieldIsVisibleToTemplates() async throws {
        var report = BuildReport()
        let fs = Fixture.fileSystem(Fixture.validContent)
        let prepared = try #require(await SiteBuilder(fileSystem: fs).prepare(BuildOptions(root: "site"), into: &report))
        let renderer = PageRenderer(site: prepared.site, templates: try #require(prepared.templates), strings: prepared.strings, bodies: prepared.bodies)
        var diagnostics = Diagnostics()
        let article = try #require(prepared.site.article("billing/refunds"))
        assertReachable(renderer.articles.build(article, language: "fr", diagnostics: &diagnostics), path: "article")
        assertReachable(renderer.indexes.home(prepared.site.ownHome("en"), language: "en", diagnostics: &diagnostics), path: "home")
        let category = try #require(prepared.site.category("billing"))
        assertReachable(renderer.indexes.category(category, language: "en", diagnostics: &diagnostics), path: "category")
        assertReachable(renderer.indexes.notFound(language: "fr"), path: "404")
        assertReachable(renderer.indexes.languagePicker(), path: "languages")
        assertReachable(renderer.indexes.availability(language: "en"), path: "availability")
    }
}
