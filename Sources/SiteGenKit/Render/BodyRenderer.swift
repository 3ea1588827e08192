/// Renders a document's Markdown for one page: links resolved for the page's language and
/// location, labels in the body's language.
struct BodyRenderer: Sendable {
    /// Resolves links through the page's `SiteReads`, so what they check is recorded.
    let resolver: LinkResolver
    let bodies: BodyStore

    func render(_ document: SourceDocument, language: String, pagePath: String, diagnostics: inout Diagnostics) -> String {
        guard let prepared = bodies.prepared(of: document) else {
            // Publishing the page without its text would be a wrong site: fail the build instead.
            diagnostics.append(.error(document.displayPath, code: "file.unreadable", "cannot read the file again to render its page (was it changed or removed during the build?)"))
            return ""
        }
        let rewriter = LinkRewriter(resolver: resolver)
        return prepared.html { slot in
            rewriter.destination(for: slot, document: document, language: language, pagePath: pagePath, diagnostics: &diagnostics)
        }
    }
}

extension MarkdownLabels {
    /// Everything `site` reads, as one string: bodies rendered with labels of equal keys are
    /// equal, so a body kept from an earlier build is reused only while this stays the same.
    static func siteKey(_ language: String, config: SiteConfig, strings: [String: UIStrings]) -> String {
        let t = strings[language] ?? UIStrings(language: language, values: [:])
        var key = config.revision
        for name in CalloutKind.allCases.map({ "callout_\($0.rawValue)" }) + ["table", "scope_only", "list_separator"] {
            key += "\u{0}" + t[name]
        }
        return key
    }

    /// The words a body written in `language` shows: its callout titles and scope notes.
    static func site(_ language: String, config: SiteConfig, strings: [String: UIStrings]) -> MarkdownLabels {
        let t = strings[language] ?? UIStrings(language: language, values: [:])
        var callouts: [CalloutKind: String] = [:]
        for kind in CalloutKind.allCases { callouts[kind] = t["callout_\(kind.rawValue)"] }
        return MarkdownLabels(callouts: callouts, tableRegion: t["table"]) { entries in
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
