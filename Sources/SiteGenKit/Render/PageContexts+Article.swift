// The context of an article page.

struct ArticleMain: Sendable {
    var title: String
    var breadcrumbs: [LinkItem]
    var banners: [Banner]
    /// False when neither the front matter nor git gives a date: the line is left out.
    var hasUpdated: Bool
    var updatedText: String
    var updatedISO: String
    var availability: AvailabilityMatrix?
    var toc: [TOCEntry]
    var hasTOC: Bool
    /// Rendered Markdown.
    var html: String
    /// The language of the body when it differs from the page's (fallback pages).
    var bodyLang: String?
    var bodyDir: String?
    var related: [LinkItem]
    var hasRelated: Bool
    var feedback: FeedbackForm?
    /// The sidebar's section tree.
    var nav: [NavEntry]
    /// The articles before and after this one in its section.
    var previous: LinkItem?
    var next: LinkItem?
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

struct AvailabilityMatrix: Sendable {
    struct Column: Sendable {
        var name: String
        /// The product id the column belongs to (the availability page's filter hides columns).
        var product: String = ""
    }
    struct Cell: Sendable {
        var available: Bool
        /// The text alternative read instead of the mark ("Pro: available").
        var label: String
        var product: String = ""
    }
    struct Row: Sendable {
        var product: String
        var cells: [Cell]
    }
    var caption: String
    /// One line that stands for the matrix: "Mail Pro, Enterprise · Desk Enterprise".
    var summary: String
    var columns: [Column]
    var rows: [Row]
}

extension AvailabilityMatrix: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityMatrix>("availability matrix", [
        .field("caption", \.caption),
        .field("summary", \.summary),
        .field("columns", \.columns),
        .field("rows", \.rows),
    ])
}

extension AvailabilityMatrix.Cell: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityMatrix.Cell>("cell", [
        .field("available", \.available),
        .field("label", \.label),
        .field("product", \.product),
    ])
}

extension AvailabilityMatrix.Column: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityMatrix.Column>("column", [
        .field("name", \.name),
        .field("product", \.product),
    ])
}

extension AvailabilityMatrix.Row: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityMatrix.Row>("matrix row", [
        .field("product", \.product),
        .field("cells", \.cells),
    ])
}

struct TOCEntry: Sendable {
    var id: String
    var text: String
    var level: Int
    var nested: Bool

    init(id: String, text: String, level: Int) {
        self.id = id
        self.text = text
        self.level = level
        self.nested = level > 2
    }
}

extension TOCEntry: TemplateContext {
    static let templateFields = TemplateFields<TOCEntry>("table of contents entry", [
        .field("id", \.id),
        .field("text", \.text),
        .field("level", \.level),
        .field("nested", \.nested),
    ])
}

struct FeedbackForm: Sendable {
    var endpoint: String
    var articleID: String
    var language: String
    var revision: String
    /// The page's absolute URL: without JavaScript the collector sends the reader back there.
    var returnURL: String
    /// `support.url` from site.yml (scheme checked when loaded).
    var supportURL: String?
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
