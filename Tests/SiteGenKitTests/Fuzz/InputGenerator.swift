import Foundation

/// Generates hostile Markdown and front matter from a seed: sitegen's extensions (tables, list
/// tables, callouts, heading attributes, links between articles) mixed with broken variants,
/// scheme URLs, raw HTML, odd Unicode and control characters. The same seed always gives the
/// same input, so a failure is replayed with `SITEGEN_FUZZ_SEED`.
struct InputGenerator {
    var random: SplitMix
    /// Inputs that mostly build: links that resolve, valid front matter, no control
    /// characters; still scheme URLs, raw HTML and every extension.
    var mild = false

    init(seed: UInt64) { random = SplitMix(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
    mutating func pick<T>(_ options: [T]) -> T { options[int(0...(options.count - 1))] }

    static let words = ["refund", "Dépannage", "請求書", "الفواتير", "Счета", "fee", "a", "", "x_y", "🙂", "e\u{301}", "\u{200B}", "\u{202E}rtl", "&amp;", "<b>", "\\*", "`"]
    static let urls = ["other.md", "../billing/refunds.md#fees", "#totals", "invoice.md#missing", "javascript:alert(1)", "JaVaScRiPt:x", "vbscript:x",
                       "data:text/html,<script>x</script>", "https://example.com/a?b=c&d", "//evil.example", "\\\\evil", "file.png", "../../../../etc/passwd",
                       "%6Aavascript:x", "java\nscript:x", " javascript:x", "mailto:a@b", "", "<>", "a b.md", "welcome.md"]
    static let mildURLs = ["../start/welcome.md", "../billing/refunds.md#fees", "https://example.com/a?b=c&d", "javascript:alert(1)", "data:text/html,x",
                           "JaVaScRiPt:x", "//evil.example", "mailto:a@b", "../billing/invoice.md"]

    mutating func url() -> String { mild ? pick(Self.mildURLs) : pick(Self.urls) }

    mutating func word() -> String {
        if !mild, chance(3) { return String(UnicodeScalar(UInt8(int(0...31)))) }
        return pick(Self.words)
    }

    mutating func inline(depth: Int = 0) -> String {
        var parts: [String] = []
        for _ in 0..<int(1...6) {
            switch depth > 2 ? 0 : int(0...9) {
            case 0, 1, 2: parts.append(word())
            case 3: parts.append("*\(inline(depth: depth + 1))*")
            case 4: parts.append("**\(inline(depth: depth + 1))**")
            case 5: parts.append("[\(inline(depth: depth + 1))](\(url()))")
            case 6: parts.append("![\(word())](\(url()))")
            case 7: parts.append("`\(word())`")
            case 8: parts.append(pick(["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:x\">x</a>", "&#0;", "&#x110000;", "<!--", "]]>"]))
            default: parts.append("<\(url())>")
            }
        }
        return parts.joined(separator: pick([" ", "", "  ", "\t"]))
    }

    mutating func block(depth: Int = 0) -> String {
        switch depth > 3 ? int(0...1) : int(0...13) {
        case 0, 1: return inline() + "\n"
        case 2: return String(repeating: "#", count: int(1...7)) + " " + inline() + pick(["", " {#fees}", " {#\(word())}", " {only=pro}", " {only=mail:enterprise}", " {only=nope}", " {#}", " {"]) + "\n"
        case 3: return (0..<int(1...4)).map { _ in pick(["- ", "* ", "1. ", "  - ", "    - "]) + inline() }.joined(separator: "\n") + "\n"
        case 4: return "> " + pick(["[!NOTE]", "[!TIP]", "[!NOET]", "[!warning]", "[!]", ""]) + "\n> " + inline() + "\n"
        case 5:
            let columns = int(1...4)
            let row = { (g: inout InputGenerator) in "| " + (0..<columns).map { _ in g.inline(depth: 2) }.joined(separator: " | ") + " |" }
            let delimiter = "|" + (0..<(chance(80) ? columns : columns + 1)).map { _ in pick(["---", ":--", ":-:", "--:", "-"]) }.joined(separator: "|") + "|"
            return ([row(&self), delimiter] + (0..<int(0...4)).map { _ in row(&self) }).joined(separator: "\n") + "\n"
        case 6:
            let width = int(1...3)
            let rows = (0..<int(0...4)).map { _ in
                "* " + (0..<(chance(85) ? width : width + 1)).map { index in (index == 0 ? "- " : "  - ") + inline(depth: 2) }.joined(separator: "\n")
            }
            return "```{list-table} \(word())\n" + pick([":header-rows: 1\n", ":header-rows: 9\n", ":header-rows: -1\n", ":widths: 1\n", ""]) + "\n" + rows.joined(separator: "\n") + "\n```\n"
        case 7: return "```\(pick(["", "swift", "{list-table}", "html"]))\n\(inline())\n```\n"
        case 8: return String(repeating: pick([">", "- ", "1. ", "  "]), count: int(1...60)) + inline() + "\n"
        case 9: return "<div>\n\(inline())\n</div>\n"
        case 10: return "[\(word())]: \(url())\n\n[\(word())]\n"
        case 11: return (0..<int(2...5)).map { _ in block(depth: depth + 1) }.joined(separator: "\n")
        case 12: return "---\n"
        default: return "> " + block(depth: depth + 1).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n> ") + "\n"
        }
    }

    mutating func markdown() -> String {
        (0..<int(1...12)).map { _ in block() }.joined(separator: pick(["\n", "\n\n", "\r\n"]))
    }

    /// Front matter: usually valid, often with wrong types, unknown or duplicate keys, odd YAML.
    mutating func frontMatter(title: String) -> String {
        if mild { return "---\ntitle: \(String(reflecting: title))\nupdated: 2025-01-10\n---\n" }
        var lines = ["title: \(chance(90) ? String(reflecting: title) : pick(["", "[a, b]", "{x: 1}", "&a x", "*a", "!!binary x", "|"]))"]
        if chance(90) { lines.append("updated: \(pick(["2025-01-10", "2025-02-30", "yesterday", "2025-01-10T10:00:00Z", "[]", "0"]))") }
        for _ in 0..<int(0...3) {
            lines.append(pick([
                "description: \(String(reflecting: inline()))", "order: \(pick(["1", "-5", "x", "99999999999999999999"]))", "draft: \(pick(["true", "no", "maybe"]))",
                "availability:\n  \(pick(["chat", "mail", "nope"])): [\(pick(["pro", "free", "gold", ""]))]", "translation: {method: \(pick(["machine", "human", "robot"]))}",
                "\(word()): \(word())", "title: again", "\u{200B}title: zero width", "? complex\n: key", "---", "...",
            ]))
        }
        return "---\n" + lines.joined(separator: "\n") + "\n---\n"
    }
}
