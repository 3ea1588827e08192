import Foundation
import Testing
@testable import FeedbackKit

struct ReportTests {
    typealias Tally = FeedbackSnapshot.Tally

    let catalog: SiteCatalog

    init() async throws {
        catalog = try await SampleSite.catalog()
    }

    static func tally(_ article: String, _ language: String, yes: Int, no: Int, source: String = "s1", first: Int64 = 0) -> Tally {
        Tally(article: article, language: language, sourceRevision: source, yes: yes, no: no, first: first, last: first + 10)
    }

    @Test func wilsonIntervalsMatchPublishedValues() throws {
        // Reference values: Wilson (1927) score interval, z = 1.96.
        let eight = try #require(WilsonInterval(yes: 8, total: 10))
        #expect(abs(eight.low - 0.4902) < 0.0005)
        #expect(abs(eight.high - 0.9433) < 0.0005)
        let all = try #require(WilsonInterval(yes: 20, total: 20))
        #expect(all.high == 1)
        #expect(abs(all.low - 0.8389) < 0.0005)
        #expect(WilsonInterval(yes: 0, total: 0) == nil)
    }

    @Test func pagesAreSortedByNeedOfAttentionAndFewVotesAreSaidAsSuch() throws {
        let snapshot = FeedbackSnapshot(tallies: [
            Self.tally("billing/refunds", "en", yes: 40, no: 5),
            Self.tally("billing/refunds", "fr", yes: 5, no: 25),
            Self.tally("billing/refunds", "de", yes: 1, no: 2),
            Self.tally("billing/invoice", "en", yes: 12, no: 10),
        ])
        let report = FeedbackReport(snapshot: snapshot, catalog: catalog, minimumVotes: 10)
        #expect(report.articles.map { "\($0.article)/\($0.language)" } == ["billing/refunds/fr", "billing/invoice/en", "billing/refunds/en", "billing/refunds/de"])
        let few = try #require(report.articles.last)
        #expect(few.enoughVotes == false)
        #expect(few.helpfulness == nil && few.low == nil)
        #expect(report.text().contains("billing/refunds [de]  1 yes, 2 no: too few votes"))
        #expect(report.html().contains("too few votes"))
    }

    @Test func aClearlyWorseTranslationIsFlaggedWithItsTranslationState() throws {
        let snapshot = FeedbackSnapshot(tallies: [Self.tally("billing/refunds", "en", yes: 40, no: 5), Self.tally("billing/refunds", "fr", yes: 5, no: 25)])
        let report = FeedbackReport(snapshot: snapshot, catalog: catalog)
        let french = try #require(report.articles.first { $0.language == "fr" })
        #expect(french.source?.clearlyWorse == true)
        #expect(french.translationState == ["machine", "unstamped"])
        #expect(report.text().contains("[machine, unstamped]  CLEARLY WORSE than en"))
        let german = FeedbackReport(snapshot: FeedbackSnapshot(tallies: [Self.tally("billing/refunds", "de", yes: 30, no: 1)]), catalog: catalog)
        #expect(german.articles.first?.translationState == ["outdated"])
        #expect(german.articles.first?.source == nil)
    }

    @Test func overlappingIntervalsAreNotCalledWorse() throws {
        let snapshot = FeedbackSnapshot(tallies: [Self.tally("billing/refunds", "en", yes: 8, no: 4), Self.tally("billing/refunds", "fr", yes: 6, no: 6)])
        let report = FeedbackReport(snapshot: snapshot, catalog: catalog)
        #expect(report.articles.first { $0.language == "fr" }?.source?.clearlyWorse == false)
    }

    @Test func votesAreSplitBySourceRevision() throws {
        let snapshot = FeedbackSnapshot(tallies: [
            Self.tally("billing/refunds", "en", yes: 2, no: 10, source: "before", first: 0),
            Self.tally("billing/refunds", "en", yes: 11, no: 1, source: "after", first: 86_400 * 30),
        ])
        let row = try #require(FeedbackReport(snapshot: snapshot, catalog: catalog).articles.first)
        #expect(row.revisions.map(\.sourceRevision) == ["before", "after"])
        #expect(row.revisions.map(\.firstVote) == ["1970-01-01", "1970-01-31"])
        #expect(row.yes == 13 && row.no == 11)
    }

    @Test func commentsAreGroupedByLanguageAndEscapedInEveryFormat() throws {
        let hostile = "<script>alert('x')</script> & \"quotes\""
        let snapshot = FeedbackSnapshot(
            tallies: [Self.tally("billing/refunds", "fr", yes: 0, no: 1)],
            remarks: [.init(article: "billing/refunds", language: "fr", helpful: false, reasons: [.inaccurate], comment: hostile, time: 0)],
            searches: [.init(language: "fr", query: "<img src=x onerror=alert(1)>", count: 3)]
        )
        let report = FeedbackReport(snapshot: snapshot, catalog: catalog)
        #expect(report.byLanguage.map(\.language) == ["fr"])
        #expect(report.byLanguage.first?.reasons == ["inaccurate": 1])
        let html = report.html()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(!html.contains("<script"), "the HTML report needs no script")
        let json = try report.json()
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let articles = try #require(decoded["articles"] as? [[String: Any]])
        #expect(articles.first?["article"] as? String == "billing/refunds")
        #expect(articles.first?["language"] as? String == "fr")
        #expect(articles.first?["no"] as? Int == 1)
        #expect(((articles.first?["comments"] as? [[String: Any]])?.first?["text"] as? String) == hostile)
        let csv = report.csv()
        #expect(csv.contains("\"<script>alert('x')</script> & \"\"quotes\"\"\""))
    }

    @Test func csvCellsThatLookLikeFormulasAreDefused() {
        #expect(FeedbackReport.csvCell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(FeedbackReport.csvCell("-1") == "'-1")
        #expect(FeedbackReport.csvCell("plain") == "plain")
    }

    @Test func terminalOutputCannotCarryEscapeSequences() {
        let snapshot = FeedbackSnapshot(remarks: [.init(article: "a", language: "en", helpful: false, reasons: [], comment: "\u{1B}[31mred", time: 0)])
        let text = FeedbackReport(snapshot: snapshot, catalog: catalog).text()
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("?[31mred"))
    }
}
