import Testing
@testable import SiteGenKit

/// The tokenizer reads most characters through a precomputed table and text node by text node;
/// these check that it still says what the rules say, character by character.
@Suite("Search tokenizer table")
struct SearchTokenizerTableTests {
    /// The terms of `text` by the rules alone, one scalar at a time (no table, no fast paths).
    private func reference(_ text: String) -> [String] {
        var terms: [String] = [], word: [UInt8] = [], length = 0, cjk: [String] = []
        func flushWord() { if !word.isEmpty { terms.append(String(decoding: word, as: UTF8.self)); word = []; length = 0 } }
        func flushCJK() {
            if cjk.count == 1 { terms.append(cjk[0]) }
            cjk = []
        }
        for raw in text.unicodeScalars {
            let scalar = SearchTokenizer.widen(raw)
            if SearchTokenizer.isIgnored(scalar) { continue }
            if SearchTokenizer.isCJK(scalar) {
                flushWord()
                cjk.append(String(raw))
                if cjk.count >= 2 { terms.append(cjk[cjk.count - 2] + cjk[cjk.count - 1]) }
            } else if SearchTokenizer.isWordCharacter(scalar) {
                flushCJK()
                if length < SearchTokenizer.maxWordLength { word += SearchTokenizer.foldedBytes(scalar); length += 1 }
            } else {
                flushWord()
                flushCJK()
            }
        }
        flushWord()
        flushCJK()
        return terms
    }

    @Test func everyCharacterOfTheTableFollowsTheRules() {
        var checked = 0
        for value in UInt32(0)..<0x3200 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a\(scalar)b \(scalar)\(scalar) x\(scalar)字\(scalar)"
            #expect(SearchTokenizer.terms(text) == reference(text), "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 12_000)
    }

    @Test func charactersBeyondTheTableFollowTheRules() {
        for text in ["Ｗｉｆｉ！ｘ", "한국어 텍스트", "ﬁle ﬀ", "𝐀𝐁𝐂 𠀀𠀁", "ｶﾀｶﾅ・テスト", "\u{FEFF}word\u{200B}word", "Ⅻ ⓐⓑ"] {
            #expect(SearchTokenizer.terms(text) == reference(text), "\(text)")
        }
    }

    /// An article's body is read text node by text node, as if joined: a word split over nodes
    /// ("**ref**und") is one term, and the record equals that of the joined text.
    @Test func bodyReadNodeByNodeEqualsJoinedText() {
        let pieces = ["Ref", "und pol", "icy: ", "請求", "書 and", " ", "résu", "mé"]
        let split = MarkdownNode(.document, children: [MarkdownNode(.paragraph, children: pieces.map { MarkdownNode(.text($0)) })])
        let joined = MarkdownNode(.document, children: [MarkdownNode(.paragraph, children: [MarkdownNode(.text(pieces.joined()))])])
        let a = SearchRecord(title: "T", body: split, revision: "r"), b = SearchRecord(title: "T", body: joined, revision: "r")
        #expect(a == b)
        #expect(a.terms.contains("refund") && a.terms.contains("resume") && a.terms.contains("書a") == false)
    }

    /// The excerpt is taken from the body's start only, and equals the whole body's.
    @Test func excerptOfALongBodyIsItsStart() {
        let words = (0..<400).map { "word\($0)" }
        let body = MarkdownNode(.document, children: words.map { MarkdownNode(.paragraph, children: [MarkdownNode(.text($0))]) })
        let record = SearchRecord(title: "T", body: body, revision: "r")
        #expect(record.excerpt == SearchRecord.excerpt(of: words.joined(separator: " ") + " "))
        #expect(record.excerpt.hasPrefix("word0 word1 ") && record.excerpt.hasSuffix(" …"))
    }
}
