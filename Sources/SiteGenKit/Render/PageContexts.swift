// Typed values handed to the Mustache templates, one file per page kind (this one: the layout
// every page shares; `PageContexts+<kind>.swift` for the rest). Every `String` here is
// HTML-escaped by the template (`{{…}}`) except the fields named `html`, which hold rendered
// Markdown (`{{{…}}}`). Right below each type, the fields templates may read, declared once:
// adding a field to a context is one line there. Names are checked against these when the
// theme loads.

/// What every page's layout needs.
struct PageContext<Main: Sendable>: Sendable {
    var page: PageLayout
    /// UI strings of the page's language (`{{t.last_updated}}`).
    var t: [String: String]
    var main: Main
}

extension PageContext: TemplateContext, TemplateData where Main: TemplateData {
    static var templateFields: TemplateFields<PageContext> {
        TemplateFields("page context", [
            .field("page", \.page),
            .field("t", \.t),
            .field("main", \.main),
        ])
    }
}

struct PageLayout: Sendable {
    var lang: String
    var dir: String
    var siteTitle: String
    /// The document title (`<title>`).
    var title: String
    var description: String?
    /// Relative prefix from this page to the output root ("../../").
    var root: String
    var homeURL: String
    /// Nil when site.yml lists no products: there is no availability page then.
    var availabilityURL: String?
    var canonicalURL: String?
    var noindex: Bool
    var alternates: [Alternate]
    var languages: [LanguageOption]
    var brand: BrandLayout
    /// The theme's assets by key (`site_css`), as links to their content-hashed names.
    var assets: [String: String]
    /// The name of the page's language, shown on the language menu's button.
    var languageName: String
    /// `og:locale`: the language as a locale ("en_US", "ar_AR").
    var locale: String
    /// JSON-LD, already made safe for a `<script>` element (`<`, `>` and `&` escaped as \u003c…).
    var jsonLD: String?
    var ogType: String
    /// The search form's action: the language's search page (`/<lang>/search/`).
    var searchURL: String
    /// The folder of the language's search index (`search/<lang>/`), for the search scripts.
    var searchIndexURL: String
    /// Where searches with no results are reported (`<feedback endpoint>/searches`), when the
    /// site has a feedback endpoint.
    var searchReportURL: String?
    /// Custom front-matter keys, `page.params.<key>`: a dynamic value, unlike the typed fields
    /// above (always a `.map`).
    var params: ParamValue
}

extension PageLayout: TemplateContext {
    static let templateFields = TemplateFields<PageLayout>("page", [
        .field("lang", \.lang),
        .field("dir", \.dir),
        .field("siteTitle", \.siteTitle),
        .field("title", \.title),
        .field("description", \.description),
        .field("root", \.root),
        .field("homeURL", \.homeURL),
        .field("availabilityURL", \.availabilityURL),
        .field("searchURL", \.searchURL),
        .field("searchIndexURL", \.searchIndexURL),
        .field("searchReportURL", \.searchReportURL),
        .computed("params") { TemplateValue($0.params) },
        .field("canonicalURL", \.canonicalURL),
        .field("noindex", \.noindex),
        .field("alternates", \.alternates),
        .field("languages", \.languages),
        .field("languageName", \.languageName),
        .field("locale", \.locale),
        .field("brand", \.brand),
        .field("assets", \.assets),
        .field("jsonLD", \.jsonLD),
        .field("ogType", \.ogType),
    ])
}

/// `site.yml`'s `brand:` as links from this page.
struct BrandLayout: Sendable {
    var logo: String?
    /// A `#rrggbb` colour that passed the contrast check.
    var accent: String?
    var support: String?
    var favicon: String
    var links: [LinkItem]
    var hasLinks: Bool
}

extension BrandLayout: TemplateContext {
    static let templateFields = TemplateFields<BrandLayout>("brand", [
        .field("logo", \.logo),
        .field("accent", \.accent),
        .field("support", \.support),
        .field("favicon", \.favicon),
        .field("links", \.links),
        .field("hasLinks", \.hasLinks),
    ])
}

struct Alternate: Sendable {
    var hreflang: String
    var href: String
}

extension Alternate: TemplateContext {
    static let templateFields = TemplateFields<Alternate>("alternate", [
        .field("hreflang", \.hreflang),
        .field("href", \.href),
    ])
}

/// One entry of the language menu.
struct LanguageOption: Sendable {
    var code: String
    var name: String
    var dir: String
    /// Nil when the page does not exist in that language.
    var href: String?
    var current: Bool
    /// Stored, not computed: templates see stored properties only.
    var unavailable: Bool
    var unavailableLabel: String
    /// The page exists in that language, but shows the untranslated original.
    var fallback: Bool
    /// "English original", in the reader's language.
    var fallbackLabel: String

    init(code: String, name: String, dir: String, href: String?, current: Bool, unavailableLabel: String, fallback: Bool = false, fallbackLabel: String = "") {
        self.code = code
        self.name = name
        self.dir = dir
        self.href = href
        self.current = current
        self.unavailable = href == nil && !current
        self.unavailableLabel = unavailableLabel
        self.fallback = fallback && href != nil
        self.fallbackLabel = fallbackLabel
    }
}

extension LanguageOption: TemplateContext {
    static let templateFields = TemplateFields<LanguageOption>("language option", [
        .field("code", \.code),
        .field("name", \.name),
        .field("dir", \.dir),
        .field("href", \.href),
        .field("current", \.current),
        .field("unavailable", \.unavailable),
        .field("unavailableLabel", \.unavailableLabel),
        .field("fallback", \.fallback),
        .field("fallbackLabel", \.fallbackLabel),
    ])
}

extension TemplateValue {
    /// Front-matter params: numbers keep their text, so they print as written.
    init(_ param: ParamValue) {
        switch param {
        case .string(let text), .number(let text): self = .string(text)
        case .bool(let flag): self = .bool(flag)
        case .list(let items): self = .list(items.map(TemplateValue.init))
        case .map(let map): self = .object(map.mapValues(TemplateValue.init))
        }
    }
}
