/// A Markdown file parsed with sitegen's extensions, with the problems found on the way.
public struct ParsedMarkdown: Sendable {
    public var document: MarkdownNode
    public var diagnostics: Diagnostics
}

/// Parses Markdown with cmark, then applies sitegen's extensions to the tree: pipe tables,
/// list tables, callouts, heading attributes (`{#id only=…}`) and heading ids.
public enum MarkdownParser {
    /// - Parameters:
    ///   - file: the path reported in diagnostics.
    ///   - lineOffset: lines before the Markdown in its file (front matter), so positions are the file's.
    public static func parse(_ markdown: String, file: String = "<input>", lineOffset: Int = 0) -> ParsedMarkdown {
        var diagnostics = Diagnostics()
        var document = parseBlocks(markdown, file: file, diagnostics: &diagnostics)
        HeadingIDExtension.apply(&document, file: file, diagnostics: &diagnostics)
        if lineOffset != 0 {
            document.shift(lines: lineOffset)
            diagnostics = diagnostics.shifted(lines: lineOffset)
        }
        return ParsedMarkdown(document: document, diagnostics: diagnostics)
    }

    /// Block-level parse with every extension but heading ids, which need the whole page.
    /// List tables call back in here for their cells.
    static func parseBlocks(_ markdown: String, file: String, diagnostics: inout Diagnostics, depth: Int = 0) -> MarkdownNode {
        let (parsed, truncated) = CMarkParser.parse(markdown)
        if truncated {
            diagnostics.append(.warning(file, code: "markdown.too-deep", "content nested more than \(CMarkParser.maximumDepth) levels deep is shown as plain text"))
        }
        var document = PipeTableExtension.apply(parsed, source: markdown)
        document = ListTableExtension.apply(document, file: file, diagnostics: &diagnostics, depth: depth)
        // These passes change the tree in place: it is uniquely referenced here, so no node is copied.
        CalloutExtension.apply(&document, file: file, diagnostics: &diagnostics)
        HeadingAttributesExtension.apply(&document)
        return document
    }
}

extension MarkdownNode {
    /// The same tree moved down by `lines`; `columns` moves positions on its first line, for
    /// fragments (table cells) that were parsed on their own.
    func shifted(lines: Int, columns: Int = 0) -> MarkdownNode {
        var node = self
        node.shift(lines: lines, columns: columns)
        return node
    }

    /// `shifted`, in place: a freshly parsed tree is uniquely referenced, so no node or child
    /// array is copied (rebuilding the tree was 4 % of a full build).
    mutating func shift(lines: Int, columns: Int = 0) {
        if range.start.line > 0 {
            range = range.offset(lines: lines, columns: columns)
        }
        for index in children.indices {
            children[index].shift(lines: lines, columns: columns)
        }
    }
}
