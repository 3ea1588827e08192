// The fields templates may read, declared once per context type: adding a field to a context
// is one line here. Names are checked against these when the theme loads.

extension PageContext: TemplateContext, TemplateData where Main: TemplateData {
    static var templateFields: TemplateFields<PageContext> {
        TemplateFields("page context", [
            .field("page") { $0.page },
            .field("t") { $0.t },
            .field("main") { $0.main },
        ])
    }
}

extension PageLayout: TemplateContext {
    static let templateFields = TemplateFields<PageLayout>("page", [
        .field("lang") { $0.lang },
        .field("dir") { $0.dir },
        .field("siteTitle") { $0.siteTitle },
        .field("title") { $0.title },
        .field("description") { $0.description },
        .field("root") { $0.root },
        .field("homeURL") { $0.homeURL },
        .field("availabilityURL") { $0.availabilityURL },
        .field("canonicalURL") { $0.canonicalURL },
        .field("noindex") { $0.noindex },
        .field("alternates") { $0.alternates },
        .field("languages") { $0.languages },
        .field("jsonLD") { $0.jsonLD },
        .field("ogType") { $0.ogType },
    ])
}

extension Alternate: TemplateContext {
    static let templateFields = TemplateFields<Alternate>("alternate", [
        .field("hreflang") { $0.hreflang },
        .field("href") { $0.href },
    ])
}

extension LanguageOption: TemplateContext {
    static let templateFields = TemplateFields<LanguageOption>("language option", [
        .field("code") { $0.code },
        .field("name") { $0.name },
        .field("dir") { $0.dir },
        .field("href") { $0.href },
        .field("current") { $0.current },
        .field("unavailable") { $0.unavailable },
        .field("unavailableLabel") { $0.unavailableLabel },
    ])
}

extension LinkItem: TemplateContext {
    static let templateFields = TemplateFields<LinkItem>("link", [
        .field("title") { $0.title },
        .field("href") { $0.href },
        .field("description") { $0.description },
        .field("lang") { $0.lang },
    ])
}

extension Banner: TemplateContext {
    static let templateFields = TemplateFields<Banner>("banner", [
        .field("text") { $0.text },
        .field("linkText") { $0.linkText },
        .field("href") { $0.href },
        .field("hreflang") { $0.hreflang },
    ])
}

extension AvailabilityMatrix: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityMatrix>("availability matrix", [
        .field("caption") { $0.caption },
        .field("columns") { $0.columns },
        .field("rows") { $0.rows },
    ])
}

extension AvailabilityMatrix.Column: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityMatrix.Column>("column", [
        .field("name") { $0.name },
    ])
}

extension AvailabilityMatrix.Cell: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityMatrix.Cell>("cell", [
        .field("available") { $0.available },
        .field("label") { $0.label },
    ])
}

extension AvailabilityMatrix.Row: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityMatrix.Row>("matrix row", [
        .field("product") { $0.product },
        .field("cells") { $0.cells },
    ])
}

extension TOCEntry: TemplateContext {
    static let templateFields = TemplateFields<TOCEntry>("table of contents entry", [
        .field("id") { $0.id },
        .field("text") { $0.text },
        .field("level") { $0.level },
        .field("nested") { $0.nested },
    ])
}

extension FeedbackForm: TemplateContext {
    static let templateFields = TemplateFields<FeedbackForm>("feedback form", [
        .field("endpoint") { $0.endpoint },
        .field("articleID") { $0.articleID },
        .field("language") { $0.language },
        .field("revision") { $0.revision },
    ])
}

extension ArticleMain: TemplateContext {
    static let templateFields = TemplateFields<ArticleMain>("article", [
        .field("title") { $0.title },
        .field("breadcrumbs") { $0.breadcrumbs },
        .field("banners") { $0.banners },
        .field("updatedText") { $0.updatedText },
        .field("updatedISO") { $0.updatedISO },
        .field("availability") { $0.availability },
        .field("toc") { $0.toc },
        .field("hasTOC") { $0.hasTOC },
        .field("html") { $0.html },
        .field("bodyLang") { $0.bodyLang },
        .field("bodyDir") { $0.bodyDir },
        .field("related") { $0.related },
        .field("hasRelated") { $0.hasRelated },
        .field("feedback") { $0.feedback },
    ])
}

extension CategorySummary: TemplateContext {
    static let templateFields = TemplateFields<CategorySummary>("category summary", [
        .field("title") { $0.title },
        .field("description") { $0.description },
        .field("href") { $0.href },
        .field("articles") { $0.articles },
    ])
}

extension HomeMain: TemplateContext {
    static let templateFields = TemplateFields<HomeMain>("home page", [
        .field("title") { $0.title },
        .field("html") { $0.html },
        .field("categories") { $0.categories },
        .field("uncategorized") { $0.uncategorized },
        .field("hasUncategorized") { $0.hasUncategorized },
    ])
}

extension CategoryMain: TemplateContext {
    static let templateFields = TemplateFields<CategoryMain>("category", [
        .field("title") { $0.title },
        .field("description") { $0.description },
        .field("breadcrumbs") { $0.breadcrumbs },
        .field("html") { $0.html },
        .field("articles") { $0.articles },
    ])
}

extension NotFoundMain: TemplateContext {
    static let templateFields = TemplateFields<NotFoundMain>("not-found page", [
        .field("title") { $0.title },
    ])
}

extension LanguagePickerMain: TemplateContext {
    static let templateFields = TemplateFields<LanguagePickerMain>("language picker", [
        .field("languages") { $0.languages },
        .field("defaultHref") { $0.defaultHref },
    ])
}

extension AvailabilityPageMain: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityPageMain>("availability page", [
        .field("title") { $0.title },
        .field("products") { $0.products },
        .field("groups") { $0.groups },
        .field("tierNames") { $0.tierNames },
        .field("rows") { $0.rows },
    ])
}

extension AvailabilityPageMain.Product: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityPageMain.Product>("product", [
        .field("id") { $0.id },
        .field("name") { $0.name },
    ])
}

extension AvailabilityPageMain.Row: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityPageMain.Row>("availability row", [
        .field("title") { $0.title },
        .field("href") { $0.href },
        .field("productIDs") { $0.productIDs },
        .field("appliesToAll") { $0.appliesToAll },
        .field("columnCount") { $0.columnCount },
        .field("cells") { $0.cells },
    ])
}

extension AvailabilityPageMain.Group: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityPageMain.Group>("product group", [
        .field("name") { $0.name },
        .field("span") { $0.span },
        .field("id") { $0.id },
    ])
}
