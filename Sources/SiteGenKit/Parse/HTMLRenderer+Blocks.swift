/// The blocks whose HTML is sitegen's own: headings with ids, anchors and scope notes, callout
/// asides, and tables (in a scrollable, named region on site pages).
extension HTMLRenderer {
    mutating func renderHeading(_ node: MarkdownNode, _ info: MarkdownNode.HeadingInfo) {
        cr()
        guard let id = info.id else {
            out += "<h\(info.level)>"; renderChildren(node); out += "</h\(info.level)>\n"
            return
        }
        let escapedID = HTMLEscaping.escapeHTML(id)
        lastHeading = node.altText
        out += "<h\(info.level) id=\"\(escapedID)\">"
        renderChildren(node)
        // A pointer convenience only: hidden from assistive technology and out of the tab order
        // (the table of contents links every heading), so it adds no tab stop and no name.
        out += " <a class=\"heading-anchor\" href=\"#\(HTMLEscaping.escapeHref(id))\" aria-hidden=\"true\" tabindex=\"-1\">#</a>"
        out += "</h\(info.level)>\n"
        if !info.scope.isEmpty {
            out += "<p class=\"scope-note\">" + HTMLEscaping.escapeHTML(labels.scopeNote(info.scope)) + "</p>\n"
        }
    }

    mutating func renderCallout(_ node: MarkdownNode, _ kind: CalloutKind) {
        cr()
        let label = labels.callouts[kind] ?? kind.rawValue.capitalized
        out += "<aside class=\"callout callout-\(kind.rawValue)\" role=\"note\">\n"
        out += "<p class=\"callout-title\">" + HTMLEscaping.escapeHTML(label) + "</p>\n"
        renderChildren(node)
        cr(); out += "</aside>\n"
    }

    mutating func renderTable(_ node: MarkdownNode, _ info: MarkdownNode.TableInfo) {
        cr()
        var caption = info.caption.flatMap { $0.isEmpty ? nil : $0 }
        if let region = labels.tableRegion {
            // A caption that repeats the heading right above it is said twice by screen readers.
            if caption == lastHeading { caption = nil }
            var name = caption ?? lastHeading ?? region
            let seen = regionNames[name, default: 0] + 1
            regionNames[name] = seen
            if seen > 1 { name += " (\(seen))" }
            out += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + HTMLEscaping.escapeHTML(name) + "\">\n"
        }
        out += "<table>\n"
        if let caption {
            out += "<caption>" + HTMLEscaping.escapeHTML(caption) + "</caption>\n"
        }
        let header = node.children.prefix { if case .tableRow(true) = $0.kind { return true } else { return false } }
        let body = node.children.dropFirst(header.count)
        if !header.isEmpty {
            out += "<thead>\n"; for row in header { renderRow(row, info, cellTag: "th") }; out += "</thead>\n"
        }
        if !body.isEmpty {
            out += "<tbody>\n"; for row in body { renderRow(row, info, cellTag: "td") }; out += "</tbody>\n"
        }
        out += "</table>\n"
        if labels.tableRegion != nil { out += "</div>\n" }
    }

    private mutating func renderRow(_ row: MarkdownNode, _ info: MarkdownNode.TableInfo, cellTag: String) {
        out += "<tr>\n"
        for (index, cell) in row.children.enumerated() {
            let alignment = index < info.alignments.count ? info.alignments[index] : nil
            out += "<\(cellTag)"
            if cellTag == "th" { out += " scope=\"col\"" }
            if let alignment { out += " style=\"text-align: \(alignment.rawValue)\"" }
            out += ">"
            renderChildren(cell)
            if cell.children.contains(where: \.isBlock) { cr() }
            out += "</\(cellTag)>\n"
        }
        out += "</tr>\n"
    }
}

extension MarkdownNode {
    /// Image alt text as cmark writes it: literals of text, code and raw HTML; breaks as spaces.
    var altText: String {
        switch kind {
        case .text(let s), .code(let s), .htmlInline(let s): return s
        case .softBreak, .lineBreak: return " "
        default: return children.map(\.altText).joined()
        }
    }

    var isBlock: Bool {
        switch kind {
        case .paragraph, .list, .blockQuote, .codeBlock, .htmlBlock, .heading, .thematicBreak, .table, .callout: return true
        default: return false
        }
    }
}
