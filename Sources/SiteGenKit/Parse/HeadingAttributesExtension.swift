/// Reads an attribute block at the end of a heading: `## Refund fees {#refund-fees}` sets the
/// id (so anchors survive translation), `{only=enterprise}` or `{only=desk:enterprise,mail:pro}`
/// limits the section to some products or tiers ("except where noted"). A brace group with
/// anything else in it is ordinary heading text.
enum HeadingAttributesExtension {
    static func apply(_ node: inout MarkdownNode) {
        // Checked once here, not at every level of the walk below.
        guard node.containsBlock(where: { if case .heading = $0 { return true } else { return false } }) else { return }
        transform(&node)
    }

    private static func transform(_ node: inout MarkdownNode) {
        if case .heading(var info) = node.kind {
            guard let (attributes, remaining) = splitAttributes(node.children) else { return }
            info.id = attributes.id ?? info.id
            info.scope = attributes.scope
            node.kind = .heading(info)
            node.children = remaining
            return
        }
        if node.holdsBlocks {
            for index in node.children.indices { transform(&node.children[index]) }
        }
    }

    struct Attributes {
        var id: String?
        var scope: [String] = []
    }

    private static func splitAttributes(_ inlines: [MarkdownNode]) -> (Attributes, [MarkdownNode])? {
        // cmark may split text at `_` and similar; join the trailing run of text nodes.
        let tailStart = inlines.lastIndex { if case .text = $0.kind { return false } else { return true } }.map { $0 + 1 } ?? 0
        let tail = inlines[tailStart...]
        let text = tail.map(\.plainText).joined()
        guard text.hasSuffix("}"), let open = text.lastIndex(of: "{"),
              let attributes = parse(text[text.index(after: open)..<text.index(before: text.endIndex)]) else { return nil }
        var remaining = Array(inlines[..<tailStart])
        let before = String(text[..<open]).trimmingTrailingSpaces
        if !before.isEmpty {
            remaining.append(MarkdownNode(.text(before), range: tail.first?.range ?? .unknown))
        }
        return (attributes, remaining)
    }

    private static func parse(_ body: Substring) -> Attributes? {
        var attributes = Attributes()
        let tokens = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !tokens.isEmpty else { return nil }
        for token in tokens {
            if token.hasPrefix("#"), token.count > 1 {
                attributes.id = String(token.dropFirst())
            } else if token.hasPrefix("only="), token.count > 5 {
                attributes.scope = token.dropFirst(5).split(separator: ",").map(String.init)
            } else {
                return nil
            }
        }
        return attributes
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" { copy.removeLast() }
        return copy
    }
}
