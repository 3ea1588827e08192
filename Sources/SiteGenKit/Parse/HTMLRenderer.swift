/// Localized words the Markdown extensions put into a page (callout titles, scope notes).
public struct MarkdownLabels: Sendable {
    public var callouts: [CalloutKind: String]
    /// Turns a heading's `only=` entries into a reader-facing note ("Enterprise only").
    public var scopeNote: @Sendable ([String]) -> String
    /// When set (site pages), every table is wrapped in a keyboard-focusable scroll region so a
    /// wide table scrolls inside the article instead of the page (and code blocks are focusable
    /// for the same reason); this names a region that has neither a caption nor a heading above
    /// it. Nil for `sitegen render`, which stays cmark-like.
    public var tableRegion: String?

    public init(callouts: [CalloutKind: String] = [:], tableRegion: String? = nil, scopeNote: @escaping @Sendable ([String]) -> String = { $0.joined(separator: ", ") }) {
        // A NUL marks a link slot in a prepared body, so labels (UI strings, site.yml names)
        // must never carry one into it; cmark does the same to the Markdown itself.
        self.callouts = callouts.mapValues(Self.withoutNUL)
        self.tableRegion = tableRegion.map(Self.withoutNUL)
        self.scopeNote = { Self.withoutNUL(scopeNote($0)) }
    }

    private static func withoutNUL(_ text: String) -> String {
        guard UTF8Scan.contains(text, byte: 0) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(scalar.value == 0 ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    /// English labels for `sitegen render`, outside any site.
    public static let english = MarkdownLabels(callouts: [
        .note: "Note", .tip: "Tip", .important: "Important", .warning: "Warning", .caution: "Caution",
    ])
}

/// Renders a `MarkdownNode` tree to HTML. On plain CommonMark the output is cmark's, byte for
/// byte; the extension nodes render as accessible HTML of their own.
public struct HTMLRenderer {
    public var unsafe: Bool
    public var labels: MarkdownLabels
    var out = ""
    private var parentsTight: [Bool] = []
    /// When set, link and image destinations are not written but left as slots (see
    /// `PreparedBody`), collected here in document order.
    private var slots: [LinkSlot]?
    /// Text of the last heading written: the name of the tables below it.
    var lastHeading: String?
    /// Region names used so far: landmarks of one page must have distinct names.
    var regionNames: [String: Int] = [:]

    public init(unsafe: Bool = false, labels: MarkdownLabels = .english) {
        self.unsafe = unsafe
        self.labels = labels
    }

    /// Renders `node` (usually a document) into a string.
    public static func render(_ node: MarkdownNode, unsafe: Bool = false, labels: MarkdownLabels = .english) -> String {
        var renderer = HTMLRenderer(unsafe: unsafe, labels: labels)
        renderer.out.reserveCapacity(4096)
        renderer.render(node, tight: false)
        return renderer.out
    }

    /// Renders `node` with every link and image destination left as a NUL slot, and the
    /// destinations in slot order: the page-independent part of a body, rendered once.
    static func renderWithSlots(_ node: MarkdownNode, unsafe: Bool, labels: MarkdownLabels) -> (html: String, slots: [LinkSlot]) {
        var renderer = HTMLRenderer(unsafe: unsafe, labels: labels)
        renderer.slots = []
        renderer.out.reserveCapacity(4096)
        renderer.render(node, tight: false)
        return (renderer.out, renderer.slots ?? [])
    }

    /// Starts a new line unless the output already ends with one (cmark's `cr`).
    mutating func cr() {
        if let last = out.utf8.last, last != UInt8(ascii: "\n") { out += "\n" }
    }

    mutating func renderChildren(_ node: MarkdownNode, tight: Bool = false) {
        for child in node.children { render(child, tight: tight) }
    }

    /// `tight` is true for the children of an item in a tight list: their paragraphs lose `<p>`.
    private mutating func render(_ node: MarkdownNode, tight: Bool) {
        switch node.kind {
        case .document:
            renderChildren(node)
        case .blockQuote:
            cr(); out += "<blockquote>\n"; renderChildren(node); cr(); out += "</blockquote>\n"
        case .list(let info):
            cr()
            let tag = info.ordered ? "ol" : "ul"
            out += info.ordered && info.start != 1 ? "<ol start=\"\(info.start)\">\n" : "<\(tag)>\n"
            for item in node.children { render(item, tight: info.tight) }
            out += "</\(tag)>\n"
        case .item:
            cr(); out += "<li>"; renderChildren(node, tight: tight); out += "</li>\n"
        case .heading(let info):
            renderHeading(node, info)
        case .codeBlock(let info, let literal):
            cr()
            // cmark: the info string up to the first ASCII space character, always prefixed.
            let language = info.unicodeScalars.prefix { !" \t\n\u{0B}\u{0C}\r".unicodeScalars.contains($0) }
            if language.isEmpty {
                out += codeBlockOpening + "<code>"
            } else {
                out += codeBlockOpening + "<code class=\"language-" + HTMLEscaping.escapeHTML(String(String.UnicodeScalarView(language))) + "\">"
            }
            out += HTMLEscaping.escapeHTML(literal) + "</code></pre>\n"
        case .htmlBlock(let literal):
            cr(); out += unsafe ? literal : "<!-- raw HTML omitted -->"; cr()
        case .paragraph:
            if tight {
                renderChildren(node)
            } else {
                cr(); out += "<p>"; renderChildren(node); out += "</p>\n"
            }
        case .thematicBreak:
            cr(); out += "<hr />\n"
        case .text(let literal):
            out += HTMLEscaping.escapeHTML(literal)
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br />\n"
        case .code(let literal):
            out += "<code>" + HTMLEscaping.escapeHTML(literal) + "</code>"
        case .htmlInline(let literal):
            out += unsafe ? literal : "<!-- raw HTML omitted -->"
        case .emphasis:
            out += "<em>"; renderChildren(node); out += "</em>"
        case .strong:
            out += "<strong>"; renderChildren(node); out += "</strong>"
        case .link(let destination, let title):
            out += "<a href=\""
            destinationOrSlot(destination, node)
            out += "\""
            if !title.isEmpty { out += " title=\"" + HTMLEscaping.escapeHTML(title) + "\"" }
            out += ">"; renderChildren(node); out += "</a>"
        case .image(let source, let title):
            out += "<img src=\""
            destinationOrSlot(source, node)
            out += "\" alt=\"" + HTMLEscaping.escapeHTML(node.altText) + "\""
            if !title.isEmpty { out += " title=\"" + HTMLEscaping.escapeHTML(title) + "\"" }
            out += " />"
        case .table(let info):
            renderTable(node, info)
        case .tableRow, .tableCell:
            renderChildren(node)
        case .callout(let kind):
            renderCallout(node, kind)
        }
    }

    private mutating func destinationOrSlot(_ destination: String, _ node: MarkdownNode) {
        if slots != nil {
            slots?.append(LinkSlot(destination: destination, line: node.range.start.line, column: node.range.start.column))
            out += "\u{0}"
        } else {
            out += Self.safeURL(destination, unsafe: unsafe)
        }
    }

    static func safeURL(_ url: String, unsafe: Bool) -> String {
        !unsafe && HTMLEscaping.isDangerousURL(url) ? "" : HTMLEscaping.escapeHref(url)
    }

    /// On site pages a code block that scrolls sideways must be reachable by keyboard.
    private var codeBlockOpening: String { labels.tableRegion == nil ? "<pre>" : "<pre tabindex=\"0\">" }
}
