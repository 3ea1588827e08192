import Foundation
@testable import SiteGenKit

/// Random edits of a fixture site held in memory, from a seed: articles added, deleted, renamed
/// and translated; front matter (title, description, order, availability, dates, draft),
/// headings, body links and words changed; sections retitled and reordered; a template, a UI
/// string and site.yml (title, base URL, accent colour) changed; theme assets, static files and
/// content assets edited, added and deleted. Words reach the search index, dates and the base
/// URL the sitemap and robots.txt, the accent the favicon. The same seed always gives the same edits.
struct SiteEditGenerator {
    var random: SplitMix
    private var counter = 0

    init(seed: UInt64) { random = SplitMix(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func pick<T>(_ options: [T]) -> T { options[int(0...(options.count - 1))] }

    static let sections = ["billing", "start", "start/deep"]
    static let languages = ["en", "fr", "ar"]
    static let anchors = ["totals", "fees", "intro", "gone", ""]

    /// The articles (not `_index.md`) of one language, as paths under `site/content/`.
    static func articles(_ fs: InMemoryFileSystem, language: String = "en") -> [String] {
        fs.allFiles.filter { $0.hasPrefix("site/content/\(language)/") && $0.hasSuffix(".md") && !$0.hasSuffix("_index.md") }
    }

    /// A link from an article in `section` to a random article or section, maybe with an anchor.
    mutating func link(_ fs: InMemoryFileSystem) -> String {
        let anchor = pick(Self.anchors)
        let fragment = anchor.isEmpty ? "" : "#" + anchor
        if int(0...3) == 0 { return "/en/\(pick(Self.sections))/" + fragment }
        guard let target = Self.articles(fs).randomElement(using: &random) else { return "/en/" }
        return "/" + target.dropFirst("site/content/".count) + fragment
    }

    mutating func frontMatter() -> String {
        counter += 1
        var lines = ["title: \(pick(["Refunds", "Taxes", "Setup", "Zebra", "Alpha"])) \(counter)"]
        if int(0...1) == 0 { lines.append("description: \(pick(["Short", "Long text", "About it"]))") }
        if int(0...1) == 0 { lines.append("order: \(int(0...5))") }
        if int(0...2) == 0 { lines.append("availability:\n  \(pick(["chat", "mail"])): [\(pick(["free", "pro", "enterprise"]))]") }
        lines.append("updated: 2025-0\(int(1...9))-1\(int(0...9))")
        if int(0...9) == 0 { lines.append("draft: true") }
        return "---\n" + lines.joined(separator: "\n") + "\n---\n"
    }

    mutating func body(_ fs: InMemoryFileSystem) -> String {
        var text = "Some text with [a link](\(link(fs))).\n"
        for _ in 0..<int(0...2) { text += "\n## \(pick(["Totals", "Fees", "Intro"])) {#\(pick(Self.anchors.dropLast()))}\n\nMore [text](\(link(fs))).\n" }
        return text
    }

    /// Applies one random edit and says what it was.
    mutating func edit(_ fs: InMemoryFileSystem) throws -> String {
        let articles = Self.articles(fs)
        let article = articles.isEmpty ? nil : pick(articles)
        func rewrite(_ path: String, _ change: (String) -> String) throws {
            guard let text = fs.text(path) else { return }
            try fs.writeFile(path, Data(change(text).utf8))
        }
        func replaceFrontMatter(_ text: String) -> String {
            let parts = text.components(separatedBy: "---\n")
            return parts.count >= 3 ? frontMatter() + parts.dropFirst(2).joined(separator: "---\n") : text
        }
        switch int(0...13) {
        case 0:
            let path = "site/content/en/\(pick(Self.sections))/new-\(int(0...99)).md"
            try fs.writeFile(path, Data((frontMatter() + body(fs)).utf8))
            return "add \(path)"
        case 1:
            guard let article else { return "nothing to delete" }
            try fs.removeItem(article)
            return "delete \(article)"
        case 2:
            guard let article else { return "nothing to rename" }
            let target = "site/content/en/\(pick(Self.sections))/renamed-\(int(0...99)).md"
            guard fs.text(target) == nil else { return "rename skipped" }
            try fs.moveItem(from: article, to: target)
            return "rename \(article) to \(target)"
        case 3, 4:
            guard let article else { return "no front matter to edit" }
            try rewrite(article, replaceFrontMatter)
            return "front matter of \(article)"
        case 5:
            guard let article else { return "no body to edit" }
            let addition = body(fs)
            try rewrite(article) { $0 + "\n" + addition }
            return "headings and links of \(article)"
        case 6:
            guard let article else { return "nothing to translate" }
            let language = pick(["fr", "ar"])
            let path = article.replacingOccurrences(of: "/content/en/", with: "/content/\(language)/")
            let matter = "---\ntitle: \(language) \(int(0...99))\n" + (int(0...1) == 0 ? "translation: {method: machine}\n" : "") + "---\n"
            try fs.writeFile(path, Data((matter + body(fs)).utf8))
            return "translate \(article) into \(language)"
        case 7:
            let path = "site/content/\(pick(Self.languages))/\(pick(Self.sections))/_index.md"
            try fs.writeFile(path, Data("---\ntitle: Section \(int(0...99))\norder: \(int(0...3))\ndescription: D\(int(0...9))\n---\n".utf8))
            return "section \(path)"
        case 8:
            try rewrite("site/templates/partials/footer.mustache") { $0 + "<p>\(int(0...99))</p>\n" }
            return "template"
        case 9:
            let value = "Accueil \(int(0...99))"
            try rewrite("site/templates/i18n/fr.yml") { text in
                text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("home:") ? "home: \(value)" : String($0) }.joined(separator: "\n")
            }
            return "UI string"
        case 10:
            return try editSiteConfig(fs)
        case 11:
            guard let article else { return "no words to edit" }
            let words = (0..<int(1...6)).map { _ in pick(["zebra", "invoice", "quokka", "refund", "taxes", "lantern", "otter"]) }.joined(separator: " ")
            try rewrite(article) { $0 + "\n" + words + ".\n" }
            return "words of \(article): \(words)"
        case 12:
            return try editAsset(fs)
        default:
            guard let article else { return "no title to edit" }
            try rewrite(article) { text in
                text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("title:") ? "title: Retitled \(int(0...99))" : String($0) }.joined(separator: "\n")
            }
            return "title of \(article)"
        }
    }

