import Foundation

/// The report as JSON, CSV or plain text.
extension FeedbackReport {
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// One line per article × language. Cells that a spreadsheet would run as a formula are
    /// prefixed with `'`.
    public func csv() -> String {
        var lines = ["article,language,yes,no,votes,helpfulness,low,high,translation_state,source_helpfulness,clearly_worse_than_source,comments"]
        for row in articles {
            let cells = [
                row.article, row.language, String(row.yes), String(row.no), String(row.votes),
                Self.decimal(row.helpfulness), Self.decimal(row.low), Self.decimal(row.high),
                row.translationState.joined(separator: " "), Self.decimal(row.source?.helpfulness),
                row.source.map { $0.clearlyWorse ? "yes" : "no" } ?? "",
                row.comments.map(\.text).joined(separator: "\n"),
            ]
            lines.append(cells.map(Self.csvCell).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    public func text() -> String {
        var out = "Helpfulness by article and language (95 % Wilson interval; fewer than \(minimumVotes) votes: too few to tell)\n\n"
        if articles.isEmpty { out += "No votes yet.\n" }
        for row in articles {
            var line = "\(row.article) [\(row.language)]  \(row.yes) yes, \(row.no) no: "
            if let helpfulness = row.helpfulness, let low = row.low, let high = row.high {
                line += "\(Self.percent(helpfulness)) helpful (\(Self.percent(low))–\(Self.percent(high)))"
            } else {
                line += "too few votes"
            }
            if !row.translationState.isEmpty { line += "  [\(row.translationState.joined(separator: ", "))]" }
            if let source = row.source, source.clearlyWorse {
                line += "  CLEARLY WORSE than \(source.language) (\(source.helpfulness.map(Self.percent) ?? "?"))"
            }
            out += Self.printable(line) + "\n"
            if row.revisions.count > 1 {
                for revision in row.revisions {
                    out += "    source revision \(revision.sourceRevision.prefix(12)) from \(revision.firstVote): \(revision.yes) yes, \(revision.no) no\n"
                }
            }
        }
        for language in byLanguage {
            out += "\nReasons and comments, \(language.language):\n"
            for (reason, count) in language.reasons.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) { out += "  \(reason): \(count)\n" }
            for remark in language.comments {
                out += "  \(remark.comment.date) \(Self.printable(remark.article)): \(Self.printable(remark.comment.text))\n"
            }
        }
        for language in zeroResultSearches {
            out += "\nSearches with no results, \(language.language):\n"
            for query in language.queries { out += "  \(query.count) × \(Self.printable(query.query))\n" }
        }
        return out
    }

    static func percent(_ value: Double) -> String { String(format: "%.0f %%", value * 100) }

    static func decimal(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "" }

    /// Readers' text on a terminal: control characters (escape sequences) shown as `?`, lines joined.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar == "\n" || scalar == "\t" ? " " : (scalar.properties.generalCategory == .control ? "?" : scalar)
        }))
    }

    static func csvCell(_ text: String) -> String {
        var cell = text
        if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { cell = "'" + cell }
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
