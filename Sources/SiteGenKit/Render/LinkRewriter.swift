/// Resolves the link and image destinations of a page body (`PreparedBody` slots) with the
/// `LinkResolver`, reporting broken links at their position in the source file.
struct LinkRewriter {
    let resolver: LinkResolver

    func destination(for slot: LinkSlot, document: SourceDocument, language: String, pagePath: String, diagnostics: inout Diagnostics) -> String {
        switch resolver.resolve(slot.destination, in: document, language: language, pagePath: pagePath) {
        case .unchanged:
            return slot.destination
        case .resolved(let url):
            return url
        case .broken(let message):
            diagnostics.append(.error(document.displayPath, line: slot.line, column: slot.column, code: "link.broken", message))
            return slot.destination
        case .missingAnchor(let url, let message):
            diagnostics.append(.error(document.displayPath, line: slot.line, column: slot.column, code: "link.anchor-missing", message))
            return url
        }
    }
}
