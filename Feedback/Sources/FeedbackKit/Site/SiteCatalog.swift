import Foundation
import SiteGenKit

/// What the collector and the report know of the published site: `content/site.yml` (languages,
/// base URL, fallback) and `public/sitegen-manifest.json` (article ids, revisions, translation states).
public struct SiteCatalog: Sendable {
    public struct Article: Sendable, Equatable {
        public var id: String
        /// The revision of each language's own file.
        public var revisions: [String: String]
        /// Translation states by language (`machine`, `outdated`, `unstamped`, `fallback`).
        public var states: [String: [String]]
    }

    public enum LoadError: Error, CustomStringConvertible {
        case config([String])
        case manifest(String)
        case baseURL(String)

        public var description: String {
            switch self {
            case .config(let lines): return "content/site.yml: " + lines.joined(separator: "; ")
            case .manifest(let message): return "public/sitegen-manifest.json: \(message) (run `sitegen build` first)"
            case .baseURL(let url): return "content/site.yml: baseURL '\(url)' must be an absolute http(s) URL for the collector (CORS and redirects are limited to its origin)"
            }
        }
    }

    /// Always ends with `/`.
    public var baseURL: String
    /// `scheme://host[:port]` of `baseURL`, lowercased: the only origin allowed by CORS and redirects.
    public var origin: String
    public var languages: [String]
    public var defaultLanguage: String
    public var fallbackToSource: Bool
    public var articles: [String: Article]

    public init(baseURL: String, languages: [String], defaultLanguage: String, fallbackToSource: Bool, articles: [Article]) throws {
        guard let origin = SiteCatalog.origin(of: baseURL) else { throw LoadError.baseURL(baseURL) }
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.origin = origin
        self.languages = languages
        self.defaultLanguage = defaultLanguage
        self.fallbackToSource = fallbackToSource
        self.articles = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads `DIR/content/site.yml` and `DIR/public/sitegen-manifest.json`.
    public static func load(siteFolder: String, publicFolder: String? = nil) throws -> SiteCatalog {
        let (config, diagnostics) = SiteConfig.load(siteFolder: siteFolder)
        guard let config else { throw LoadError.config(diagnostics.filter { $0.severity == .error }.map(\.message)) }
        let manifestPath = (publicFolder ?? siteFolder + "/public") + "/sitegen-manifest.json"
        guard let data = FileManager.default.contents(atPath: manifestPath) else { throw LoadError.manifest("missing") }
        let manifest: Manifest
        do { manifest = try JSONDecoder().decode(Manifest.self, from: data) } catch { throw LoadError.manifest("unreadable: \(error)") }
        return try SiteCatalog(
            baseURL: config.baseURL, languages: config.languages.map(\.code), defaultLanguage: config.defaultLanguage,
            fallbackToSource: config.fallback == .source,
            articles: manifest.articles.map { Article(id: $0.id, revisions: $0.revisions, states: $0.states ?? [:]) }
        )
    }

    /// Whether readers of `language` see a page for `article` (its translation, or the source as a fallback).
    public func isPublished(_ article: String, in language: String) -> Bool {
        guard let entry = articles[article], languages.contains(language) else { return false }
        return entry.revisions[language] != nil || fallbackToSource
    }

    /// The revision a page in `language` is built from today: the translation's, else the source's.
    public func pageRevision(_ article: String, in language: String) -> String? {
        guard isPublished(article, in: language), let entry = articles[article] else { return nil }
        return entry.revisions[language] ?? entry.revisions[defaultLanguage]
    }

    public func sourceRevision(_ article: String) -> String? { articles[article]?.revisions[defaultLanguage] }

    public func states(_ article: String, in language: String) -> [String] { articles[article]?.states[language] ?? [] }

    /// The page's absolute URL, as the build writes it.
    public func articleURL(_ article: String, language: String) -> String {
        baseURL + SiteURLs.article(article, language: language)
    }

    /// True for an absolute http(s) URL on the site's origin and under its base path.
    public func isOnSite(_ url: String) -> Bool {
        guard SiteCatalog.origin(of: url) == origin, let components = URLComponents(string: url),
              components.user == nil, components.password == nil else { return false }
        let basePath = URLComponents(string: baseURL)?.path ?? "/"
        return (components.path.isEmpty ? "/" : components.path).hasPrefix(basePath.isEmpty ? "/" : basePath)
    }

    /// `scheme://host[:port]` for an http(s) URL, lowercased; nil for anything else.
    public static func origin(of url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host?.lowercased(), !host.isEmpty else { return nil }
        let defaultPort = scheme == "https" ? 443 : 80
        if let port = components.port, port != defaultPort { return "\(scheme)://\(host):\(port)" }
        return "\(scheme)://\(host)"
    }

    private struct Manifest: Decodable {
        struct Entry: Decodable {
            var id: String
            var revisions: [String: String]
            var states: [String: [String]]?
        }
        var articles: [Entry]
    }
}
