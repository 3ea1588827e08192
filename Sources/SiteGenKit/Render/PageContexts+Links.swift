// The contexts of links, the sidebar's section tree and banners, which several page kinds show.

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

extension LinkItem: TemplateContext {
    static let templateFields = TemplateFields<LinkItem>("link", [
        .field("title", \.title),
        .field("href", \.href),
        .field("description", \.description),
        .field("lang", \.lang),
        .field("dir", \.dir),
        .field("badge", \.badge),
    ])
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

extension NavEntry: TemplateContext {
    static let templateFields = TemplateFields<NavEntry>("section tree entry", [
        .field("title", \.title),
        .field("href", \.href),
        .field("current", \.current),
        .field("link", \.link),
        .field("groupStart", \.groupStart),
        .field("groupEnd", \.groupEnd),
        .field("lang", \.lang),
        .field("dir", \.dir),
        .field("badge", \.badge),
    ])
}

struct Banner: Sendable {
    var text: String
    var linkText: String?
    var href: String?
    var hreflang: String?
}

extension Banner: TemplateContext {
    static let templateFields = TemplateFields<Banner>("banner", [
        .field("text", \.text),
        .field("linkText", \.linkText),
        .field("href", \.href),
        .field("hreflang", \.hreflang),
    ])
}
