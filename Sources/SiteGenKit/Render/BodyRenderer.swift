/// Renders a document's Markdown for one page: links resolved for the page's language and
/// location, labels in the body's language.
struct BodyRenderer: Sendable {
    let site: Site
    let resolver: LinkResolver
    let strings: [String: UIStrings]
    let documents: DocumentBodies

    func render(_ document: SourceDocument, language: String, pagePath: String, diagnostics: inout [Diagnostic]) -> String {
        let rewritten = LinkRewriter(resolver: resolver).rewrite(documents.body(of: document), document: document, language: language, pagePath: pagePath, diagnostics: &diagnostics)
        return HTMLRenderer.render(rewritten, unsafe: site.config.unsafe, labels: labels(for: document.language))
    }

    func labels(for language: String) -> MarkdownLabels {
        let t = strings[language] ?? UIStrings(language: language, values: [:])
        var callouts: [CalloutKind: String] = [:]
        for kind in CalloutKind.allCases { callouts[kind] = t["callout_\(kind.rawValue)"] }
        let config = site.config
        return MarkdownLabels(callouts: callouts) { entries in
            let names = entries.map { entry -> String in
                let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
                if parts.count == 2 {
                    let product = config.product(parts[0])?.name(in: language, defaultLanguage: config.defaultLanguage) ?? parts[0]
                    let tier = config.tier(parts[1])?.name(in: language, defaultLanguage: config.defaultLanguage) ?? parts[1]
                    return "\(product) \(tier)"
                }
                return (config.tier(entry) ?? config.product(entry))?.name(in: language, defaultLanguage: config.defaultLanguage) ?? entry
            }
            return t.format("scope_only", ["items": names.joined(separator: t["list_separator"])])
        }
    }
}
