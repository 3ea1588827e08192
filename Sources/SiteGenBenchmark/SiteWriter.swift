import Foundation

/// Writes the synthetic site to disk: `content/site.yml`, a home page and category pages per
/// language, every article and translation, and a copy of the theme in `templates/`.
struct SiteWriter {
    let plan: SitePlan
    let root: URL

    /// Product and tier names per language, as in the repository's sample `content/site.yml`.
    private static let productNames: [String: [String: String]] = [
        "mail": ["ja": "Brightloom メール", "ar": "برايتلوم ميل"],
        "desk": ["ja": "Brightloom デスク", "ar": "برايتلوم ديسك"],
        "sites": ["ja": "Brightloom サイト", "ar": "برايتلوم سايتس"],
        "insights": ["ja": "Brightloom インサイト", "ar": "برايتلوم إنسايتس"],
        "flows": ["ja": "Brightloom フロー", "ar": "برايتلوم فلوز"],
    ]
    private static let tierNames: [String: [String: String]] = [
        "starter": ["ja": "スターター", "ar": "المبتدئ"],
        "pro": ["ja": "プロ", "ar": "الاحترافي"],
        "enterprise": ["fr": "Entreprise", "ja": "エンタープライズ", "ar": "المؤسسات"],
    ]

    /// Writes everything; returns the number of Markdown files written.
    @discardableResult
    func write(templates: URL) throws -> Int {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: templates, to: root.appendingPathComponent("templates"))
        try write(siteYAML(), to: "content/site.yml")
        var files = 0
        for language in plan.languages {
            try write(homePage(language), to: "content/\(language.code)/_index.md")
            for (index, category) in plan.categories.enumerated() {
                try write(categoryPage(category, order: index + 1, language: language),
                          to: "content/\(language.code)/\(category.folder)/_index.md")
            }
            files += 1 + plan.categories.count
        }
        let markdown = ArticleMarkdown(plan: plan)
        for article in plan.articles {
            for (index, language) in plan.languages.enumerated() where article.translated[index] {
                try write(markdown.file(article, language: language), to: "content/\(language.code)/\(article.path)")
                files += 1
            }
        }
        return files
    }

    private func write(_ text: String, to relativePath: String) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func siteYAML() -> String {
        func names(_ table: [String: String], default name: String) -> String {
            "{" + plan.languages.map { "\($0.code): \(yamlQuoted(table[$0.code] ?? name))" }.joined(separator: ", ") + "}"
        }
        var yaml = "title: {" + plan.languages.map { "\($0.code): \(yamlQuoted($0.siteTitle))" }.joined(separator: ", ") + "}\n"
        yaml += "baseURL: https://help.brightloom.example/\ndefaultLanguage: \(plan.languages[0].code)\nlanguages:\n"
        for language in plan.languages {
            yaml += "  - {code: \(language.code), name: \(yamlQuoted(language.name))\(language.rtl ? ", direction: rtl" : "")}\n"
        }
        yaml += "products:\n"
        for product in SitePlan.products {
            yaml += "  - id: \(product)\n    name: \(names(Self.productNames[product] ?? [:], default: "Brightloom " + capitalized(product)))\n"
        }
        yaml += "tiers:\n"
        for tier in SitePlan.tiers {
            yaml += "  - id: \(tier)\n    name: \(names(Self.tierNames[tier] ?? [:], default: capitalized(tier)))\n"
        }
        return yaml + "feedback:\n  endpoint: https://feedback.brightloom.example/votes\n"
    }

    private func homePage(_ language: LanguageProfile) -> String {
        // Two links from the home page, as in the sample, so home pages go through link resolution too.
        let links = plan.articles.prefix(2).map {
            "[\(language.title(verb: $0.verb, noun: $0.noun))](\($0.path))"
        }.joined(separator: " · ")
        return "---\ntitle: \(yamlQuoted(language.siteTitle))\ndescription: \(yamlQuoted(language.homeDescription))\n---\n\n"
            + "\(language.homeDescription) \(links)\n"
    }

    private func categoryPage(_ category: SitePlan.Category, order: Int, language: LanguageProfile) -> String {
        let title = language.categoryTitle(category.nouns.0, category.nouns.1)
        let description = language.description(verb: 1, noun: category.nouns.0)
        let order = language.code == plan.languages[0].code ? "order: \(order)\n" : ""
        return "---\ntitle: \(yamlQuoted(title))\ndescription: \(yamlQuoted(description))\n\(order)---\n\n\(description)\n"
    }
}
