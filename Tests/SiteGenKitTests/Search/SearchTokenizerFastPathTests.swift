import Testing
@testable import SiteGenKit

/// Runs of ASCII word characters and of ASCII separators are read in tight loops of their own;
/// these check, against terms written out by hand, the places where such a run stops: at a
/// non-ASCII letter, at a CJK character, at the end of a piece of text (a word goes on in the
/// next piece), and at the word length limit.
@Suite("Search tokenizer ASCII runs")
struct SearchTokenizerFastPathTests {
    /// The terms of `pieces` read one after another by one scanner, as an article's text nodes are.
    private func terms(_ pieces: [String]) -> [String] {
        var scanner = TermScanner()
        var terms: [String] = []
        for piece in pieces { scanner.feed(piece) { terms.append(String(decoding: $0, as: UTF8.self)) } }
        scanner.end { terms.append(String(decoding: $0, as: UTF8.self)) }
        return terms
    }

    @Test func asciiRunsStopAtFoldedLetters() {
        // The run "caf" stops at "é", the word goes on through "teria" after it.
        #expect(terms(["Cafétéria RÉSUMÉ naïve-Coöperation"]) == ["cafeteria", "resume", "naive", "cooperation"])
        #expect(terms(["ΑΘΗΝΑ2024 Москва-2 ЁЖ"]) == ["αθηνα2024", "москва", "2", "еж"])
    }

    @Test func asciiRunsStopAtCJKAndArabic() {
        #expect(terms(["API請求書v2を確認OK"]) == ["api", "請求", "求書", "v2", "を確", "確認", "ok"])
        #expect(terms(["SSOのパス"]) == ["sso", "のパ", "パス"])
        #expect(terms(["Wi-Fiالفَاتُورَةv3 إلغاء"]) == ["wi", "fiالفاتورهv3", "الغاء"])
    }

    @Test func separatorRunsEndOneWordOnly() {
        #expect(terms(["  a,,;;  b!?  \n\t c  "]) == ["a", "b", "c"])
        // Separators then a non-ASCII word, and a non-ASCII separator between ASCII words.
        #expect(terms(["x   ..  Éclair", "y\u{00A0}z—w"]) == ["x", "eclairy", "z", "w"])
    }

    @Test func wordsGoOnAcrossPieces() {
        #expect(terms(["Ref", "und ", "pol", "icy", " ", "résu", "mé", "s"]) == ["refund", "policy", "resumes"])
        // A piece ending in separators, the next starting with them.
        #expect(terms(["one ", " two", "", "three", " 請", "求 four"]) == ["one", "twothree", "請求", "four"])
    }

    @Test func longAsciiWordsAreCutAcrossPieces() {
        let long = String(repeating: "abcdefghij", count: 6)
        let cut = String(long.prefix(SearchTokenizer.maxWordLength))
        #expect(terms([long + " next"]) == [cut, "next"])
        // Split mid-word and past the limit: still one word, cut once.
        #expect(terms([String(long.prefix(25)), String(long.dropFirst(25)) + "XYZ é tail"]) == [cut, "e", "tail"])
        // Non-ASCII letters past the limit are dropped too, with the rest of the word.
        #expect(terms([String(repeating: "a", count: 39) + "ééé b"]) == [String(repeating: "a", count: 39) + "e", "b"])
    }

    @Test func fullWidthAndArabicDigitsJoinAsciiRuns() {
        #expect(terms(["abcＤＥＦ123٤٥ x"]) == ["abcdef12345", "x"])
    }

    /// The same text read whole, node by node or through the tokenizer's string API gives the
    /// same terms.
    @Test func piecesAndWholeTextAgree() {
        let text = "Export the SSO-Konfiguration für 請求書 (v2.5) — résumé ΑΘΗΝΑ مرحبا"
        let expected = ["export", "the", "sso", "konfiguration", "fur", "請求", "求書", "v2", "5", "resume", "αθηνα", "مرحبا"]
        #expect(SearchTokenizer.terms(text) == expected)
        #expect(terms([text]) == expected)
        let scalars = Array(text.unicodeScalars)
        for cut in stride(from: 1, to: scalars.count, by: 3) {
            var head = String.UnicodeScalarView(), tail = String.UnicodeScalarView()
            head.append(contentsOf: scalars[..<cut])
            tail.append(contentsOf: scalars[cut...])
            #expect(terms([String(head), String(tail)]) == expected, "cut at \(cut)")
        }
    }
}
