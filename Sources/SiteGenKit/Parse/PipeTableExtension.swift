/// GitHub-style pipe tables, following the GFM spec's table rules. cmark sees a table as a
/// paragraph; this pass re-reads that paragraph's source lines, and where a header row is
/// followed by a delimiter row, splits cells on unescaped pipes and parses each cell's inline
/// Markdown with cmark.
enum PipeTableExtension {
    static func apply(_ node: MarkdownNode, source: String) -> MarkdownNode {
        // Most documents have no candidate paragraph: skip splitting and copying the tree.
        guard node.hasPipeParagraph else { return node }
        return transform(node, lines: SourceLines(source))
    }

    private static func transform(_ node: MarkdownNode, lines: SourceLines) -> MarkdownNode {
        var node = node
        var result: [MarkdownNode] = []
        result.reserveCapacity(node.children.count)
        for child in node.children {
            switch child.kind {
            case .paragraph where child.containsPipe:
                result.append(contentsOf: split(child, lines: lines))
            case .document, .blockQuote, .list, .item:
                result.append(transform(child, lines: lines))
            default:
                result.append(child)
            }
        }
        node.children = result
        return node
    }

    /// The paragraph's lines with container prefixes (`> `, list indentation) removed.
    private static func sourceRows(of paragraph: MarkdownNode, lines: SourceLines) -> [PipeRow] {
        let start = paragraph.range.start, end = paragraph.range.end
        guard start.line >= 1, end.line >= start.line, end.line <= lines.count else { return [] }
        return (start.line...end.line).map { number in
            var line = lines[number - 1]
            if line.hasSuffix("\r") { line = line.dropLast() }
            // The first line starts at the paragraph's column; later lines lose whatever block-quote
            // markers and indentation stand before that column ("> ", ">", "  ").
            let limit = max(start.column - 1, 0)
            let dropped = number == start.line
                ? min(limit, line.utf8.count)
                : line.utf8.prefix(limit).prefix { $0 == 0x20 || $0 == 0x09 || $0 == 0x3E }.count
            let content = Substring(line.utf8.dropFirst(dropped))
            return PipeRow(text: content, line: number, column: dropped + 1)
        }
    }

    private static func split(_ paragraph: MarkdownNode, lines: SourceLines) -> [MarkdownNode] {
        let rows = sourceRows(of: paragraph, lines: lines)
        guard rows.count >= 2 else { return [paragraph] }
        for index in 0..<(rows.count - 1) {
            let header = rows[index].cells
            guard let alignments = rows[index + 1].delimiterAlignments, alignments.count == header.count,
                  rows[index].text.contains("|") || rows[index + 1].text.contains("|") else { continue }
            var result: [MarkdownNode] = []
            if index > 0 {
                result.append(leadingParagraph(rows[..<index], original: paragraph))
            }
            result.append(table(header: rows[index], body: rows[(index + 2)...], alignments: alignments))
            return result
        }
        return [paragraph]
    }

    /// The lines above a table that interrupted a paragraph stay a paragraph of their own.
    private static func leadingParagraph(_ rows: ArraySlice<PipeRow>, original: MarkdownNode) -> MarkdownNode {
        let text = rows.map { String($0.text) }.joined(separator: "\n")
        let parsed = CMarkParser.parse(text).document
        var paragraph = parsed.children.first { $0.kind == .paragraph } ?? MarkdownNode(.paragraph, children: [MarkdownNode(.text(text))])
        paragraph = paragraph.shifted(lines: original.range.start.line - 1, columns: original.range.start.column - 1)
        return paragraph
    }

    private static func table(header: PipeRow, body: ArraySlice<PipeRow>, alignments: [MarkdownNode.Alignment?]) -> MarkdownNode {
        let width = alignments.count
        func row(_ source: PipeRow, isHeader: Bool) -> MarkdownNode {
            var cells = source.cells.prefix(width).map { cell in
                MarkdownNode(.tableCell, range: source.range(column: cell.column), children: TableCellParser.inlines(cell.text, line: source.line, column: source.column + cell.column - 1))
            }
            while cells.count < width { cells.append(MarkdownNode(.tableCell, range: source.range(column: 0))) }
            return MarkdownNode(.tableRow(header: isHeader), range: source.range(column: 0), children: cells)
        }
        let rows = [row(header, isHeader: true)] + body.map { row($0, isHeader: false) }
        let end = body.last ?? header
        return MarkdownNode(
            .table(.init(alignments: alignments, caption: nil)),
            range: SourceRange(start: .init(line: header.line, column: header.column), end: .init(line: end.line, column: end.column + end.text.utf8.count)),
            children: rows
        )
    }
}

