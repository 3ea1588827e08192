import Testing
@testable import SiteGenKit

/// The same rules run in search-index.js on what readers type; these are the index side's.
@Suite("Search tokenizer")
struct SearchTokenizerTests {
    @Test func latinIsFoldedForCaseAndDiacritics() {
        #expect(SearchTokenizer.terms("Résumé, CAFÉ crème!") == ["resume", "cafe", "creme"])
        #expect(SearchTokenizer.terms("Straße Ærø") == ["strasse", "ærø"])
        #expect(SearchTokenizer.terms("Überweisung für Zahlungsempfänger") == ["uberweisung", "fur", "zahlungsempfanger"])
        // Already decomposed input (e + combining acute) folds the same.
        #expect(SearchTokenizer.terms("Re\u{301}sume\u{301}") == ["resume"])
    }

    @Test func wordsEndAtPunctuationAndKeepDigits() {
        #expect(SearchTokenizer.terms("don't use v2.5 — ever") == ["don", "t", "use", "v2", "5", "ever"])
        #expect(SearchTokenizer.terms("Ｗｉｆｉ ２４") == ["wifi", "24"])
    }

    @Test func cyrillicAndGreekAreFolded() {
        #expect(SearchTokenizer.terms("ЁЛКА Пароль") == ["елка", "пароль"])
        // Final sigma and accented vowels: the same term however it is written.
        #expect(SearchTokenizer.terms("ΛΟΓΑΡΙΑΣΜΟΣ λογαριασμός") == ["λογαριασμοσ", "λογαριασμοσ"])
        #expect(SearchTokenizer.terms("Άδεια") == ["αδεια"])
    }

    @Test func japaneseAndChineseAreCutIntoBigrams() {
        #expect(SearchTokenizer.terms("請求書を確認") == ["請求", "求書", "書を", "を確", "確認"])
        #expect(SearchTokenizer.terms("パスワード") == ["パス", "スワ", "ワー", "ード"])
        // Latin inside Japanese text is a word of its own; a lone character is its own term.
        #expect(SearchTokenizer.terms("Brightloomメール、月") == ["brightloom", "メー", "ール", "月"])
        #expect(SearchTokenizer.terms("退款政策") == ["退款", "款政", "政策"])
    }

    @Test func cjkRunsOfEveryLengthAndWidth() {
        #expect(SearchTokenizer.terms("𠀀𠀁字 a 字") == ["𠀀𠀁", "𠀁字", "a", "字"])
        #expect(SearchTokenizer.terms("認証2段階") == ["認証", "2", "段階"])
    }

    /// A record counts the terms the tokenizer gives, each once, in byte order.
    @Test func recordHoldsEachTermOnce() {
        let body = MarkdownNode(.document, children: [MarkdownNode(.paragraph, children: [MarkdownNode(.text("Café cafe CAFÉ 請求書 請求 zebra"))])])
        let record = SearchRecord(title: "Zebra café", body: body, revision: "r")
        // Each once, in order of first appearance (the title first).
        #expect(record.terms == ["zebra", "cafe", "請求", "求書"])
        #expect(record.terms.count == 4)
        let cafe = record.weights[record.terms.firstIndex(of: "cafe")!]
        #expect(cafe >= 48, "a title word weighs most")
    }

    @Test func arabicIsNormalized() {
        // Diacritics and tatweel dropped; alef forms, taa marbuta and alef maksura unified.
        #expect(SearchTokenizer.terms("الفَاتُورَة") == ["الفاتوره"])
        #expect(SearchTokenizer.terms("إلغاء أو آخر") == ["الغاء", "او", "اخر"])
        #expect(SearchTokenizer.terms("كلمـــة المرور") == ["كلمه", "المرور"])
        #expect(SearchTokenizer.terms("على مستوى") == ["علي", "مستوي"])
        #expect(SearchTokenizer.terms("٢٠٢٥") == ["2025"])
    }

    @Test func longWordsAreCut() {
        let long = String(repeating: "a", count: 100)
        #expect(SearchTokenizer.terms(long) == [String(repeating: "a", count: SearchTokenizer.maxWordLength)])
    }

    @Test func postingsRoundTrip() throws {
        let postings: [(document: Int, weight: UInt8)] = [(0, 1), (5, 63), (37, 20), (2_000, 48), (70_000, 3)]
        var bytes: [UInt8] = []
        SearchIndexFormat.encodePostings(postings, into: &bytes)
        let decoded = try #require(SearchIndexFormat.decodePostings(Substring(String(decoding: bytes, as: UTF8.self))))
        #expect(decoded.map(\.document) == postings.map(\.document))
        #expect(decoded.map(\.weight) == postings.map(\.weight))
        #expect(SearchIndexFormat.shardKey("refunds") == "ref")
        #expect(SearchIndexFormat.shardKey("請求") == "請")
    }
}
