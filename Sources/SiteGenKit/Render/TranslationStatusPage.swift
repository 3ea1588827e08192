/// A self-contained HTML page for translation managers: a coloured matrix of articles ×
/// languages to look at rather than read. This is a tool's report, so its words are English.
enum TranslationStatusPage {
    static func render(_ report: TranslationReport, site: Site, feedback: FeedbackSummary? = nil) -> String {
        let e = HTMLEscaping.escapeHTML
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Translation status – \(e(site.config.title(in: site.config.defaultLanguage)))</title>
            <style>
            body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}
            table{border-collapse:collapse;margin-block:1rem}
            th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:start;vertical-align:top}
            td.state{text-align:center;font-size:.85rem;min-width:6rem}
            .up-to-date{background:#c8ecd0}.outdated{background:#ffe0a3}.unstamped{background:#e3e3f8}.missing{background:#f8c9c9}
            .machine::after{content:" (MT)"}
            td small{display:block;color:#444}
            .legend span{display:inline-block;padding:.2rem .5rem;margin-inline-end:.5rem}
            </style>
            </head>
            <body>
            <h1>Translation status</h1>
            <p class="legend"><span class="up-to-date">up to date</span><span class="outdated">outdated</span><span class="unstamped">unstamped</span><span class="missing">missing</span> (MT) machine-translated</p>
            <table>
            <caption>Summary against \(report.languages.first?.sourceArticles ?? 0) source articles (\(e(report.sourceLanguage)))</caption>
            <thead><tr><th scope="col">Language</th><th scope="col">Translated</th><th scope="col">Up to date</th><th scope="col">Outdated</th><th scope="col">Unstamped</th><th scope="col">Missing</th><th scope="col">Machine</th></tr></thead>
            <tbody>

            """
        for language in report.languages {
            html += "<tr><th scope=\"row\">\(e(language.name)) (\(e(language.code)))</th><td>\(language.translated) (\(language.translatedPercent)%)</td>"
            html += "<td>\(language.upToDate) (\(language.upToDatePercent)%)</td><td>\(language.outdated)</td><td>\(language.unstamped)</td><td>\(language.missing)</td><td>\(language.machine)</td></tr>\n"
        }
        html += "</tbody>\n</table>\n<table>\n<caption>Articles × languages</caption>\n<thead><tr><th scope=\"col\">Article</th>"
        for language in report.languages { html += "<th scope=\"col\">\(e(language.code))</th>" }
        if feedback != nil { html += "<th scope=\"col\">Helpful (\(e(report.sourceLanguage)))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for (index, article) in site.articles.enumerated() {
            html += "<tr><th scope=\"row\">\(e(article.source.frontMatter.title ?? article.key))<br><small>\(e(article.source.displayPath))</small></th>"
            let helpful = { (language: String) in feedback?.cell(article: article.id, language: language).map { "<small class=\"helpful\">\(e($0.text))</small>" } ?? "" }
            for language in report.languages {
                let entry = language.entries[index]
                let cssClass = entry.state.replacingOccurrences(of: " ", with: "-") + (entry.machine ? " machine" : "")
                let detail = entry.changedSections.map { " title=\"changed: \(e($0.joined(separator: ", ")))\"" } ?? ""
                html += "<td class=\"state \(cssClass)\"\(detail)>\(e(entry.state))\(helpful(language.code))</td>"
            }
            if feedback != nil { html += "<td class=\"state\">\(helpful(report.sourceLanguage))</td>" }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</body>\n</html>\n"
        return html
    }
}
