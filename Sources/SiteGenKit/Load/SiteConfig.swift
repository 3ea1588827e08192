/// `content/site.yml`: the languages, products and tiers shared by every page.
public struct SiteConfig: Sendable {
    public struct Language: Sendable, Hashable {
        public var code: String
        public var name: String
        public var rightToLeft: Bool
        public var direction: String { rightToLeft ? "rtl" : "ltr" }
    }

    /// A product or a plan tier: an id used in front matter and a display name per language.
    public struct Entity: Sendable, Hashable {
        public var id: String
        public var names: [String: String]
    }

    public enum Fallback: String, Sendable {
        /// Publish the source-language text, with a notice, where a translation is missing.
        case source
        /// Leave missing translations out.
        case none
    }

    public var titles: [String: String]
    /// Always ends with `/`.
    public var baseURL: String
    public var defaultLanguage: String
    public var languages: [Language]
    public var products: [Entity]
    public var tiers: [Entity]
    public var feedbackEndpoint: String?
    /// Where readers get help with their account (`support.url`): the feedback note links to it.
    public var supportURL: String?
    public var unsafe: Bool
    public var fallback: Fallback
    /// Severities set per diagnostic code (`diagnostics:`).
    public var diagnostics = DiagnosticPolicy()
    /// Custom front-matter keys the site uses (`params:`); nil when not declared, and then any
    /// key is accepted without a warning.
    public var declaredParams: Set<String>?
    /// Logo, accent colour, support and footer links (`brand:`).
    public var brand = SiteBrand()
    /// A hash of site.yml's bytes: any change to it may change every page.
    public var revision = ""

    /// The path part of `baseURL` ("/docs/" for `https://help.example/docs/`; "/" at a domain root).
    public var basePath: String {
        guard let scheme = baseURL.range(of: "://") else { return baseURL }
        let afterHost = baseURL[scheme.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }

    public func language(_ code: String) -> Language? { languages.first { $0.code == code } }
    public func product(_ id: String) -> Entity? { products.first { $0.id == id } }
    public func tier(_ id: String) -> Entity? { tiers.first { $0.id == id } }

    /// The site title in `language`, falling back to the default language.
    public func title(in language: String) -> String {
        titles[language] ?? titles[defaultLanguage] ?? titles.values.sorted().first ?? ""
    }
}

extension SiteConfig.Entity {
    /// The name in `language`, else the default language's, else the id.
    func name(in language: String, defaultLanguage: String) -> String {
        names[language] ?? names[defaultLanguage] ?? id
    }
}

extension SiteConfig {
    /// Reads `DIR/content/site.yml` from disk, for tools beside the build (the feedback
    /// collector): nil with the errors when it is missing or invalid.
    public static func load(siteFolder: String) -> (SiteConfig?, Diagnostics) {
        let folder = siteFolder.hasSuffix("/") ? String(siteFolder.dropLast()) : siteFolder
        var diagnostics = Diagnostics()
        let config = SiteConfigLoader.load(fileSystem: LocalFileSystem(), path: folder + "/content/site.yml", displayPath: "content/site.yml", diagnostics: &diagnostics)
        return (config, diagnostics)
    }
}
