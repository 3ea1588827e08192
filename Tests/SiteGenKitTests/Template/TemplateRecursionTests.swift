import Foundation
import Testing
@testable import SiteGenKit

/// Partials that include themselves over front-matter data, and deep nesting: the engine
/// renders what ends, and refuses the rest with a coded error instead of crashing.
@Suite("Mustache engine: recursion and nesting limits")
struct TemplateRecursionTests {
    private static let article = """
        ---
        title: Tree
        tree:
          - name: a
            children:
              - name: b
                children:
                  - {name: c, children: []}
          - {name: d, children: []}
        ---
        Text.

        """

    private static func theme(node: String) -> [String: String] {
        [
            "content/en/start/tree.md": article,
            "templates/article.mustache": """
                {{<base}}
                {{$content}}
                <p id="tree">{{#page.params.tree}}{{> partials/node}}{{/page.params.tree}}</p>
                {{/content}}
                {{/base}}
                """,
            "templates/partials/node.mustache": node,
        ]
    }

    @Test func partialRecursesOverFrontMatterData() async throws {
        let (report, fs) = await Fixture.build(Self.theme(node: "[{{name}}{{#children}}{{> partials/node}}{{/children}}]"))
        #expect(report.published, "\(report.lines)")
        let page = try #require(fs.page("en/start/tree/index.html"))
        #expect(page.contains("<p id=\"tree\">[a[b[c]]][d]</p>"), "\(page)")
    }

    @Test func recursionOverDataThatAlsoOpensATypedSectionIsRefused() async {
        // The body would read the typed section's value at the depth of its first use.
        let (report, _) = await Fixture.build(Self.theme(node: "[{{name}}{{#children}}{{> partials/node}}{{/children}}{{#page.languages}}<{{name}}>{{/page.languages}}]"))
        #expect(!report.published)
        #expect(report.lines.contains { $0.hasPrefix("templates/partials/node.mustache:1:23:") && $0.hasSuffix("(theme.recursion)") }, "\(report.lines)")
    }

    @Test func endlessRecursionOverDataStopsWithAnError() async throws {
        do {
            _ = try renderDynamic("{{> r}}", #"{"a": [1, 2]}"#, partials: ["r": "{{#a}}{{> r}}{{/a}}"])
            Issue.record("an endless recursion rendered")
        } catch let failure as TemplateErrors {
            #expect(failure.errors.map(\.kind) == [.recursion])
            #expect(failure.errors.first?.message.contains("more than 256 levels deep") == true, "\(failure.errors)")
        }
        // The same through a build, over page.params.
        let (report, _) = await Fixture.build(Self.theme(node: "{{#name}}{{> partials/node}}{{/name}}"))
        #expect(!report.published)
        #expect(report.lines.contains { $0.hasSuffix("(theme.recursion)") && $0.contains("levels deep") }, "\(report.lines)")
    }

    @Test func recursionJustBelowTheLimitRenders() throws {
        // Mustache looks a missing name up in the enclosing frames: the innermost list is empty.
        var data = #"{"c": []}"#
        for _ in 0..<100 { data = #"{"c": [\#(data)]}"# }
        let out = try renderDynamic("{{> r}}", data, partials: ["r": "({{#c}}{{> r}}{{/c}})"])
        #expect(out == String(repeating: "(", count: 101) + String(repeating: ")", count: 101))
    }

    @Test func deepNestingIsASyntaxErrorAndQuick() async {
        let deep = String(repeating: "{{#b}}", count: 2_000) + String(repeating: "{{/b}}", count: 2_000)
        do {
            _ = try renderDynamic(deep, #"{"b": true}"#)
            Issue.record("2,000 nested sections rendered")
        } catch let failure as TemplateErrors {
            #expect(failure.errors.map(\.description) == ["t.mustache:1:601: error: sections nest more than 100 deep here (theme.syntax)"])
        } catch {
            Issue.record("\(error)")
        }
        // Nesting through partials: each file is shallow, the whole is not.
        var partials: [String: String] = [:]
        for level in 0..<10 {
            partials["p\(level)"] = String(repeating: "{{#b}}", count: 50) + "{{> p\(level + 1)}}" + String(repeating: "{{/b}}", count: 50)
        }
        do {
            _ = try renderDynamic("{{> p0}}", #"{"b": true}"#, partials: partials)
            Issue.record("500 sections nested through partials rendered")
        } catch let failure as TemplateErrors {
            #expect(failure.errors.map(\.kind) == [.syntax])
            #expect(failure.errors.first?.message.contains("nest more than 256 deep") == true, "\(failure.errors)")
        } catch {
            Issue.record("\(error)")
        }
        // In a site's theme, a build reports it and publishes nothing.
        let (report, _) = await Fixture.build(["templates/partials/footer.mustache": String(repeating: "{{#page.title}}", count: 150) + String(repeating: "{{/page.title}}", count: 150)])
        #expect(!report.published)
        #expect(report.lines.contains("templates/partials/footer.mustache:1:1501: error: sections nest more than 100 deep here (theme.syntax)"), "\(report.lines)")
    }

    @Test func unclosedTripleMustacheNamesItsTerminator() {
        #expect(throws: TemplateErrors.self) { try renderDynamic("{{{a}}") }
        do {
            _ = try renderDynamic("{{{a}}")
        } catch let failure as TemplateErrors {
            #expect(failure.errors.map(\.description) == ["t.mustache:1:1: error: this tag is not closed (expected '}}}') (theme.syntax)"])
        } catch {
            Issue.record("\(error)")
        }
    }
}
