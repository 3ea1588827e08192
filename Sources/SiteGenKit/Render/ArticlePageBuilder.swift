/// Builds the context of an article page in one language: a real translation, or the source
/// text as a fallback page.
struct ArticlePageBuilder: Sendable {
    /// Everything the page reads of other documents; `build` is given its own article.
    let reads: SiteReads
    let layouts: LayoutBuilder
    let bodies: BodyRenderer
    let dates: DateLocalizer

    func build(_ article: Article, language: String, diagnostics: inout Diagnostics) -> PageContext<ArticleMain> {
        let config = reads.config
        let t = layouts.strings(language)
        let path = SiteURLs.article(article.key, language: language)
        let translation = article.translations[language]
        let document = translation ?? article.source
        let matter = document.frontMatter
        let title = matter.title ?? article.source.frontMatter.title ?? article.key
        let html = bodies.render(document, language: language, pagePath: path, diagnostics: &diagnostics)

        var banners: [Banner] = []
        let sourceLanguage = config.defaultLanguage
        let originalHref = SiteURLs.relative(from: path, to: SiteURLs.article(article.key, language: sourceLanguage))
        if translation == nil {
            banners.append(Banner(text: t["fallback_notice"], linkText: nil, href: nil, hreflang: nil))
        } else if language != sourceLanguage {
            // Machine-translated and outdated are said in one notice with one link: two stacked
            // banners with the same link read as noise.
            var reasons: [String] = []
            if matter.translationMethod == .machine { reasons.append(t["machine_translation_notice"]) }
            if case .outdated = TranslationStatus.state(of: article, in: language, defaultLanguage: sourceLanguage) {
                reasons.append(t["outdated_notice"])
            }
            if !reasons.isEmpty {
                let viewOriginal = t.format("view_original", ["language": layouts.languageName(sourceLanguage)])
                banners.append(Banner(text: reasons.joined(separator: " "), linkText: viewOriginal, href: originalHref, hreflang: sourceLanguage))
            }
        }

        let updated = matter.updated ?? article.source.frontMatter.updated
        var versions: [String: String] = [:]
        for code in reads.publishedLanguages(of: article.key) { versions[code] = SiteURLs.article(article.key, language: code) }
        let translated = Set(reads.translatedLanguages(of: article.key))
        var trail = [(name: t["home"], url: SiteURLs.absolute(SiteURLs.home(language), baseURL: config.baseURL))]
        for key in reads.sectionTrail(article.category) {
            guard let section = reads.sectionLabel(key, in: language) else { continue }
            trail.append((section.title, SiteURLs.absolute(SiteURLs.category(key, language: language), baseURL: config.baseURL)))
        }
        trail.append((title, SiteURLs.absolute(path, baseURL: config.baseURL)))
        let jsonLD = translation == nil ? nil : StructuredData.article(
            headline: title, description: matter.description, language: language, url: SiteURLs.absolute(path, baseURL: config.baseURL),
            datePublished: Self.publishedDate(article.source.frontMatter.params), dateModified: updated?.description, publisher: config.title(in: language), trail: trail)
        let layout = layouts.layout(language: language, path: path, title: title, description: matter.description ?? article.source.frontMatter.description,
                                    versions: versions, translated: translated, jsonLD: jsonLD, ogType: "article",
                                    params: article.source.frontMatter.params.merging(translation?.frontMatter.params ?? [:]) { _, own in own })
        let toc = document.headings.filter { (2...3).contains($0.level) }.map { TOCEntry(id: $0.id, text: $0.text, level: $0.level) }
        let related = relatedArticles(article, language: language, path: path)
        let navigation = SectionNavBuilder(reads: reads, layouts: layouts)
        let neighbours = navigation.neighbours(of: article, language: language, path: path)
        let bodyLanguage = translation == nil && language != sourceLanguage ? config.language(sourceLanguage) : nil
        let main = ArticleMain(
            title: title,
            breadcrumbs: breadcrumbs(article, language: language, path: path),
            banners: banners,
            hasUpdated: updated != nil,
            updatedText: updated.map { dates.format($0, language: language) } ?? "",
            updatedISO: updated?.description ?? "",
            availability: availabilityMatrix(article.availability, language: language),
            toc: toc, hasTOC: toc.count > 2,
            html: html,
            bodyLang: bodyLanguage?.code, bodyDir: bodyLanguage?.direction,
            related: related, hasRelated: !related.isEmpty,
            feedback: config.feedbackEndpoint.map {
                FeedbackForm(endpoint: $0, articleID: article.id, language: language, revision: document.revision,
                             returnURL: SiteURLs.absolute(path, baseURL: config.baseURL), supportURL: config.supportURL ?? config.brand.support)
            },
            nav: navigation.tree(language: language, path: path, section: article.category, article: article.key),
            previous: neighbours.previous, next: neighbours.next
        )
        return PageContext(page: layout, t: t.values, main: main)
    }

