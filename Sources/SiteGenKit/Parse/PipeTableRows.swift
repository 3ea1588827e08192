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
