import Foundation

/// `sitemap.xml` with hreflang alternates. Only real translations are listed: fallback pages
/// are `noindex` and never alternates. Everything it lists is read through `SiteReads`, so
/// the build cache makes it again exactly when something it read changed, as for a page.
enum SitemapRenderer {
    static func render(_ reads: SiteReads) -> Data {
        let config = reads.config
        let articles = reads.allArticles, sections = reads.allSections
        // Roughly its final size (each URL lists every language), so the buffer never regrows.
        let languageCount = config.languages.count
        var xml = ByteText(capacity: (articles.count + sections.count + 1) * languageCount * (languageCount + 3) * 100)
        xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        func add(_ versions: [(language: String, path: String)], lastModified: [String: SimpleDate] = [:]) {
            // Every version lists every other: each URL is escaped once and the block of
            // alternates built once per group, not once per version.
            let urls = versions.map { escape(SiteURLs.absolute($0.path, baseURL: config.baseURL)) }
            var alternates = ByteText(capacity: 1024)
            if versions.count > 1 {
                for (index, alternate) in versions.enumerated() {
                    alternates += "<xhtml:link rel=\"alternate\" hreflang=\""
                    alternates += alternate.language
                    alternates += "\" href=\""
                    alternates += urls[index]
                    alternates += "\"/>\n"
                }
                if let source = versions.firstIndex(where: { $0.language == config.defaultLanguage }) {
                    // The homes' x-default is the root language picker, as their pages say.
                    let isHome = versions[source].path == SiteURLs.home(config.defaultLanguage)
                    alternates += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\""
                    alternates += isHome ? escape(config.baseURL) : urls[source]
                    alternates += "\"/>\n"
                }
            }
            for (index, version) in versions.enumerated() {
                xml += "<url>\n<loc>"
                xml += urls[index]
                xml += "</loc>\n"
                if let date = lastModified[version.language] {
                    xml += "<lastmod>"
                    xml += date.description
                    xml += "</lastmod>\n"
                }
                xml.append(alternates)
                xml += "</url>\n"
            }
        }
        let languages = config.languages.map(\.code)
        // Home and section pages that borrow the source text are fallback pages too.
        let homes = reads.homeLanguages
        add(languages.filter { !homes.contains(config.defaultLanguage) || homes.contains($0) }.map { ($0, SiteURLs.home($0)) })
        for key in sections {
            // Every language when the section has no `_index.md` of its own.
            let shown = reads.sectionLanguages(key)
            add(languages.filter { shown.contains($0) }.map { ($0, SiteURLs.category(key, language: $0)) })
        }
        // The availability page is written from site.yml and the UI strings: every language has it.
        if !config.products.isEmpty { add(languages.map { ($0, SiteURLs.availability($0)) }) }
        let dates = Dictionary(reads.allDates.map { ($0.key, $0.dates) }, uniquingKeysWith: { first, _ in first })
        for key in articles {
            let translations = Set(reads.translatedLanguages(of: key))
            let translated = languages.filter { translations.contains($0) }
            add(translated.map { ($0, SiteURLs.article(key, language: $0)) }, lastModified: dates[key] ?? [:])
        }
        xml += "</urlset>\n"
        return Data(xml.bytes)
    }

    /// `robots.txt`: everything may be crawled; the sitemap is named with its absolute URL.
    static func robots(_ config: SiteConfig) -> Data {
        Data("User-agent: *\nAllow: /\n\nSitemap: \(SiteURLs.absolute("sitemap.xml", baseURL: config.baseURL))\n".utf8)
    }

    private static func escape(_ text: String) -> String {
        HTMLEscaping.escapeHTML(SafeURL.encodingControlCharacters(text))
    }
}
