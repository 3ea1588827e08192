import Foundation
import Testing
@testable import SiteGenKit

/// Renders `template` over JSON data in the dynamic mode, as `sitegen theme render` does.
func renderDynamic(_ template: String, _ json: String = "{}", partials: [String: String] = [:]) throws -> String {
    let data = try TemplateValue.parse(json: Data(json.utf8))
    let sources = partials.mapValues { TemplateLibrary.Source(text: $0, displayPath: "p") }
    switch DynamicTemplateRenderer.render(template: template, displayPath: "t.mustache", data: data, partials: sources) {
    case .success(let bytes): return String(decoding: bytes, as: UTF8.self)
    case .failure(let failure): throw failure
    }
}

/// Each area of the Mustache spec, with examples of our own.
@Suite("Mustache engine: spec areas")
struct TemplateSpecAreaTests {
    @Test func interpolationEscapesUnlessTripleOrAmpersand() throws {
        let data = #"{"q": "Tom & \"Jerry\" <b>'s</b>", "n": 7, "x": 2.5, "none": null}"#
        #expect(try renderDynamic("{{q}}|{{{q}}}|{{& q }}", data) == "Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;|Tom & \"Jerry\" <b>'s</b>|Tom & \"Jerry\" <b>'s</b>")
        #expect(try renderDynamic("{{n}} {{x}} [{{none}}] [{{missing}}]", data) == "7 2.5 [] []")
        #expect(try renderDynamic("{{q}}", #"{"q": "{{n}}"}"#) == "{{n}}", "values are never parsed as templates")
    }

    @Test func dottedNamesResolveFromTheFirstPartOnly() throws {
        let data = #"{"shop": {"owner": {"name": "Ada"}}, "name": "outer", "empty": {}}"#
        #expect(try renderDynamic("{{shop.owner.name}}", data) == "Ada")
        #expect(try renderDynamic("[{{shop.nobody.name}}]", data) == "[]")
        #expect(try renderDynamic("{{#empty}}[{{shop.owner.name}}|{{name}}]{{/empty}}", data) == "[Ada|outer]")
        #expect(try renderDynamic("{{#shop}}[{{owner.name}}]{{/shop}}", data) == "[Ada]")
    }

    @Test func implicitIteratorPrintsEachItem() throws {
        #expect(try renderDynamic("{{#list}}<{{.}}>{{/list}}", #"{"list": ["a&b", 3, 1.5]}"#) == "<a&amp;b><3><1.5>")
        #expect(try renderDynamic("{{#list}}({{#.}}{{.}}{{/.}}){{/list}}", #"{"list": [[1, 2], ["x"]]}"#) == "(12)(x)")
        #expect(try renderDynamic("{{#.}}{{k}};{{/.}}", #"[{"k": 1}, {"k": 2}]"#) == "1;2;")
    }

    @Test func sectionsOverListsFlagsObjectsAndMissingValues() throws {
        let data = #"{"items": [{"n": "one"}, {"n": "two"}], "yes": true, "no": false, "nothing": null, "empty": [], "obj": {"n": "obj"}, "n": "root"}"#
        #expect(try renderDynamic("{{#items}}{{n}},{{/items}}", data) == "one,two,")
        #expect(try renderDynamic("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#nothing}}0{{/nothing}}{{#empty}}E{{/empty}}{{#gone}}G{{/gone}}", data) == "Y")
        #expect(try renderDynamic("{{#obj}}{{n}}{{/obj}} {{n}}", data) == "obj root")
        #expect(try renderDynamic("{{#items}}{{#obj}}{{n}}{{/obj}}{{/items}}", data) == "objobj", "the innermost frame with the name wins")
    }

    @Test func invertedSectionsRenderForFalseyValues() throws {
        let data = #"{"no": false, "empty": [], "nothing": null, "yes": true, "list": [1]}"#
        #expect(try renderDynamic("{{^no}}a{{/no}}{{^empty}}b{{/empty}}{{^nothing}}c{{/nothing}}{{^gone}}d{{/gone}}{{^yes}}e{{/yes}}{{^list}}f{{/list}}", data) == "abcd")
    }

