import Foundation

/// The build cache checked on the benchmark site, untimed, after every timed run: a few edits of
/// kinds the timed edit does not make (a title, a date, words in another language), then one
/// `sitegen build --verify-cache`, which renders every page the cache reuses and makes every
/// other file afresh, and fails on any difference from a clean build. No article is added or
/// removed: that changes every key of the sitemap and the search index, and would hide a key
/// that misses an input.
struct CacheVerification {
    let sitegen: String
    let site: URL
    let plan: SitePlan
    let runner: Runner

    /// Prints what was edited and sitegen's summary; throws (with sitegen's `cache.stale`
    /// lines) when the verify build fails, after saying so on standard output.
    func run() throws {
        let source = plan.languages[0].code
        let content = site.appendingPathComponent("content")
        func file(_ article: SitePlan.Article, _ language: String) -> URL { content.appendingPathComponent("\(language)/\(article.path)") }
        var edits: [String] = []
        let retitled = plan.articles[plan.articles.count / 3]
        try replaceLine(file(retitled, source), prefix: "title:", with: "title: \"Retitled by sitegen-bench\"")
        edits.append("title of \(source)/\(retitled.path)")
        let redated = plan.articles[plan.articles.count * 2 / 3]
        try replaceLine(file(redated, source), prefix: "updated:", with: "updated: 2026-01-15")
        edits.append("date of \(source)/\(redated.path)")
        if let last = plan.languages.indices.last, last > 0, let translated = plan.articles.first(where: { $0.translated[last] }) {
            let language = plan.languages[last].code
            let handle = try FileHandle(forWritingTo: file(translated, language))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("\nsitegenbenchword \(plan.languages[last].siteTitle)\n".utf8))
            edits.append("words of \(language)/\(translated.path)")
        }

        Swift.print("cache verification (untimed), after the timed runs and: \(edits.joined(separator: "; "))")
        do {
            let (_, stderr) = try runner.run([sitegen, "build", "--root", site.path, "--verify-cache"], label: "sitegen build --verify-cache")
            let summary = stderr.split(separator: "\n").last.map(String.init) ?? "(nothing)"
            Swift.print("  sitegen build --verify-cache: no difference — \(summary)")
        } catch let failure as ToolFailure {
            let stale = failure.stderr.split(separator: "\n").filter { $0.contains("(cache.stale)") }
            Swift.print("  sitegen build --verify-cache: FAILED (exit \(failure.status)), \(stale.count) file(s) the cache reused or patched differ from a clean build")
            throw failure
        }
    }

    private func replaceLine(_ url: URL, prefix: String, with line: String) throws {
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else { throw SetupError("\(url.path) has no '\(prefix)' line") }
        lines[index] = line
        try lines.joined(separator: "\n").write(to: url, atomically: false, encoding: .utf8)
    }
}
