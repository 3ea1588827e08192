/// Rewrites the link and image destinations of a page body with the `LinkResolver`, reporting
/// broken links at their position in the source file.
struct LinkRewriter {
    let resolver: LinkResolver

    func rewrite(_ node: MarkdownNode, document: SourceDocument, language: String, pagePath: String, diagnostics: inout [Diagnostic]) -> MarkdownNode {
        var node = node
        switch node.kind {
        case .link(let destination, let title):
            node.kind = .link(destination: map(destination, node, document, language, pagePath, &diagnostics), title: title)
        case .image(let source, let title):
            node.kind = .image(source: map(source, node, document, language, pagePath, &diagnostics), title: title)
        default:
            break
        }
        if !node.children.isEmpty {
            node.children = node.children.map { rewrite($0, document: document, language: language, pagePath: pagePath, diagnostics: &diagnostics) }
        }
        return node
    }

    private func map(_ destination: String, _ node: MarkdownNode, _ document: SourceDocument, _ language: String, _ pagePath: String, _ diagnostics: inout [Diagnostic]) -> String {
        switch resolver.resolve(destination, in: document, language: language, pagePath: pagePath) {
        case .unchanged:
            return destination
        case .resolved(let url):
            return url
        case .broken(let message):
            diagnostics.append(.error(document.displayPath, line: node.range.start.line, column: node.range.start.column, message))
            return destination
        case .missingAnchor(let url, let message):
            diagnostics.append(.warning(document.displayPath, line: node.range.start.line, column: node.range.start.column, message))
            return url
        }
    }
}
