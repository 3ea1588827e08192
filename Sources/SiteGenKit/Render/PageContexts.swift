/// Typed values handed to the Mustache templates. Every `String` here is HTML-escaped by the
/// template (`{{…}}`) except the fields named `html`, which hold rendered Markdown (`{{{…}}}`).

/// What every page's layout needs.
struct PageContext<Main: Sendable>: Sendable {
    var page: PageLayout
    /// UI strings of the page's language (`{{t.last_updated}}`).
    var t: [String: String]
    var main: Main
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

struct Alternate: Sendable {
    var hreflang: String
    var href: String
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

struct LinkItem: Sendable {
    var title: String
    var href: String
    var description: String?
    /// The language of the title when it is borrowed from the source language (fallback).
    var lang: String?
    /// With `lang`: its direction, and the visible badge naming it ("English").
    var dir: String?
    var badge: String?

    init(title: String, href: String, description: String? = nil, lang: String? = nil, config: SiteConfig? = nil) {
        self.title = title
        self.href = href
        self.description = description
        self.lang = lang
        if let lang, let config, let language = config.language(lang) {
            self.dir = language.direction
            self.badge = language.name
        }
    }
}

/// One line of the sidebar's section tree, flattened: a link, the start of an open section
/// (its title, then its own page and children), or the end of one.
struct NavEntry: Sendable {
    var title: String
    var href: String
    var current: Bool = false
    var link: Bool = false
    var groupStart: Bool = false
    var groupEnd: Bool = false
    /// The title's language and direction when it is borrowed from the source language.
    var lang: String?
    var dir: String?
    /// With `lang`: the visible badge naming it ("English").
    var badge: String?
}

struct Banner: Sendable {
    var text: String
    var linkText: String?
    var href: String?
    var hreflang: String?
}

struct AvailabilityMatrix: Sendable {
    struct Column: Sendable {
        var name: String
        /// The product id the column belongs to (the availability page's filter hides columns).
        var product: String = ""
    }
    struct Cell: Sendable {
        var available: Bool
        /// The text alternative read instead of the mark ("Pro: available").
        var label: String
        var product: String = ""
    }
    struct Row: Sendable {
        var product: String
        var cells: [Cell]
    }
    var caption: String
    /// One line that stands for the matrix: "Mail Pro, Enterprise · Desk Enterprise".
    var summary: String
    var columns: [Column]
    var rows: [Row]
}

struct TOCEntry: Sendable {
    var id: String
    var text: String
    var level: Int
    var nested: Bool

    init(id: String, text: String, level: Int) {
        self.id = id
        self.text = text
        self.level = level
        self.nested = level > 2
    }
}

struct FeedbackForm: Sendable {
    var endpoint: String
    var articleID: String
    var language: String
    var revision: String
    /// The page's absolute URL: without JavaScript the collector sends the reader back there.
    var returnURL: String
    /// `support.url` from site.yml (scheme checked when loaded).
    var supportURL: String?
}

struct ArticleMain: Sendable {
    var title: String
    var breadcrumbs: [LinkItem]
    var banners: [Banner]
    /// False when neither the front matter nor git gives a date: the line is left out.
    var hasUpdated: Bool
    var updatedText: String
    var updatedISO: String
    var availability: AvailabilityMatrix?
    var toc: [TOCEntry]
    var hasTOC: Bool
    /// Rendered Markdown.
    var html: String
    /// The language of the body when it differs from the page's (fallback pages).
    var bodyLang: String?
    var bodyDir: String?
    var related: [LinkItem]
    var hasRelated: Bool
    var feedback: FeedbackForm?
    /// The sidebar's section tree.
    var nav: [NavEntry]
    /// The articles before and after this one in its section.
    var previous: LinkItem?
    var next: LinkItem?
}

/// A section as the home page lists it: its articles and its subsections.
struct CategorySummary: Sendable {
    var title: String
    var description: String?
    var href: String
    var articles: [LinkItem]
    var sections: [LinkItem]
    /// The language of the title when it is borrowed from the source language.
    var lang: String?
}

struct HomeMain: Sendable {
    var title: String
    /// The fallback notice when the home text is borrowed from the source language.
    var banners: [Banner]
    var html: String
    /// The language of the title and text when they differ from the page's (fallback).
    var bodyLang: String?
    var bodyDir: String?
    /// Top-level sections.
    var categories: [CategorySummary]
    var uncategorized: [LinkItem]
    var hasUncategorized: Bool
}

/// A section page at any depth: its text, its subsections, then its articles.
struct CategoryMain: Sendable {
    var title: String
    var description: String?
    var banners: [Banner]
    /// Home, then every section above this one.
    var breadcrumbs: [LinkItem]
    var html: String
    var bodyLang: String?
    var bodyDir: String?
    var sections: [LinkItem]
    var hasSections: Bool
    var articles: [LinkItem]
    var hasArticles: Bool
    var nav: [NavEntry]
}

struct NotFoundMain: Sendable {
    var title: String
}

/// The search page of a language: every article it publishes, A–Z, as links.
struct SearchPageMain: Sendable {
    var title: String
    var articles: [LinkItem]
}

/// The root `index.html`: pick a language.
struct LanguagePickerMain: Sendable {
    var languages: [LinkItem]
    var defaultHref: String
}

/// The site-wide availability matrix: every article against every product and tier.
struct AvailabilityPageMain: Sendable {
    struct Product: Sendable { var id: String; var name: String }
    struct Row: Sendable {
        var title: String
        var href: String
        /// Space-separated product ids; "*" when the article declares no availability.
        var productIDs: String
        /// No availability list: one cell says it applies to everything.
        var appliesToAll: Bool
        var columnCount: Int
        var cells: [AvailabilityMatrix.Cell]
    }
    struct Group: Sendable { var name: String; var span: Int; var id: String }
    var title: String
    var products: [Product]
    var groups: [Group]
    var tierNames: [AvailabilityMatrix.Column]
    var rows: [Row]
}
