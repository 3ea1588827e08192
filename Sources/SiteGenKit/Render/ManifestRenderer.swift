import Foundation

/// `sitegen-manifest.json`: every article's id and the revision of each language's source file,
/// for tools that work on what was published (feedback collection, search, deploy diffs).
/// Written by hand, with sorted keys: it is rebuilt on every build that changes anything.
enum ManifestRenderer {
    static func render(_ site: Site) -> Data {
        var out = "{\n  \"articles\" : [\n"
        for (index, article) in site.articles.enumerated() {
            let languages = article.translations.keys.sorted()
            out += "    {\n      \"category\" : \(JSONText.string(article.category)),\n      \"id\" : \(JSONText.string(article.id)),\n"
            out += "      \"revisions\" : {\n" + languages.map { "        \(JSONText.string($0)) : \(JSONText.string(article.translations[$0]?.revision ?? ""))" }.joined(separator: ",\n") + "\n      },\n"
            let dated = languages.filter { article.translations[$0]?.frontMatter.updated != nil }
            out += "      \"updated\" : {\n" + dated.map { "        \(JSONText.string($0)) : \(JSONText.string(article.translations[$0]?.frontMatter.updated?.description ?? ""))" }.joined(separator: ",\n") + "\n      }\n"
            out += index == site.articles.count - 1 ? "    }\n" : "    },\n"
        }
        out += "  ],\n  \"defaultLanguage\" : \(JSONText.string(site.config.defaultLanguage)),\n  \"generator\" : \"sitegen\"\n}\n"
        return Data(out.utf8)
    }
}