    /// Hugo's `date:` (kept as a custom key) is the publication date, when it is a date.
    static func publishedDate(_ params: [String: ParamValue]) -> String? {
        guard case .string(let text)? = params["date"], let date = SimpleDate(text) else { return nil }
        return date.description
    }

    func breadcrumbs(_ article: Article, language: String, path: String) -> [LinkItem] {
        let t = layouts.strings(language)
        var items = [LinkItem(title: t["home"], href: SiteURLs.relative(from: path, to: SiteURLs.home(language)))]
        for key in reads.sectionTrail(article.category) {
            guard let section = reads.sectionLabel(key, in: language) else { continue }
            items.append(LinkItem(title: section.title, href: SiteURLs.relative(from: path, to: SiteURLs.category(key, language: language)),
                                  lang: section.borrowed, config: reads.config))
        }
        return items
    }

    /// Products × tiers with a mark per cell; nil when the article declares no availability.
    func availabilityMatrix(_ availability: Availability?, language: String) -> AvailabilityMatrix? {
        guard let availability, !availability.entries.isEmpty else { return nil }
        let config = reads.config
        let t = layouts.strings(language)
        let tiers = config.tiers.filter { tier in availability.entries.contains { $0.tiers.contains(tier.id) } }
        let rows = availability.entries.compactMap { entry -> AvailabilityMatrix.Row? in
            guard let product = config.product(entry.product) else { return nil }
            let cells = tiers.map { tier in
                let tierName = tier.name(in: language, defaultLanguage: config.defaultLanguage)
                let available = entry.tiers.contains(tier.id)
                return AvailabilityMatrix.Cell(available: available, label: t.format(available ? "availability_yes" : "availability_no", ["tier": tierName]))
            }
            return AvailabilityMatrix.Row(product: product.name(in: language, defaultLanguage: config.defaultLanguage), cells: cells)
        }
        // Per product, the tiers it applies to in site.yml's order; a product on every tier is
        // named alone, and every product on every tier is said in words.
        let allTiers = Set(config.tiers.map(\.id))
        let everywhere = Set(availability.entries.map(\.product)) == Set(config.products.map(\.id))
            && availability.entries.allSatisfy { allTiers.isSubset(of: Set($0.tiers)) }
        let summary = everywhere ? t["availability_unrestricted"] : availability.entries.compactMap { entry -> String? in
            guard let product = config.product(entry.product) else { return nil }
            let productName = product.name(in: language, defaultLanguage: config.defaultLanguage)
            if allTiers.isSubset(of: Set(entry.tiers)) { return productName }
            let names = config.tiers.filter { entry.tiers.contains($0.id) }.map { $0.name(in: language, defaultLanguage: config.defaultLanguage) }
            return names.isEmpty ? productName : productName + " " + names.joined(separator: t["list_separator"])
        }.joined(separator: " · ")
        return AvailabilityMatrix(
            caption: t["availability_caption"],
            summary: summary,
            columns: tiers.map { .init(name: $0.name(in: language, defaultLanguage: config.defaultLanguage)) },
            rows: rows
        )
    }

    /// Same category first, then articles sharing a product; only pages this language publishes.
    private func relatedArticles(_ article: Article, language: String, path: String) -> [LinkItem] {
        let limit = 5
        var picked: [String] = []
        for key in reads.articles(inFolder: article.category) where key != article.key && reads.publishedLanguages(of: key).contains(language) {
            picked.append(key)
            if picked.count == limit { break }
        }
        if picked.count < limit, let entries = article.availability?.entries, !entries.isEmpty {
            for key in reads.articles(sharing: entries.map(\.product), outside: article.category) where picked.count < limit && reads.publishedLanguages(of: key).contains(language) {
                picked.append(key)
            }
        }
        return picked.compactMap { key in
            reads.articleLabel(key, in: language).map { label in
                LinkItem(title: label.title, href: SiteURLs.relative(from: path, to: SiteURLs.article(key, language: language)),
                         description: nil, lang: label.borrowed, config: reads.config)
            }
        }
    }
}
