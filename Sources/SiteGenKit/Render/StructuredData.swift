/// schema.org structured data (JSON-LD) of an article page: the article with its publisher, and
/// the breadcrumb trail search engines show instead of the URL.
enum StructuredData {
    /// A JSON value with object keys in the order given: the output is deterministic.
    indirect enum Value {
        case string(String)
        case int(Int)
        case object([(String, Value)])
        case array([Value])

        /// Script-safe JSON: `<`, `>` and `&` escaped so no value can end the script element.
        var json: String {
            switch self {
            case .string(let text): return JSONText.string(text, forScript: true)
            case .int(let number): return String(number)
            case .array(let values): return "[" + values.map(\.json).joined(separator: ",") + "]"
            case .object(let pairs):
                return "{" + pairs.map { JSONText.string($0.0, forScript: true) + ":" + $0.1.json }.joined(separator: ",") + "}"
            }
        }
    }

    /// - Parameter trail: breadcrumb names with absolute URLs, home first, the article last.
    static func article(headline: String, description: String?, language: String, url: String, datePublished: String? = nil, dateModified: String?,
                        publisher: String, trail: [(name: String, url: String)]) -> String {
        var article: [(String, Value)] = [
            ("@type", .string("TechArticle")), ("headline", .string(headline)), ("inLanguage", .string(language)), ("url", .string(url)),
        ]
        if let description { article.append(("description", .string(description))) }
        if let datePublished { article.append(("datePublished", .string(datePublished))) }
        if let dateModified { article.append(("dateModified", .string(dateModified))) }
        article.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(publisher))])))
        let items: [Value] = trail.enumerated().map { index, crumb in
            .object([("@type", .string("ListItem")), ("position", .int(index + 1)), ("name", .string(crumb.name)), ("item", .string(crumb.url))])
        }
        let graph: Value = .object([
            ("@context", .string("https://schema.org")),
            ("@graph", .array([.object(article), .object([("@type", .string("BreadcrumbList")), ("itemListElement", .array(items))])])),
        ])
        return graph.json
    }
}
