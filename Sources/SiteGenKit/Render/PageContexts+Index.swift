// The contexts of the pages that list others: home, section, search, the language picker, and
// the not-found page.

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

extension HomeMain: TemplateContext {
    static let templateFields = TemplateFields<HomeMain>("home page", [
        .field("title", \.title),
        .field("banners", \.banners),
        .field("html", \.html),
        .field("bodyLang", \.bodyLang),
        .field("bodyDir", \.bodyDir),
        .field("categories", \.categories),
        .field("uncategorized", \.uncategorized),
        .field("hasUncategorized", \.hasUncategorized),
    ])
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

extension CategorySummary: TemplateContext {
    static let templateFields = TemplateFields<CategorySummary>("section summary", [
        .field("title", \.title),
        .field("description", \.description),
        .field("href", \.href),
        .field("articles", \.articles),
        .field("sections", \.sections),
        .field("lang", \.lang),
    ])
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

extension CategoryMain: TemplateContext {
    static let templateFields = TemplateFields<CategoryMain>("section", [
        .field("title", \.title),
        .field("description", \.description),
        .field("banners", \.banners),
        .field("breadcrumbs", \.breadcrumbs),
        .field("html", \.html),
        .field("bodyLang", \.bodyLang),
        .field("bodyDir", \.bodyDir),
        .field("sections", \.sections),
        .field("hasSections", \.hasSections),
        .field("articles", \.articles),
        .field("hasArticles", \.hasArticles),
        .field("nav", \.nav),
    ])
}

/// The search page of a language: every article it publishes, A–Z, as links.
struct SearchPageMain: Sendable {
    var title: String
    var articles: [LinkItem]
}

extension SearchPageMain: TemplateContext {
    static let templateFields = TemplateFields<SearchPageMain>("search page", [
        .field("title", \.title),
        .field("articles", \.articles),
    ])
}

/// The root `index.html`: pick a language.
struct LanguagePickerMain: Sendable {
    var languages: [LinkItem]
    var defaultHref: String
}

extension LanguagePickerMain: TemplateContext {
    static let templateFields = TemplateFields<LanguagePickerMain>("language picker", [
        .field("languages", \.languages),
        .field("defaultHref", \.defaultHref),
    ])
}

struct NotFoundMain: Sendable {
    var title: String
}

extension NotFoundMain: TemplateContext {
    static let templateFields = TemplateFields<NotFoundMain>("not-found page", [
        .field("title", \.title),
    ])
}
