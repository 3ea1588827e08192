import Foundation

/// `sitemap.xml` with hreflang alternates. Only real translations are listed: fallback pages
/// are `noindex` and never alternates.
enum SitemapRenderer {
    static func render(_ site: Site) -> Data {
        let config = site.config
        // Roughly its final size (each URL lists every language), so the buffer never regrows.
        let languageCount = config.languages.count
        var xml = ByteText(capacity: (site.articles.count + site.categories.count + 1) * languageCount * (languageCount + 3) * 100)
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
        let homeSource = site.homes[config.defaultLanguage]
        add(languages.filter { homeSource == nil || site.homes[$0] != nil }.map { ($0, SiteURLs.home($0)) })
        for category in site.categories {
            add(languages.filter { category.source == nil || category.translations[$0] != nil }.map { ($0, SiteURLs.category(category.key, language: $0)) })
        }
        // The availability page is written from site.yml and the UI strings: every language has it.
        if !config.products.isEmpty { add(languages.map { ($0, SiteURLs.availability($0)) }) }
        for article in site.articles {
            let translated = languages.filter { article.translations[$0] != nil }
            var dates: [String: SimpleDate] = [:]
            for language in translated { dates[language] = article.translations[language]?.frontMatter.updated }
            add(translated.map { ($0, SiteURLs.article(article.key, language: $0)) }, lastModified: dates)
        }
        xml += "</urlset>\n"
        return Data(xml.bytes)
    }

    /// Everything `render` reads: base URL, languages, categories, and per article the
    /// languages it exists in with their dates.
    static func inputKey(_ site: Site) -> String {
        var hasher = StableHasher()
        hasher.combine(PageInputKeys.generatorVersion)
        hasher.combine(site.config.baseURL)
        hasher.combine(site.config.defaultLanguage)
        let languages = site.config.languages.map(\.code)
        for language in languages { hasher.combine(language) }
        hasher.combine(site.config.products.isEmpty ? "no-products" : "products")
        for language in languages where site.homes[language] != nil { hasher.combine("home:" + language) }
        for category in site.categories {
            hasher.combine(category.key)
            for language in languages where category.translations[language] != nil { hasher.combine(language) }
        }
        for article in site.articles {
            hasher.combine(article.key)
            for language in languages {
                guard let translation = article.translations[language] else { continue }
                hasher.combine(language)
                hasher.combine(translation.frontMatter.updated?.description)
            }
        }
        return hasher.value
    }

    /// `robots.txt`: everything may be crawled; the sitemap is named with its absolute URL.
    static func robots(_ config: SiteConfig) -> Data {
        Data("User-agent: *\nAllow: /\n\nSitemap: \(SiteURLs.absolute("sitemap.xml", baseURL: config.baseURL))\n".utf8)
    }

    private static func escape(_ text: String) -> String {
        HTMLEscaping.escapeHTML(SafeURL.encodingControlCharacters(text))
    }
}
