/// Cuts an article into its `SourceSection`s and hashes them, and gives a source's revision.
enum SectionHasher {
    /// Splits `body` (the text after front matter) at its top-level headings.
    /// - Parameter bodyLineOffset: lines before the body in the file; node ranges are file lines.
    static func sections(body: String, document: MarkdownNode, bodyLineOffset: Int) -> [SourceSection] {
        let bytes = Array(body.utf8)
        // Byte offset where each line starts (works on bytes: this runs for every file).
        var lineStarts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(offset + 1) }
        var starts: [(id: String, title: String, line: Int)] = [(SourceSection.introID, "", bodyLineOffset + 1)]
        for node in document.children {
            if case .heading(let info) = node.kind, let id = info.id, node.range.start.line > 0 {
                starts.append((id, node.plainText, node.range.start.line))
            }
        }
        var result: [SourceSection] = []
        for (index, start) in starts.enumerated() {
            let from = start.line - bodyLineOffset - 1
            let to = index + 1 < starts.count ? starts[index + 1].line - bodyLineOffset - 1 : lineStarts.count
            guard from >= 0, from <= to, to <= lineStarts.count else { continue }
            let text = normalizedText(bytes, lineStarts: lineStarts, lines: from..<to)
            if start.id == SourceSection.introID && text.isEmpty { continue }
            result.append(SourceSection(id: start.id, title: start.title, hash: String(stableHash(text).prefix(8)), line: start.line))
        }
        return result
    }

    /// The lines joined by "\n", each without trailing spaces, tabs or CR, with blank lines
    /// at both ends dropped: edits to whitespace alone do not count as changes.
    private static func normalizedText(_ bytes: [UInt8], lineStarts: [Int], lines: Range<Int>) -> [UInt8] {
        var text: [UInt8] = []
        for line in lines {
            let start = lineStarts[line]
            var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
            if line > lines.lowerBound { text.append(0x0A) }
            text.append(contentsOf: bytes[start..<end])
        }
        let first = text.firstIndex { $0 != 0x0A } ?? text.endIndex
        let last = text.lastIndex { $0 != 0x0A }.map { $0 + 1 } ?? first
        return first < last ? Array(text[first..<last]) : []
    }

    /// The revision a translation is stamped with: the title and body of the source, not its
    /// other front matter (a new `updated` date alone does not make translations outdated).
    static func contentRevision(title: String?, body: String) -> String {
        String(stableHash(((title ?? "") + "\n" + body.trimmingNewlines).utf8).prefix(12))
    }
}

extension String {
    var trimmingNewlines: String {
        var scalars = Substring(self)
        while scalars.first == "\n" { scalars.removeFirst() }
        while scalars.last == "\n" { scalars.removeLast() }
        return String(scalars)
    }
}
