import Foundation
import Testing
@testable import SiteGenKit

/// The compiled mode: names checked against declared fields, open data below a dynamic value.
@Suite("Mustache engine: typed contexts")
struct TypedContextTests {
    struct Probe: TemplateContext {
        var title: String
        var count: Int
        var tags: [String]
        var note: String?
        var params: TemplateValue
        static let templateFields = TemplateFields<Probe>("probe", [
            .field("title", \.title),
            .field("count", \.count),
            .field("tags", \.tags),
            .field("note", \.note),
            .field("params", \.params),
            .computed("shout") { $0.title.uppercased() },
        ])
    }

    private func render(_ text: String, _ probe: Probe) -> (String, [String]) {
        let library = TemplateLibrary(sources: ["t": .init(text: text, displayPath: "t.mustache")])
        guard let template = library.template(named: "t") else { return ("", library.parseErrors.values.map(\.description)) }
        let (op, errors) = TemplateCompiler.compile(template, root: Probe.self, library: library, strict: true)
        var state = RenderState(capacity: 256)
        state.with(probe, op)
        return (String(decoding: state.bytes, as: UTF8.self), errors.map(\.description))
    }

    private let probe = Probe(title: "A&B", count: 3, tags: ["x", "y"], note: nil,
                              params: .object(["color": .string("red"), "sizes": .list([.number(1), .number(2)])]))

    @Test func fieldsRenderByTheirType() {
        let (out, errors) = render("{{title}}|{{shout}}|{{count}}|{{#tags}}<{{.}}>{{/tags}}|{{^note}}no note{{/note}}{{#note}}{{.}}{{/note}}", probe)
        #expect(errors.isEmpty)
        #expect(out == "A&amp;B|A&amp;B|3|<x><y>|no note")
    }

    @Test func namesBelowADynamicValueAreNotChecked() {
        let (out, errors) = render("{{params.color}}[{{params.missing.deep}}]{{#params.sizes}}{{.}};{{/params.sizes}}{{#params}}{{color}}-{{title}}{{/params}}", probe)
        #expect(errors.isEmpty, "\(errors)")
        #expect(out == "red[]1;2;red-A&amp;B", "a name the dynamic frame lacks falls back to the typed context")
    }

    @Test func unknownFieldsAreErrorsWithPositions() {
        let (_, errors) = render("ok\n  {{titel}} {{#tags}}{{nme}}{{/tags}}", probe)
        #expect(errors == [
            "t.mustache:2:3: error: 'titel' is not a field of probe; did you mean 'title'? (theme.unknown-name)",
            "t.mustache:2:22: error: 'nme' is not a field of text or any enclosing context (probe) (theme.unknown-name)",
        ])
    }
}