    /// site.yml: the English site title, the base URL (sitemap, robots.txt) or the accent (favicon).
    private mutating func editSiteConfig(_ fs: InMemoryFileSystem) throws -> String {
        let path = "site/content/site.yml"
        guard var lines = fs.text(path)?.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) else { return "no site.yml" }
        let change: String
        switch int(0...2) {
        case 0:
            change = "  en: Acme Help \(int(0...99))"
            lines = lines.map { $0.hasPrefix("  en: Acme Help") ? change : $0 }
        case 1:
            change = "baseURL: https://help\(int(0...9)).acme.test/"
            lines = lines.map { $0.hasPrefix("baseURL:") ? change : $0 }
        default:
            // Colours with the contrast an accent needs on the light and the dark theme.
            change = "  accent: \"\(pick(["#1a6bd0", "#c0392b", "#2e7d32"]))\""
            lines.removeAll { $0 == "brand:" || $0.hasPrefix("  accent:") }
            lines += ["brand:", change]
        }
        try fs.writeFile(path, Data(lines.joined(separator: "\n").utf8))
        return "site.yml \(change)"
    }

    /// A theme asset edited, or a static file or content asset written or deleted.
    private mutating func editAsset(_ fs: InMemoryFileSystem) throws -> String {
        let path = pick(["site/templates/assets/site.css", "site/static/files/guide.txt", "site/static/logo.svg",
                         "site/content/en/billing/chart.svg", "site/content/fr/start/photo.txt"])
        if !path.hasSuffix(".css"), fs.text(path) != nil, int(0...2) == 0 {
            try fs.removeItem(path)
            return "delete \(path)"
        }
        let addition = path.hasSuffix(".css") ? "/* \(int(0...99)) */\n" : "<!-- \(int(0...99)) -->\n"
        try fs.writeFile(path, Data(((fs.text(path) ?? "") + addition).utf8))
        return "asset \(path)"
    }
}
