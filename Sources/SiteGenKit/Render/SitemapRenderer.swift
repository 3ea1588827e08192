import Foundation

/// `sitemap.xml` with hreflang alternates. Only real translations are listed: fallback pages
/// are `noindex` and never alternates.
enum SitemapRenderer {
    static func render(_ site: Site) -> Data {
        let config = site.config
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        func add(_ versions: [(language: String, path: String)], lastModified: [String: SimpleDate] = [:]) {
            for version in versions {
                xml += "<url>\n<loc>\(escape(SiteURLs.absolute(version.path, baseURL: config.baseURL)))</loc>\n"
                if let date = lastModified[version.language] { xml += "<lastmod>\(date)</lastmod>\n" }
                if versions.count > 1 {
                    for alternate in versions {
                        xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(alternate.language)\" href=\"\(escape(SiteURLs.absolute(alternate.path, baseURL: config.baseURL)))\"/>\n"
                    }
                    if let source = versions.first(where: { $0.language == config.defaultLanguage }) {
                        xml += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(escape(SiteURLs.absolute(source.path, baseURL: config.baseURL)))\"/>\n"
                    }
                }
                xml += "</url>\n"
            }
        }
        let languages = config.languages.map(\.code)
        add(languages.map { ($0, SiteURLs.home($0)) })
        for category in site.categories {
            add(languages.map { ($0, SiteURLs.category(category.key, language: $0)) })
        }
        for article in site.articles {
            let translated = languages.filter { article.translations[$0] != nil }
            var dates: [String: SimpleDate] = [:]
            for language in translated { dates[language] = article.translations[language]?.frontMatter.updated }
            add(translated.map { ($0, SiteURLs.article(article.key, language: $0)) }, lastModified: dates)
        }
        xml += "</urlset>\n"
        return Data(xml.utf8)
    }

    private static func escape(_ text: String) -> String {
        HTMLEscaping.escapeHTML(text)
    }
}
