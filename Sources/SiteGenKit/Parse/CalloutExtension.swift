import Foundation

/// The GitHub-style alert kinds: `> [!NOTE]` and friends.
public enum CalloutKind: String, Sendable, CaseIterable, Hashable {
    case note, tip, important, warning, caution
}

/// Turns a block quote whose first line is `[!KIND]` into a callout node. The marker must stand
/// alone on the quote's first line, as on GitHub; anything else stays a block quote.
enum CalloutExtension {
    static func apply(_ node: inout MarkdownNode, file: String = "<input>", diagnostics: inout Diagnostics) {
        // Checked once here, not at every level of the walk below.
        guard node.containsBlock(where: { $0 == .blockQuote }) else { return }
        transform(&node, file: file, diagnostics: &diagnostics)
    }

    static func apply(_ node: inout MarkdownNode) {
        var diagnostics = Diagnostics()
        apply(&node, diagnostics: &diagnostics)
    }

    private static func transform(_ node: inout MarkdownNode, file: String, diagnostics: inout Diagnostics) {
        if node.holdsBlocks {
            for index in node.children.indices { transform(&node.children[index], file: file, diagnostics: &diagnostics) }
        }
        guard case .blockQuote = node.kind, let first = node.children.first, case .paragraph = first.kind else { return }
        // cmark splits "[!NOTE]" into several text nodes; gather the inlines before the first break.
        let lineEnd = first.children.firstIndex { $0.kind == .softBreak || $0.kind == .lineBreak } ?? first.children.endIndex
        let leading = first.children[..<lineEnd]
        guard leading.allSatisfy({ if case .text = $0.kind { return true } else { return false } }) else { return }
        let marker = leading.map(\.plainText).joined().trimmingCharacters(in: .whitespaces)
        guard marker.hasPrefix("[!"), marker.hasSuffix("]") else { return }
        let name = marker.dropFirst(2).dropLast()
        guard let kind = CalloutKind(rawValue: name.lowercased()) else {
            // A typo (`[!NOET]`) would silently show the marker as text in a plain quote.
            if !name.isEmpty, name.allSatisfy({ $0.isLetter }) {
                diagnostics.append(.warning(file, line: node.range.start.line, column: node.range.start.column, code: "callout.unknown-type",
                                            "unknown callout type '[!\(TerminalText.escaped(String(name)))]' (known: \(CalloutKind.allCases.map { "[!\($0.rawValue.uppercased())]" }.joined(separator: ", "))); it is shown as a plain quote"))
            }
            return
        }
        var rest = Array(first.children[lineEnd...])
        if let head = rest.first, head.kind == .softBreak || head.kind == .lineBreak { rest.removeFirst() }
        var children = Array(node.children.dropFirst())
        if !rest.isEmpty {
            var paragraph = first
            paragraph.children = rest
            if let start = rest.first?.range.start, start.line > 0 { paragraph.range.start = start }
            children.insert(paragraph, at: 0)
        }
        node = MarkdownNode(.callout(kind), range: node.range, children: children)
    }
}
