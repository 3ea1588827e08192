// The context of the site-wide availability page.

/// The site-wide availability matrix: every article against every product and tier.
struct AvailabilityPageMain: Sendable {
    struct Product: Sendable { var id: String; var name: String }
    struct Row: Sendable {
        var title: String
        var href: String
        /// Space-separated product ids; "*" when the article declares no availability.
        var productIDs: String
        /// No availability list: one cell says it applies to everything.
        var appliesToAll: Bool
        var columnCount: Int
        var cells: [AvailabilityMatrix.Cell]
    }
    struct Group: Sendable { var name: String; var span: Int; var id: String }
    var title: String
    var products: [Product]
    var groups: [Group]
    var tierNames: [AvailabilityMatrix.Column]
    var rows: [Row]
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

extension AvailabilityPageMain.Group: TemplateContext {
    static let templateFields = TemplateFields<AvailabilityPageMain.Group>("product group", [
        .field("name", \.name),
        .field("span", \.span),
        .field("id", \.id),
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
