import Foundation

/// `sitegen-manifest.json`: every article's id and the revision of each language's source file,
/// for tools that work on what was published (feedback collection, search, deploy diffs).
/// Written by hand, with sorted keys: it is rebuilt on every build that changes anything.
enum ManifestRenderer {
    /// Where it is written, relative to the output root.
    static let path = "sitegen-manifest.json"

    static func render(_ site: Site) -> Data {
        var out = ByteText(capacity: site.articles.count * 320 + 256)
        out += "{\n  \"articles\" : [\n"
        for (index, article) in site.articles.enumerated() {
            let translations = article.translations.sorted { $0.key < $1.key }
            out += "    {\n      \"category\" : "
            out += JSONText.string(article.category)
            out += ",\n      \"id\" : "
            out += JSONText.string(article.id)
            out += ",\n      \"revisions\" : {\n"
            for (position, (language, document)) in translations.enumerated() {
                out += position == 0 ? "        " : ",\n        "
                out += JSONText.string(language)
                out += " : "
                out += JSONText.string(document.revision)
            }
            out += "\n      },\n      \"states\" : {"
            out += states(of: article, site: site)
            out += "},\n      \"updated\" : {\n"
            var first = true
            for (language, document) in translations {
                guard let updated = document.frontMatter.updated else { continue }
                out += first ? "        " : ",\n        "
                first = false
                out += JSONText.string(language)
                out += " : "
                out += JSONText.string(updated.description)
            }
            out += index == site.articles.count - 1 ? "\n      }\n    }\n" : "\n      }\n    },\n"
        }
        out += "  ],\n  \"defaultLanguage\" : "
        out += JSONText.string(site.config.defaultLanguage)
        out += ",\n  \"generator\" : \"sitegen\"\n}\n"
        return Data(out.bytes)
    }

    /// The translation states a reader of each published language meets, for feedback reports:
    /// `fallback` (source text shown), `machine`, `outdated`, `unstamped`; up-to-date and source
    /// pages are left out.
    private static func states(of article: Article, site: Site) -> String {
        var entries: [String] = []
        let source = site.config.defaultLanguage
        for language in site.config.languages.map(\.code).sorted() where language != source {
            var labels: [String] = []
            if let translation = article.translations[language] {
                if translation.frontMatter.translationMethod == .machine { labels.append("machine") }
                switch TranslationStatus.state(of: article, in: language, defaultLanguage: source) {
                case .outdated: labels.append("outdated")
                case .unstamped: labels.append("unstamped")
                default: break
                }
            } else if site.config.fallback == .source {
                labels.append("fallback")
            }
            guard !labels.isEmpty else { continue }
            entries.append(JSONText.string(language) + " : [" + labels.map { JSONText.string($0) }.joined(separator: ", ") + "]")
        }
        return entries.joined(separator: ", ")
    }
}