/// A document's lines, found by one scan of its UTF-8 bytes; a line is cut out only when a
/// table candidate asks for it. (Splitting every document into line substrings up front was
/// half of the Markdown extensions' time.) Lines end before `\n`, so a `\r` stays on them.
struct SourceLines {
    private let source: String
    /// UTF-8 offset of each line's first byte, and one past the end of the text.
    private let starts: [Int]

    init(_ source: String) {
        var source = source
        var starts = [0]
        source.withUTF8 { bytes in
            for index in bytes.indices where bytes[index] == 0x0A { starts.append(index + 1) }
            starts.append(bytes.count + 1)
        }
        self.source = source
        self.starts = starts
    }

    var count: Int { starts.count - 1 }

    /// Line `index` (0-based), without its `\n`.
    subscript(index: Int) -> Substring {
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: starts[index])
        let end = utf8.index(utf8.startIndex, offsetBy: starts[index + 1] - 1)
        return source[start..<end]
    }
}

/// One source line of a candidate table.
struct PipeRow {
    var text: Substring
    var line: Int
    /// 1-based column where `text` starts in the file's line.
    var column: Int

    func range(column offset: Int) -> SourceRange {
        let start = SourcePosition(line: line, column: column + max(offset - 1, 0))
        return SourceRange(start: start, end: .init(line: line, column: column + text.utf8.count))
    }

    /// Cells split on unescaped pipes; `\|` becomes `|` even inside code spans (GFM rule).
    /// Columns are 1-based offsets into `text`.
    var cells: [(text: String, column: Int)] {
        let bytes = Array(text.utf8)
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        if start < end, bytes[start] == 0x7C { start += 1 }
        if end > start, bytes[end - 1] == 0x7C, !(end - 2 >= start && bytes[end - 2] == 0x5C) { end -= 1 }
        var cells: [(String, Int)] = []
        var current: [UInt8] = []
        var cellStart = start, index = start
        func finish() {
            var leading = 0
            while leading < current.count, current[leading] == 0x20 || current[leading] == 0x09 { leading += 1 }
            var trailing = current.count
            while trailing > leading, current[trailing - 1] == 0x20 || current[trailing - 1] == 0x09 { trailing -= 1 }
            cells.append((String(decoding: current[leading..<trailing], as: UTF8.self), cellStart + leading + 1))
        }
        while index < end {
            let byte = bytes[index]
            if byte == 0x5C, index + 1 < end {
                if bytes[index + 1] != 0x7C { current.append(byte) }
                current.append(bytes[index + 1])
                index += 2
            } else if byte == 0x7C {
                finish()
                current = []
                index += 1
                cellStart = index
            } else {
                current.append(byte)
                index += 1
            }
        }
        finish()
        return cells
    }

    /// The alignments when this line is a delimiter row (`| :--- | :-: | --: |`), else nil.
    var delimiterAlignments: [MarkdownNode.Alignment?]? {
        var result: [MarkdownNode.Alignment?] = []
        for cell in cells {
            let text = cell.text
            let left = text.hasPrefix(":"), right = text.hasSuffix(":") && text.count > 1
            let dashes = text.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            result.append(left && right ? .center : left ? .left : right ? .right : nil)
        }
        return result.isEmpty ? nil : result
    }
}

extension MarkdownNode {
    /// Whether a paragraph anywhere in this container tree contains `|`.
    var hasPipeParagraph: Bool {
        switch kind {
        case .paragraph: return containsPipe
        case .document, .blockQuote, .list, .item: return children.contains { $0.hasPipeParagraph }
        default: return false
        }
    }

    /// Whether any literal in this paragraph contains `|` — a cheap test before re-reading source.
    var containsPipe: Bool {
        switch kind {
        case .text(let s), .code(let s): return UTF8Scan.contains(s, byte: 0x7C)
        default: return children.contains { $0.containsPipe }
        }
    }
}
