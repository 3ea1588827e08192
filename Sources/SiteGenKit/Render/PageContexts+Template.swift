// The fields templates may read, declared once per context type: adding a field to a context
// is one line here. Names are checked against these when the theme loads.

extension PageContext: TemplateContext, TemplateData where Main: TemplateData {
    static var templateFields: TemplateFields<PageContext> {
        TemplateFields("page context", [
            .field("page", \.page),
            .field("t", \.t),
            .field("main", \.main),
        ])
    }
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

extension Alternate: TemplateContext {
    static let templateFields = TemplateFields<Alternate>("alternate", [
        .field("hreflang", \.hreflang),
        .field("href", \.href),
    ])
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

extension Banner: TemplateContext {
    static let templateFields = TemplateFields<Banner>("banner", [
        .field("text", \.text),
        .field("linkText", \.linkText),
        .field("href", \.href),
        .field("hreflang", \.hreflang),
    ])
}

extension AvailabilityMatrix: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityMatrix>("availability matrix", [
        .field("caption", \.caption),
        .field("summary", \.summary),
        .field("columns", \.columns),
        .field("rows", \.rows),
    ])
}

extension AvailabilityMatrix.Column: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityMatrix.Column>("column", [
        .field("name", \.name),
        .field("product", \.product),
    ])
}

extension AvailabilityMatrix.Cell: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityMatrix.Cell>("cell", [
        .field("available", \.available),
        .field("label", \.label),
        .field("product", \.product),
    ])
}

extension AvailabilityMatrix.Row: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityMatrix.Row>("matrix row", [
        .field("product", \.product),
        .field("cells", \.cells),
    ])
}

extension TOCEntry: TemplateContext {
    static let templateFields = TemplateFields<TOCEntry>("table of contents entry", [
        .field("id", \.id),
        .field("text", \.text),
        .field("level", \.level),
        .field("nested", \.nested),
    ])
}

extension FeedbackForm: TemplateContext {
    static let templateFields = TemplateFields<FeedbackForm>("feedback form", [
        .field("endpoint", \.endpoint),
        .field("articleID", \.articleID),
        .field("language", \.language),
        .field("revision", \.revision),
        .field("returnURL", \.returnURL),
        .field("supportURL", \.supportURL),
    ])
}

extension ArticleMain: TemplateContext {
    static let templateFields = TemplateFields<ArticleMain>("article", [
        .field("title", \.title),
        .field("breadcrumbs", \.breadcrumbs),
        .field("banners", \.banners),
        .field("updatedText", \.updatedText),
        .field("updatedISO", \.updatedISO),
        .field("hasUpdated", \.hasUpdated),
        .field("availability", \.availability),
        .field("toc", \.toc),
        .field("hasTOC", \.hasTOC),
        .field("html", \.html),
        .field("bodyLang", \.bodyLang),
        .field("bodyDir", \.bodyDir),
        .field("related", \.related),
        .field("hasRelated", \.hasRelated),
        .field("feedback", \.feedback),
        .field("nav", \.nav),
        .field("previous", \.previous),
        .field("next", \.next),
    ])
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

extension NotFoundMain: TemplateContext {
    static let templateFields = TemplateFields<NotFoundMain>("not-found page", [
        .field("title", \.title),
    ])
}

extension LanguagePickerMain: TemplateContext {
    static let templateFields = TemplateFields<LanguagePickerMain>("language picker", [
        .field("languages", \.languages),
        .field("defaultHref", \.defaultHref),
    ])
}

extension SearchPageMain: TemplateContext {
    static let templateFields = TemplateFields<SearchPageMain>("search page", [
        .field("title", \.title),
        .field("articles", \.articles),
    ])
}

extension AvailabilityPageMain: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityPageMain>("availability page", [
        .field("title", \.title),
        .field("products", \.products),
        .field("groups", \.groups),
        .field("tierNames", \.tierNames),
        .field("rows", \.rows),
    ])
}

extension AvailabilityPageMain.Product: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityPageMain.Product>("product", [
        .field("id", \.id),
        .field("name", \.name),
    ])
}

extension AvailabilityPageMain.Row: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityPageMain.Row>("availability row", [
        .field("title", \.title),
        .field("href", \.href),
        .field("productIDs", \.productIDs),
        .field("appliesToAll", \.appliesToAll),
        .field("columnCount", \.columnCount),
        .field("cells", \.cells),
    ])
}

extension AvailabilityPageMain.Group: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityPageMain.Group>("product group", [
        .field("name", \.name),
        .field("span", \.span),
        .field("id", \.id),
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
