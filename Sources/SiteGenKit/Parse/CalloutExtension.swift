import Foundation

/// The GitHub-style alert kinds: `> [!NOTE]` and friends.
public enum CalloutKind: String, Sendable, CaseIterable, Hashable {
    case note, tip, important, warning, caution
}

/// Turns a block quote whose first line is `[!KIND]` into a callout node. The marker must stand
/// alone on the quote's first line, as on GitHub; anything else stays a block quote.
enum CalloutExtension {
    static func apply(_ node: inout MarkdownNode) {
        // Checked once here, not at every level of the walk below.
        guard node.containsBlock(where: { $0 == .blockQuote }) else { return }
        transform(&node)
    }

    private static func transform(_ node: inout MarkdownNode) {
        if node.holdsBlocks {
            for index in node.children.indices { transform(&node.children[index]) }
        }
        guard case .blockQuote = node.kind, let first = node.children.first, case .paragraph = first.kind else { return }
        // cmark splits "[!NOTE]" into several text nodes; gather the inlines before the first break.
        let lineEnd = first.children.firstIndex { $0.kind == .softBreak || $0.kind == .lineBreak } ?? first.children.endIndex
        let leading = first.children[..<lineEnd]
        guard leading.allSatisfy({ if case .text = $0.kind { return true } else { return false } }) else { return }
        let marker = leading.map(\.plainText).joined().trimmingCharacters(in: .whitespaces)
        guard marker.hasPrefix("[!"), marker.hasSuffix("]"),
              let kind = CalloutKind(rawValue: marker.dropFirst(2).dropLast().lowercased()) else { return }
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
