import Foundation

/// Builds the parts every page shares: layout fields, language switcher, alternates.
struct LayoutBuilder: Sendable {
    /// Only site.yml: the layout shows nothing of other pages.
    let config: SiteConfig
    let strings: [String: UIStrings]
    /// Template key → content-hashed asset path from the output root (`ThemeAssets`).
    var assets: [String: String] = [:]

    func strings(_ language: String) -> UIStrings {
        strings[language] ?? UIStrings(language: language, values: [:])
    }

    func languageName(_ code: String) -> String { config.language(code)?.name ?? code }

    /// - Parameters:
    ///   - path: the page's folder path (or file path for 404 pages).
    ///   - versions: folder path of this page in each language where it exists.
    ///   - translated: languages with a real translation (alternates and canonical only list these).
    ///   - params: the custom front-matter keys of the page's text (`page.params.<key>`).
    func layout(language: String, path: String, title: String, description: String?, versions: [String: String], translated: Set<String>, root: String? = nil, jsonLD: String? = nil, ogType: String = "website", params: [String: ParamValue] = [:]) -> PageLayout {
        let t = strings(language)
        let base = root ?? SiteURLs.relative(from: path, to: "")
        let isReal = translated.contains(language)
        let alternates: [Alternate] = isReal ? config.languages.compactMap { lang in
            guard translated.contains(lang.code), let target = versions[lang.code] else { return nil }
            return Alternate(hreflang: lang.code, href: SiteURLs.absolute(target, baseURL: config.baseURL))
        } + (versions[config.defaultLanguage].map { [Alternate(hreflang: "x-default", href: xDefault($0))] } ?? []) : []
        let options = config.languages.map { lang in
            LanguageOption(
                code: lang.code, name: lang.name, dir: lang.direction,
                // A language without a translation still has its fallback page: link it, labelled.
                href: lang.code == language ? nil : versions[lang.code].map { link(from: path, to: $0, root: root) },
                current: lang.code == language,
                unavailableLabel: t.format("language_unavailable", ["language": lang.name]),
                fallback: !translated.contains(lang.code),
                fallbackLabel: t["source_original"]
            )
        }
        let siteTitle = config.title(in: language)
        return PageLayout(
            lang: language,
            dir: config.language(language)?.direction ?? "ltr",
            siteTitle: siteTitle,
            title: title == siteTitle ? title : "\(title) – \(siteTitle)",
            description: description,
            root: base,
            homeURL: link(from: path, to: SiteURLs.home(language), root: root),
            availabilityURL: config.products.isEmpty ? nil : link(from: path, to: SiteURLs.availability(language), root: root),
            canonicalURL: isReal ? SiteURLs.absolute(path, baseURL: config.baseURL) : nil,
            noindex: !isReal,
            // A page in one language only has no alternates to announce.
            alternates: translated.count > 1 ? alternates : [],
            languages: options,
            brand: brand(language: language, base: base),
            assets: assets.mapValues { base + $0 },
            languageName: languageName(language),
            locale: Self.locale(language),
            jsonLD: jsonLD,
            ogType: ogType,
            searchURL: link(from: path, to: SiteURLs.search(language), root: root),
            searchIndexURL: link(from: path, to: SiteURLs.searchIndex(language), root: root),
            searchReportURL: config.feedbackEndpoint.map(Self.searchReportURL),
            params: .map(params)
        )
    }

    private func brand(language: String, base: String) -> BrandLayout {
        let brand = config.brand
        // A path of the site (a file of static/) is linked from this page; a URL is kept.
        func resolve(_ url: String) -> String { SiteBrand.isRelative(url) && !url.hasPrefix("/") ? base + url : url }
        let links = brand.links.map { link in
            LinkItem(title: link.titles[language] ?? link.titles[config.defaultLanguage] ?? link.url, href: resolve(link.url))
        }
        return BrandLayout(logo: brand.logo.map(resolve), accent: brand.accent, support: brand.support.map(resolve),
                           favicon: resolve(brand.favicon ?? "favicon.ico"), links: links, hasLinks: !links.isEmpty)
    }

    /// The homes' x-default is the root language picker, as the root page itself says.
    private func xDefault(_ target: String) -> String {
        target == SiteURLs.home(config.defaultLanguage) ? config.baseURL : SiteURLs.absolute(target, baseURL: config.baseURL)
    }

    /// `og:locale` wants language_TERRITORY; a bare or regionless code gets its most common territory.
    static func locale(_ code: String) -> String {
        let parts = code.split(whereSeparator: { $0 == "-" || $0 == "_" })
        if parts.count >= 2 { return "\(parts[0].lowercased())_\(parts[1].uppercased())" }
        let territories = ["en": "US", "fr": "FR", "de": "DE", "es": "ES", "ja": "JP", "ar": "AR", "pt": "BR", "zh": "CN", "ko": "KR",
                           "it": "IT", "nl": "NL", "sv": "SE", "da": "DK", "nb": "NO", "fi": "FI", "pl": "PL", "ru": "RU", "tr": "TR",
                           "he": "IL", "fa": "IR", "uk": "UA", "cs": "CZ", "hi": "IN", "id": "ID", "th": "TH", "vi": "VN"]
        let language = code.lowercased()
        return territories[language].map { "\(language)_\($0)" } ?? language
    }

    /// A link from the page at `from` to `to`: relative, or under `root` for pages such as
    /// 404.html that may be served at any URL.
    func link(from: String, to: String, root: String?) -> String {
        if let root { return root + to }
        return SiteURLs.relative(from: from, to: to)
    }

    /// Searches with no results go to the feedback collector's `searches` path, next to votes.
    static func searchReportURL(endpoint: String) -> String {
        endpoint.hasSuffix("/") ? endpoint + "searches" : endpoint + "/searches"
    }
}
