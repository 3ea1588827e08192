/// Makes filler sentences for article bodies, in a way that lets a translation be "the English
/// body with words lightly altered" while keeping exactly the same structure.
///
/// Two random streams: `structure` decides everything the English file contains (word choice,
/// formatting, where links go) and is consumed identically for every language; `alter` (only
/// for translations) swaps some words for the language's own vocabulary. Keeping them apart is
/// what keeps links, headings and ids identical across translations.
struct ProseWriter {
    var structure: SplitMix64
    var alter: SplitMix64?
    let language: LanguageProfile

    /// Words written so far; the body generator uses this to stay within its word budget.
    private(set) var wordCount = 0

    init(seed: UInt64, language: LanguageProfile) {
        structure = SplitMix64(seed: seed)
        alter = language.code == "en" ? nil : SplitMix64(seed: SplitMix64.mix(seed, language.code.hashValueStable))
        self.language = language
    }

    private static let words = [
        "account", "workspace", "team", "message", "customer", "request", "report", "setting", "change", "option",
        "page", "list", "field", "number", "address", "access", "owner", "admin", "member", "plan", "tier",
        "invoice", "payment", "domain", "campaign", "ticket", "reply", "rule", "step", "form", "theme", "flow",
        "can", "will", "should", "must", "may", "usually", "only", "also", "still", "already", "again", "first",
        "open", "choose", "select", "save", "send", "add", "remove", "turn", "check", "keep", "find", "see",
        "the", "the", "the", "a", "a", "your", "your", "this", "each", "every", "any", "some", "other", "new",
        "to", "to", "of", "of", "in", "in", "for", "for", "with", "on", "from", "after", "before", "when", "if",
        "and", "and", "or", "but", "so", "that", "which", "it", "you", "you", "we", "they", "is", "are", "be",
        "automatically", "quickly", "later", "today", "monthly", "securely", "manually", "directly",
    ]
    private static let codeSpans = ["RF-1042", "api_key", "--dry-run", "200 OK", "X-Request-ID", "en-US",
                                    "settings.json", "SPF", "DKIM", "HTTP 429", "owner", "read:reports"]

    /// One word, possibly formatted, possibly swapped for a word of the target language.
    mutating func word() -> String {
        wordCount += 1
        let style = structure.below(100)
        var word = structure.pick(Self.words)
        if style < 3 { word = "`\(structure.pick(Self.codeSpans))`" }
        if var stream = alter {
            if stream.chance(0.2) { word = stream.pick(language.nouns) }
            alter = stream
        }
        switch style {
        case 3...5: return "**\(word)**"
        case 6...8: return "*\(word)*"
        default: return word
        }
    }

    mutating func sentence(_ range: ClosedRange<Int> = 8...18) -> String {
        let count = structure.between(range.lowerBound, range.upperBound)
        var parts: [String] = []
        for position in 0..<count {
            var next = word()
            if position == 0 { next = capitalized(next) }
            if position > 2, position < count - 2, structure.chance(0.06) { next += "," }
            parts.append(next)
        }
        return parts.joined(separator: " ") + "."
    }

    mutating func paragraph(sentences: Int, extra: [String] = []) -> String {
        ((0..<sentences).map { _ in sentence() } + extra).joined(separator: " ")
    }

    /// A noun phrase in the page's language (table cells, menu paths).
    mutating func noun() -> String { language.nouns[structure.below(language.nouns.count)] }
}
