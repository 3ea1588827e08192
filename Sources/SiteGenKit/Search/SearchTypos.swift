/// Matching a query word against index terms, as search-index.js does (`matchTerms`,
/// `withinOne`): exact, a completion of the word being typed, or one typo away in a word of
/// five letters or more.
enum SearchTypos {
    /// Shards fetched at most for the words a typo'd word may stand for (`TYPO_SHARDS`).
    static let maxShards = 2

    /// The terms `word` matches, with their factors: 1 exact, 0.8 a completion, 0.5 one edit
    /// away, 0.4 one edit away from the start of a longer term while it is being typed.
    static func matches(_ word: String, prefix: Bool, cjk: Bool, in terms: some Sequence<String>) -> [(term: String, factor: Double)] {
        let chars = Array(word.unicodeScalars)
        let expands = prefix && (cjk || chars.count >= 3), typos = chars.count >= 5
        var found: [(term: String, factor: Double)] = []
        var exact = false
        for term in terms {
            if term == word { exact = true; continue }
            if expands && term.hasPrefix(word) { found.append((term, 0.8)); continue }
            guard typos else { continue }
            let other = Array(term.unicodeScalars)
            if withinOne(chars, other) { found.append((term, 0.5)); continue }
            if prefix && other.count > chars.count {
                if (chars.count - 1...chars.count + 1).contains(where: { withinOne(chars, Array(other.prefix($0))) }) { found.append((term, 0.4)) }
            }
        }
        return exact ? [(word, 1)] + found : found
    }

    /// Whether `a` and `b` differ by at most one insertion, deletion, substitution or swap of
    /// neighbours.
    static func withinOne(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        let la = a.count, lb = b.count
        guard abs(la - lb) <= 1 else { return false }
        var i = 0
        while i < la, i < lb, a[i] == b[i] { i += 1 }
        if i == la, i == lb { return true }
        func same(_ i: Int, _ j: Int) -> Bool { la - i == lb - j && a[i...].elementsEqual(b[j...]) }
        if la == lb {
            return same(i + 1, i + 1) || (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && same(i + 2, i + 2))
        }
        return la > lb ? same(i + 1, i) : same(i, i + 1)
    }
}
