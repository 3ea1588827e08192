/// How the tokenizer treats each scalar below `SearchFoldTable.limit` (ASCII, Latin, Greek,
/// Cyrillic, Arabic, the CJK punctuation block…), worked out once from `SearchTokenizer`'s rules
/// so that reading a character of text is one table lookup: whether it is part of a word, is
/// dropped (Arabic diacritics, tatweel), starts a Chinese or Japanese bigram, or ends a word,
/// and for a word character its folded UTF-8. Scalars above the limit go through the rules
/// themselves (`SearchTokenizer.classify`).
final class SearchFoldTable: @unchecked Sendable {
    enum Kind: UInt8 { case separator = 0, word, ignored, cjk }

    /// Covers everything below the Hangul compatibility block: every script the tokenizer
    /// folds, and the CJK punctuation (U+3000…) Japanese text is full of.
    static let limit = 0x3100
    /// The most folded bytes one scalar can give (the fold of U+0130 "İ" is "i" and a mark
    /// dropped; "ß" gives two): a word buffer sized by it never overflows.
    static let maxFoldedBytes = 16

    static let shared = SearchFoldTable()

    /// Per scalar, its `Kind`.
    let kinds: UnsafeMutablePointer<UInt8>
    /// Per scalar, where its folded bytes start in `bytes` and (low 8 bits) how many there are.
    let spans: UnsafeMutablePointer<UInt32>
    let bytes: UnsafeMutablePointer<UInt8>
    /// Per ASCII byte, its folded byte, or 0 when it is not part of a word.
    let ascii: UnsafeMutablePointer<UInt8>

    private init() {
        let count = Self.limit
        kinds = .allocate(capacity: count)
        spans = .allocate(capacity: count)
        ascii = .allocate(capacity: 128)
        var folded: [UInt8] = []
        for value in 0..<count {
            let (kind, fold) = Self.rule(UInt32(value))
            kinds[value] = kind.rawValue
            precondition(fold.count <= Self.maxFoldedBytes)
            spans[value] = UInt32(folded.count) << 8 | UInt32(fold.count)
            folded += fold
        }
        bytes = .allocate(capacity: max(1, folded.count))
        bytes.initialize(from: folded, count: folded.count)
        for value in 0..<128 {
            ascii[value] = kinds[value] == Kind.word.rawValue ? folded[Int(spans[value] >> 8)] : 0
        }
    }

    /// What `SearchTokenizer`'s rules say of one scalar (widened first), and its folded bytes.
    private static func rule(_ value: UInt32) -> (Kind, [UInt8]) {
        guard let raw = Unicode.Scalar(value) else { return (.separator, []) }
        let scalar = SearchTokenizer.widen(raw)
        if SearchTokenizer.isIgnored(scalar) { return (.ignored, []) }
        if SearchTokenizer.isCJK(scalar) { return (.cjk, []) }
        if SearchTokenizer.isWordCharacter(scalar) { return (.word, SearchTokenizer.foldedBytes(scalar)) }
        return (.separator, [])
    }
}
