import Foundation
import Testing
@testable import SiteGenKit

/// The index files a build writes, read back the way search-index.js reads them.
@Suite("Search index")
struct SearchIndexTests {
    private static func article(_ title: String, _ body: String, extra: String = "") -> String {
        "---\ntitle: \(title)\nupdated: 2025-01-01\n\(extra)---\n\(body)\n"
    }

    /// The postings of `term` in a built language index: document key → weight.
    private func postings(_ fs: InMemoryFileSystem, language: String, term: String) throws -> [String: Int] {
        let entry = try entry(fs, language)
        let counts = (words: try #require(entry["shards"] as? Int), cjk: try #require(entry["cjk"] as? Int))
        let shard = try #require(fs.page("search/\(language)/" + SearchIndexFormat.shardFile(of: term, counts: counts)))
        let keys = try documentKeys(fs, language)
        guard let line = shard.split(separator: "\n").first(where: { $0.hasPrefix(term + "\t") }) else { return [:] }
        let decoded = try #require(SearchIndexFormat.decodePostings(line.dropFirst(term.utf8.count + 1)))
        return Dictionary(uniqueKeysWithValues: decoded.map { (keys[$0.document], Int($0.weight)) })
    }

    private func entry(_ fs: InMemoryFileSystem, _ language: String) throws -> [String: Any] {
        let text = try #require(fs.page("search/\(language)/index.json"))
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Every document of a language index, in number order, from its detail groups.
    private func details(_ fs: InMemoryFileSystem, _ language: String) throws -> [[String]] {
        var all: [[String]] = []
        var group = 0
        while let text = fs.page("search/\(language)/d\(group).json") {
            all += try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String]])
            group += 1
        }
        return all
    }

    private func documentKeys(_ fs: InMemoryFileSystem, _ language: String) throws -> [String] {
        try details(fs, language).map { $0[0] }
    }

    /// Documents ranked for one-word queries as search-index.js ranks them: idf × weight, summed.
    private func ranked(_ fs: InMemoryFileSystem, language: String, words: [String]) throws -> [String] {
        let count = Double(try #require(try entry(fs, language)["count"] as? Int))
        var scores: [String: Double] = [:]
        for word in words {
            let found = try postings(fs, language: language, term: word)
            let df = Double(found.count)
            for (key, weight) in found { scores[key, default: 0] += log(1 + (count - df + 0.5) / (df + 0.5)) * Double(weight) }
        }
        return scores.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
    }

    @Test func titleMatchesRankAboveHeadingsAboveBody() async throws {
        let (report, fs) = await Fixture.build([
            "content/en/billing/policy.md": Self.article("Refund policy", "Money comes back."),
            "content/en/billing/repeats.md": Self.article("Payment basics", String(repeating: "A refund is a refund. ", count: 8)),
            "content/en/billing/window.md": Self.article("Deadlines", "Some text.\n\n## The refund window\n\nThirty days."),
        ])
        #expect(report.published, "\(report.lines)")
        let order = try ranked(fs, language: "en", words: ["refund"])
        // billing/refunds has "refund" in its title too ("Request a refund").
        #expect(Array(order.prefix(2)).sorted() == ["billing/policy", "billing/refunds"])
        #expect(Array(order.dropFirst(2)) == ["billing/window", "billing/repeats"])
        let weights = try postings(fs, language: "en", term: "refund")
        #expect(weights["billing/policy"]! >= 48 && weights["billing/window"]! < 48 && weights["billing/window"]! >= 32 && weights["billing/repeats"]! < 32)
    }

    @Test func navigationAndChromeAreNotIndexed() async throws {
        let (_, fs) = await Fixture.build()
        // Words of the theme (skip link, feedback form, availability matrix) are in every page…
        #expect(fs.page("en/billing/refunds/index.html")!.contains("Skip to main content"))
        for term in ["skip", "helpful", "subscriptions", "breadcrumbs"] {
            #expect(try postings(fs, language: "en", term: term).isEmpty, "\(term) is theme text")
        }
        // …while the article's own body and headings are.
        #expect(try postings(fs, language: "en", term: "fee").keys.contains("billing/refunds"))
        #expect(try postings(fs, language: "en", term: "five").keys.contains("billing/refunds"))
    }

    @Test func fallbackPagesAreNotIndexedAsTheReadersLanguage() async throws {
        let (_, fs) = await Fixture.build()
        // fr has only billing/refunds; invoice and welcome exist in English only.
        #expect(try documentKeys(fs, "fr") == ["billing/refunds"])
        #expect(try postings(fs, language: "fr", term: "welcome").isEmpty)
        let fallback = try #require(try entry(fs, "fr")["fallback"] as? [String: Any])
        #expect(fallback["lang"] as? String == "en")
        #expect(fallback["name"] as? String == "English")
        let english = try documentKeys(fs, "en")
        // A bitmap of English document numbers, six to a character of the postings alphabet.
        let bitmap = try #require(fallback["docs"] as? String)
        let numbers = bitmap.utf8.enumerated().flatMap { index, byte in
            (0..<6).filter { (SearchIndexFormat.digits.firstIndex(of: byte)! >> $0) & 1 == 1 }.map { index * 6 + $0 }
        }
        let missing = numbers.map { english[$0] }
        #expect(missing == ["billing/invoice", "start/welcome"])
        #expect(try entry(fs, "en")["fallback"] == nil)
    }

    @Test func facetsComeFromAvailabilityAndSections() async throws {
        let (_, fs) = await Fixture.build()
        let entry = try entry(fs, "fr")
        #expect(entry["products"] as? [[String]] == [["chat", "Acme Chat"], ["mail", "Acme Courrier"]])
        #expect((entry["tiers"] as? [[String]])?.map { $0[1] } == ["Gratuit", "Pro", "Entreprise"])
        let sections = try #require(entry["sections"] as? [[String]])
        let section = try #require(entry["section"] as? [Int])
        let availability = try #require(entry["availability"] as? [Int])
        // billing/refunds: section "Facturation", chat (product 0) in pro and enterprise (tiers
        // 1 and 2 of 3): bits 1 and 2.
        #expect(sections[section[0]] == ["billing", "Facturation"])
        #expect(availability[0] == 0b110)
        // An article without availability applies to every product and tier.
        let english = try self.entry(fs, "en")
        let keys = try documentKeys(fs, "en")
        let welcome = try #require(keys.firstIndex(of: "start/welcome"))
        #expect((english["availability"] as? [Int])?[welcome] == -1)
    }

    @Test func detailsKeepMarkupAsTextForTheScriptToEscape() async throws {
        let title = "Tags like <script>alert(\"x\")</script> & \"quotes\""
        let (report, fs) = await Fixture.build([
            "content/en/start/markup.md": Self.article("'\(title.replacingOccurrences(of: "'", with: "''"))'", "Write `<img src=x onerror=alert(1)>` and **bold** text."),
        ])
        #expect(report.published, "\(report.lines)")
        let detail = try #require(try details(fs, "en").first { $0[0] == "start/markup" })
        #expect(detail[1] == title)
        // Markdown is gone, the code's text is kept as text: search.js shows it with textContent.
        #expect(detail[2] == "Write <img src=x onerror=alert(1)> and bold text.")
        let raw = try #require(fs.page("search/en/d0.json"))
        #expect(!raw.contains("\n<script"), "JSON strings are escaped, never raw lines")
    }

    @Test func searchFormLeadsToTheSearchPageAndReportsOnlyWithAnEndpoint() async throws {
        let (_, fs) = await Fixture.build()
        let page = try #require(fs.page("fr/billing/refunds/index.html"))
        #expect(page.contains("<input type=\"search\""))
        #expect(page.contains("action=\"../../search/\""))
        #expect(page.contains("data-report=\"https://feedback.acme.test/votes/searches\""))
        #expect(try #require(fs.page("404.html")).contains("<input type=\"search\""))
        let (_, quiet) = await Fixture.build(["content/site.yml": Fixture.siteYAML.replacingOccurrences(of: "feedback:\n  endpoint: https://feedback.acme.test/votes", with: "")])
        #expect(try #require(quiet.page("en/index.html")).contains("data-search"))
        #expect(!(try #require(quiet.page("en/index.html"))).contains("data-report"))
    }

    @Test func searchPageListsEveryArticleAToZ() async throws {
        let (_, fs) = await Fixture.build(["content/en/start/zeta.md": Self.article("Édition avancée", "Text.")])
        let page = try #require(fs.page("fr/search/index.html"))
        // The list alone: the footer's links come after it.
        let list = try #require(page.components(separatedBy: "class=\"search-page-list\"").last?.components(separatedBy: "</ul>").first)
        let titles = list.components(separatedBy: "<li><a href=\"").dropFirst().map { $0.components(separatedBy: ">")[1].components(separatedBy: "<")[0] }
        // Fallback pages included (in English); "Édition" sorts with the e's.
        #expect(titles == ["Demander un remboursement", "Édition avancée", "Read your invoice", "Welcome to Acme"])
        #expect(list.contains("href=\"../start/welcome/\" hreflang=\"en\" lang=\"en\""))
    }
}

@Suite("Search page path")
struct SearchPathTests {
    @Test func anArticleOrFolderNamedSearchIsAnError() async {
        let (article, _) = await Fixture.build(["content/en/search.md": "---\ntitle: Search tips\nupdated: 2025-01-01\n---\nText.\n"])
        #expect(!article.published)
        #expect(article.lines.contains { $0.hasPrefix("content/en/search.md") && $0.hasSuffix("(content.reserved-name)") })
        let (folder, _) = await Fixture.build(["content/en/search/tips.md": "---\ntitle: Search tips\nupdated: 2025-01-01\n---\nText.\n"])
        #expect(folder.lines.contains { $0.hasPrefix("content/en/search/tips.md") && $0.hasSuffix("(content.reserved-name)") })
    }
}
