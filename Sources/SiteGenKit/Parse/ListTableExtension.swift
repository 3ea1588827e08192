/// List tables, in MyST's syntax, for tables whose cells hold lists or paragraphs:
///
///     ```{list-table} Optional caption
///     :header-rows: 1
///
///     * - Topic
///       - Support can
///     * - Billing
///       - - Explain an invoice.
///         - Correct a billing address.
///     ```
///
/// A translator edits plain nested lists, and a renderer without the extension still shows a
/// readable code block.
enum ListTableExtension {
    static let infoPrefix = "{list-table}"

    /// List tables inside list tables are fine; this many levels of them is not.
    static let maximumNesting = 4

    static func apply(_ node: MarkdownNode, file: String, diagnostics: inout Diagnostics, depth: Int = 0) -> MarkdownNode {
        // Checked once here, not at every level of the walk below.
        guard node.containsBlock(where: { if case .codeBlock(let info, _) = $0, info.hasPrefix(infoPrefix) { return true } else { return false } }) else { return node }
        return transform(node, file: file, diagnostics: &diagnostics, depth: depth)
    }

    private static func transform(_ node: MarkdownNode, file: String, diagnostics: inout Diagnostics, depth: Int) -> MarkdownNode {
        var node = node
        node.children = node.children.map { child in
            if case .codeBlock(let info, let literal) = child.kind, info.hasPrefix(infoPrefix) {
                guard depth < maximumNesting else {
                    diagnostics.append(.warning(file, line: child.range.start.line, column: child.range.start.column, code: "list-table.too-deep", "list tables nested more than \(maximumNesting) deep are shown as code"))
                    return child
                }
                return table(child, info: info, literal: literal, file: file, diagnostics: &diagnostics, depth: depth)
            }
            return child.children.isEmpty ? child : transform(child, file: file, diagnostics: &diagnostics, depth: depth)
        }
        return node
    }

    private static func table(_ block: MarkdownNode, info: String, literal: String, file: String, diagnostics: inout Diagnostics, depth: Int) -> MarkdownNode {
        let fenceLine = block.range.start.line
        var lines = literal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var headerRows = 0
        var headerRowsLine = fenceLine
        // Options are blanked rather than removed so cmark's line numbers stay the file's.
        for index in lines.indices {
            let line = lines[index].trimmingSpaces
            guard line.hasPrefix(":") else { break }
            let parts = line.dropFirst().split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces }
            if parts.count == 2, parts[0] == "header-rows", let count = Int(parts[1]), count >= 0 {
                headerRows = count
                headerRowsLine = fenceLine + 1 + index
            } else {
                diagnostics.append(.warning(file, line: fenceLine + 1 + index, column: 1, code: "list-table.unknown-option", "unknown list-table option '\(line)' (supported: :header-rows: N)"))
            }
            lines[index] = ""
        }
        var nested = Diagnostics()
        let body = MarkdownParser.parseBlocks(lines.joined(separator: "\n"), file: file, diagnostics: &nested, depth: depth + 1)
            .shifted(lines: fenceLine)
        diagnostics.append(contentsOf: nested.shifted(lines: fenceLine))
        func fail(_ message: String, at position: SourcePosition) -> MarkdownNode {
            diagnostics.append(.error(file, line: position.line, column: position.column, code: "list-table.invalid", message))
            return block
        }
        guard body.children.count == 1, let list = body.children.first, case .list(let outer) = list.kind, !outer.ordered else {
            return fail("a list-table must contain one bullet list of rows, each row a bullet list of cells", at: block.range.start)
        }
        var rows: [MarkdownNode] = []
        var width: Int?
        for (index, item) in list.children.enumerated() {
            guard item.children.count == 1, let cellList = item.children.first, case .list(let inner) = cellList.kind, !inner.ordered else {
                return fail("list-table row \(index + 1) is not a bullet list of cells", at: item.range.start)
            }
            if let width, width != cellList.children.count {
                return fail("list-table row \(index + 1) has \(cellList.children.count) cells, but the first row has \(width)", at: item.range.start)
            }
            width = cellList.children.count
            let cells = cellList.children.map { cell in
                MarkdownNode(.tableCell, range: cell.range, children: inner.tight ? cell.children.flatMap(\.unwrappedParagraph) : cell.children)
            }
            rows.append(MarkdownNode(.tableRow(header: index < headerRows), range: item.range, children: cells))
        }
        if headerRows > rows.count {
            diagnostics.append(.warning(file, line: headerRowsLine, column: 1, code: "list-table.header-rows",
                                        ":header-rows: \(headerRows) is more than the table's \(rows.count) row\(rows.count == 1 ? "" : "s"); every row is a header row"))
        }
        let caption = info.dropFirst(infoPrefix.count).trimmingSpaces
        let alignments = [MarkdownNode.Alignment?](repeating: nil, count: width ?? 0)
        return MarkdownNode(.table(.init(alignments: alignments, caption: caption.isEmpty ? nil : caption)), range: block.range, children: rows)
    }
}

extension MarkdownNode {
    /// A paragraph's inlines, as a tight list item shows them; other blocks unchanged.
    var unwrappedParagraph: [MarkdownNode] {
        if case .paragraph = kind { return children }
        return [self]
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let text = String(self)
        guard let first = text.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = text.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(text[first...last])
    }
}
