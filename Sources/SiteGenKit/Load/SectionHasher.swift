/// A part of an article between two top-level headings, with a hash of its source text, so a
/// change in the source can be located in its translations ("the section 'Refund fees'
/// changed").
public struct SourceSection: Sendable, Equatable {
    /// The heading id ("_intro" for the text before the first heading).
    public var id: String
    public var title: String
    /// 8 hex digits of the section's text (whitespace at line ends ignored).
    public var hash: String
    /// 1-based line of the heading in its file.
    public var line: Int

    public static let introID = "_intro"
}

enum SectionHasher {
    /// Splits `body` (the text after front matter) at its top-level headings.
    /// - Parameter bodyLineOffset: lines before the body in the file; node ranges are file lines.
    static func sections(body: String, document: MarkdownNode, bodyLineOffset: Int) -> [SourceSection] {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var starts: [(id: String, title: String, line: Int)] = [(SourceSection.introID, "", bodyLineOffset + 1)]
        for node in document.children {
            if case .heading(let info) = node.kind, let id = info.id, node.range.start.line > 0 {
                starts.append((id, node.plainText, node.range.start.line))
            }
        }
        var result: [SourceSection] = []
        for (index, start) in starts.enumerated() {
            let from = start.line - bodyLineOffset - 1
            let to = index + 1 < starts.count ? starts[index + 1].line - bodyLineOffset - 1 : lines.count
            guard from >= 0, from <= to, to <= lines.count else { continue }
            let text = lines[from..<to].map { $0.trimmingTrailingWhitespace }.joined(separator: "\n").trimmingNewlines
            if start.id == SourceSection.introID && text.isEmpty { continue }
            result.append(SourceSection(id: start.id, title: start.title, hash: String(stableHash(text.utf8).prefix(8)), line: start.line))
        }
        return result
    }

    /// The revision a translation is stamped with: the title and body of the source, not its
    /// other front matter (a new `updated` date alone does not make translations outdated).
    static func contentRevision(title: String?, body: String) -> String {
        String(stableHash(((title ?? "") + "\n" + body.trimmingNewlines).utf8).prefix(12))
    }
}

extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var end = endIndex
        while end > startIndex, let previous = Optional(index(before: end)), self[previous] == " " || self[previous] == "\t" || self[previous] == "\r" { end = previous }
        return self[startIndex..<end]
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