    @Test func commentsPrintNothingAndStandaloneOnesLeaveNoLine() throws {
        #expect(try renderDynamic("a{{! note }}b\n  {{!\n multi\n }}\nc\n") == "ab\nc\n")
    }

    @Test func standaloneTagLinesDisappearWithTheirIndentationAndNewline() throws {
        let data = #"{"on": true}"#
        #expect(try renderDynamic("<ul>\n  {{#on}}\n  <li>x</li>\n  {{/on}}\n</ul>\n", data) == "<ul>\n  <li>x</li>\n</ul>\n")
        #expect(try renderDynamic("a\r\n{{#on}}\r\nb\r\n{{/on}}\r\n", data) == "a\r\nb\r\n")
        #expect(try renderDynamic("  {{#on}}x{{/on}}\n", data) == "  x\n", "a tag with text on its line is not standalone")
        #expect(try renderDynamic("{{#on}}\nlast\n  {{/on}}", data) == "last\n")
    }

    @Test func standalonePartialsAreIndentedLineByLine() throws {
        let partials = ["row": "<tr>\n  <td>{{v}}</td>\n</tr>\n", "inline": "[{{v}}]"]
        #expect(try renderDynamic("<table>\n    {{> row}}\n</table>\n", #"{"v": "1\n2"}"#, partials: partials) == "<table>\n    <tr>\n      <td>1\n2</td>\n    </tr>\n</table>\n")
        #expect(try renderDynamic("a {{>inline}} b", #"{"v": 3}"#, partials: partials) == "a [3] b")
        #expect(try renderDynamic("[{{>nowhere}}]", partials: partials) == "[]", "dynamic mode: an unknown partial is empty, as the spec asks")
    }

    @Test func recursivePartialsFollowTheData() throws {
        let tree = #"{"name": "a", "kids": [{"name": "b", "kids": [{"name": "c", "kids": []}]}]}"#
        #expect(try renderDynamic("{{>node}}", tree, partials: ["node": "{{name}}({{#kids}}{{>node}}{{/kids}})"]) == "a(b(c()))")
    }

    @Test func setDelimitersChangeTheTagSyntax() throws {
        let data = #"{"x": "X", "on": true}"#
        #expect(try renderDynamic("{{x}}\n{{=<% %>=}}\n<%x%> {{x}} <%#on%>on<%/on%>\n<%={{ }}=%>{{x}}", data) == "X\nX {{x}} on\nX")
        #expect(try renderDynamic("{{=| |=}}|{x}||&x|", data) == "X", "with other delimiters, a brace is part of the name")
    }

    @Test func parentsFillBlocksAndOuterSubstitutionsWin() throws {
        let partials = [
            "layout": "<title>{{$title}}Untitled{{/title}}</title>\n<main>\n  {{$body}}\n  empty\n  {{/body}}\n</main>\n",
            "section-layout": "{{<layout}}{{$title}}Section{{/title}}{{$body}}section body{{/body}}{{/layout}}",
        ]
        #expect(try renderDynamic("{{<layout}}{{/layout}}", partials: partials) == "<title>Untitled</title>\n<main>\n  empty\n</main>\n")
        #expect(try renderDynamic("{{<layout}}\n{{$body}}\n<p>{{x}}</p>\n<p>two</p>\n{{/body}}\n{{/layout}}\n", #"{"x": 1}"#, partials: partials)
                == "<title>Untitled</title>\n<main>\n  <p>1</p>\n  <p>two</p>\n</main>\n")
        #expect(try renderDynamic("{{<section-layout}}{{$title}}Page{{/title}}{{/section-layout}}", partials: partials)
                == "<title>Page</title>\n<main>\nsection body</main>\n")
        #expect(try renderDynamic("{{$only}}default {{x}}{{/only}}", #"{"x": 2}"#) == "default 2", "a block outside a parent renders its default")
    }
}
