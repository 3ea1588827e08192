import Foundation

/// The report as one self-contained HTML page: inline CSS and SVG charts, no script, every
/// reader-supplied text escaped.
extension FeedbackReport {
    public func html(title: String = "Feedback report") -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(title))</title>
            <style>
            body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
            h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
            table{border-collapse:collapse;width:100%}th,td{padding:.35rem .5rem;border-bottom:1px solid #d0d7de;text-align:start;vertical-align:top}
            th{font-size:.8rem;color:#57606a;text-transform:uppercase}td.n{text-align:end;font-variant-numeric:tabular-nums}td.bar{white-space:nowrap}
            .tag{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:.6rem;background:#eaeef2;margin-inline-end:.25rem}
            .tag.worse{background:#ffebe9;color:#a40e26;font-weight:600}.few{color:#57606a}
            ul{margin:.25rem 0;padding-inline-start:1.25rem}.muted{color:#57606a;font-size:.85rem}
            </style>
            </head>
            <body>
            <h1>\(Self.escape(title))</h1>
            <p class="muted">Share of readers who found each page helpful, with its 95&nbsp;% Wilson interval (the bar's whiskers).
            Pages with fewer than \(minimumVotes) votes are listed as too few to tell. Most in need of attention first.</p>

            """
        out += languageChart()
        out += "<h2>Articles</h2>\n<table>\n<thead><tr><th>Article</th><th>Language</th><th>Yes</th><th>No</th><th>Helpful</th><th>Compared with the source</th><th>By source revision</th></tr></thead>\n<tbody>\n"
        for row in articles {
            out += "<tr><td>\(Self.escape(row.article))</td><td>\(Self.escape(row.language))"
            for state in row.translationState { out += " <span class=\"tag\">\(Self.escape(state))</span>" }
            out += "</td><td class=\"n\">\(row.yes)</td><td class=\"n\">\(row.no)</td><td class=\"bar\">"
            if let helpfulness = row.helpfulness, let low = row.low, let high = row.high {
                out += Self.bar(helpfulness, low, high) + "\u{00A0}" + Self.percent(helpfulness).replacingOccurrences(of: " ", with: "\u{00A0}")
            } else {
                out += "<span class=\"few\">too few votes</span>"
            }
            out += "</td><td>"
            if let source = row.source {
                out += source.helpfulness.map { "\(Self.escape(source.language)): \(Self.percent($0))" } ?? "\(Self.escape(source.language)): too few votes"
                if source.clearlyWorse { out += " <span class=\"tag worse\">clearly worse</span>" }
            }
            out += "</td><td>"
            if row.revisions.count > 1 {
                out += "<ul>" + row.revisions.map { "<li>\(Self.escape(String($0.sourceRevision.prefix(8)))) from \($0.firstVote): \($0.yes)/\($0.no)</li>" }.joined() + "</ul>"
            }
            out += "</td></tr>\n"
        }
        if articles.isEmpty { out += "<tr><td colspan=\"7\">No votes yet.</td></tr>\n" }
        out += "</tbody>\n</table>\n"
        for language in byLanguage {
            out += "<h2>Reasons and comments: \(Self.escape(language.language))</h2>\n"
            if !language.reasons.isEmpty {
                out += "<p>" + language.reasons.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) })
                    .map { "<span class=\"tag\">\(Self.escape($0.key)): \($0.value)</span>" }.joined() + "</p>\n"
            }
            if !language.comments.isEmpty {
                out += "<ul>\n" + language.comments.map {
                    "<li><span class=\"muted\">\($0.comment.date) \(Self.escape($0.article))</span> \(Self.escape($0.comment.text))</li>\n"
                }.joined() + "</ul>\n"
            }
        }
        if !zeroResultSearches.isEmpty {
            out += "<h2>Searches with no results</h2>\n"
            for language in zeroResultSearches {
                out += "<h3>\(Self.escape(language.language))</h3>\n<ul>\n"
                out += language.queries.map { "<li>\(Self.escape($0.query)) <span class=\"muted\">× \($0.count)</span></li>\n" }.joined()
                out += "</ul>\n"
            }
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// Votes per language: stacked yes/no bars, with the overall helpful share.
    private func languageChart() -> String {
        var totals: [String: (yes: Int, no: Int)] = [:]
        for row in articles { totals[row.language, default: (0, 0)].yes += row.yes; totals[row.language, default: (0, 0)].no += row.no }
        guard let most = totals.values.map({ $0.yes + $0.no }).max(), most > 0 else { return "" }
        let languages = totals.keys.sorted { ($0 == sourceLanguage ? "" : $0) < ($1 == sourceLanguage ? "" : $1) }
        let rowHeight = 26, width = 720, labelWidth = 60, barWidth = width - labelWidth - 190
        var svg = "<h2>Votes by language</h2>\n<svg role=\"img\" aria-label=\"Votes by language\" width=\"\(width)\" height=\"\(languages.count * rowHeight + 24)\" viewBox=\"0 0 \(width) \(languages.count * rowHeight + 24)\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui,sans-serif\" font-size=\"13\">\n"
        for (index, language) in languages.enumerated() {
            let (yes, no) = totals[language]!
            let y = index * rowHeight
            let yesWidth = barWidth * yes / most, noWidth = barWidth * no / most
            svg += "<text x=\"0\" y=\"\(y + 17)\">\(Self.escape(language))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(yesWidth)\" height=\"18\" fill=\"#2da44e\"><title>\(yes) yes</title></rect>"
            svg += "<rect x=\"\(labelWidth + yesWidth)\" y=\"\(y + 4)\" width=\"\(noWidth)\" height=\"18\" fill=\"#cf222e\"><title>\(no) no</title></rect>"
            svg += "<text x=\"\(labelWidth + yesWidth + noWidth + 6)\" y=\"\(y + 17)\">\(yes + no) votes, \(Self.percent(Double(yes) / Double(max(1, yes + no)))) yes</text>\n"
        }
        let legendY = languages.count * rowHeight + 16
        svg += "<rect x=\"\(labelWidth)\" y=\"\(legendY - 10)\" width=\"10\" height=\"10\" fill=\"#2da44e\"/><text x=\"\(labelWidth + 14)\" y=\"\(legendY)\">yes</text>"
        svg += "<rect x=\"\(labelWidth + 50)\" y=\"\(legendY - 10)\" width=\"10\" height=\"10\" fill=\"#cf222e\"/><text x=\"\(labelWidth + 64)\" y=\"\(legendY)\">no</text>\n</svg>\n"
        return svg
    }

    /// A 120-pixel bar for the share of "yes" with the interval as whiskers.
    private static func bar(_ value: Double, _ low: Double, _ high: Double) -> String {
        let scale = 120.0
        let color = high < 0.5 ? "#cf222e" : (low > 0.7 ? "#2da44e" : "#bf8700")
        return "<svg role=\"img\" aria-label=\"\(percent(value)), interval \(percent(low)) to \(percent(high))\" width=\"124\" height=\"14\" viewBox=\"0 0 124 14\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<rect x=\"2\" y=\"3\" width=\"120\" height=\"8\" fill=\"#eaeef2\"/>"
            + "<rect x=\"2\" y=\"3\" width=\"\(Int(value * scale))\" height=\"8\" fill=\"\(color)\"/>"
            + "<line x1=\"\(2 + Int(low * scale))\" y1=\"7\" x2=\"\(2 + Int(high * scale))\" y2=\"7\" stroke=\"#1f2328\" stroke-width=\"1.5\"/>"
            + "<line x1=\"\(2 + Int(low * scale))\" y1=\"2\" x2=\"\(2 + Int(low * scale))\" y2=\"12\" stroke=\"#1f2328\"/>"
            + "<line x1=\"\(2 + Int(high * scale))\" y1=\"2\" x2=\"\(2 + Int(high * scale))\" y2=\"12\" stroke=\"#1f2328\"/></svg>"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
