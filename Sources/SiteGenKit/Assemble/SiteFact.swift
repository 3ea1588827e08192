/// One thing a page may read of the site beyond its own sources: another article's title in a
/// language, the articles of a section, whether a link's target exists… Pages record the facts
/// they read (`SiteReads`); the build cache re-renders a page when one of them has a new value.
///
/// Every fact's value is computed by one function, `SiteReads.value(of:in:)`, both when a page
/// reads it and when the next build checks it, so the two can never disagree.
enum SiteFact: Hashable, Sendable {
    /// Whether an article has a page in a language, its title there and the language it is
    /// borrowed from (nil when the page shows no article).
    case articleLabel(key: String, language: String)
    case articleDescription(key: String, language: String)
    /// The languages an article is published in.
    case articleLanguages(key: String)
    /// The languages with a real translation of an article.
    case articleTranslations(key: String)
    case articleAvailability(key: String)
    /// The keys of the articles in a section folder ("" for the top), in site order.
    case sectionArticles(key: String)
    /// Articles outside a section that name one of some products in their availability.
    case productArticles(products: [String], outside: String)
    /// Every article key, in site order.
    case allArticles
    /// A section's title in a language and the language it is borrowed from.
    case sectionLabel(key: String, language: String)
    case sectionDescription(key: String, language: String)
    /// A section's articles and subsections in display order (nil when there is no section).
    case sectionContents(key: String)
    /// The subsections of a section ("" for the top) that list something in a language, with
    /// their labels: what a sidebar shows of them.
    case navSections(parent: String, language: String)
    /// The articles of a section published in a language, in display order.
    case sectionPublished(key: String, language: String)
    /// Whether a section has an `_index.md` and in which languages.
    case sectionLanguages(key: String)
    /// The sections from the top down to a key: breadcrumbs.
    case sectionTrail(key: String)
    case topSections
    /// The languages with a home page of their own.
    case homeLanguages
    /// What a link key names: an article, a section, a draft left out.
    case linkKey(key: String)
    /// Whether a language folder holds a file (`en/billing/flow.png`).
    case asset(path: String)
    case staticFile(path: String)
    /// Whether the page a link leads to in a language shows a heading with an id, and which
    /// document it shows.
    case anchor(page: LinkTarget.Page, language: String, id: String)
    /// The date (`updated`) of each language's version of every article: the sitemap's lastmod.
    case allDates
    /// The section folder of every article.
    case articleSections
    /// The path and revision of every article's own text in a language: what its search
    /// records are made from. A change of this fact alone lets a language's search index be
    /// patched instead of built again.
    case texts(language: String)
    /// Every section key, in site order.
    case allSections
    /// The front-matter title of the text a section shows in a language (nil without one).
    case sectionTitle(key: String, language: String)
}

extension SiteFact {
    /// A stable digest of the fact's value in `site`.
    func digest(in reads: SiteReads) -> UInt64 {
        var hasher = StableHasher()
        SiteReads.value(of: self, in: reads, into: &hasher)
        return hasher.number
    }
}
