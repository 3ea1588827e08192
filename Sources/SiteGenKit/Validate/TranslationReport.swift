/// Per language: which articles are translated, missing, outdated, unstamped or
/// machine-translated, as counts, shares of the source and file lists.
public struct TranslationReport: Sendable, Encodable {
    public struct Entry: Sendable, Encodable {
        public var article: String
        /// The translation's file, or where it would go when missing.
        public var file: String
        public var source: String
        public var state: String
        public var machine: Bool
        /// Source sections changed since the stamp (outdated only).
        public var changedSections: [String]?
    }

    public struct Language: Sendable, Encodable {
        public var code: String
        public var name: String
        public var sourceArticles: Int
        public var translated: Int
        public var upToDate: Int
        public var outdated: Int
        public var unstamped: Int
        public var missing: Int
        public var machine: Int
        /// Whole percent, rounded down, so 79.6% never passes `--fail-under 80`.
        public var translatedPercent: Int
        public var upToDatePercent: Int
        public var entries: [Entry]
    }

    public var sourceLanguage: String
    public var languages: [Language]

    init(site: Site, only: String? = nil) {
        let config = site.config
        sourceLanguage = config.defaultLanguage
        let total = site.articles.count
        languages = config.languages.filter { $0.code != config.defaultLanguage && (only == nil || $0.code == only) }.map { language in
            let entries = site.articles.map { article -> Entry in
                let state = TranslationStatus.state(of: article, in: language.code, defaultLanguage: config.defaultLanguage)
                let translation = article.translations[language.code]
                var changed: [String]?
                if case .outdated(let sections) = state { changed = sections }
                return Entry(article: article.key, file: translation?.displayPath ?? "content/\(language.code)/\(article.source.relativePath)",
                             source: article.source.displayPath, state: state.label,
                             machine: translation?.frontMatter.translationMethod == .machine, changedSections: changed)
            }
            func count(_ state: String) -> Int { entries.filter { $0.state == state }.count }
            let translated = total - count("missing")
            func percent(_ n: Int) -> Int { total == 0 ? 100 : n * 100 / total }
            return Language(code: language.code, name: language.name, sourceArticles: total, translated: translated,
                            upToDate: count("up to date"), outdated: count("outdated"), unstamped: count("unstamped"), missing: count("missing"),
                            machine: entries.filter(\.machine).count, translatedPercent: percent(translated), upToDatePercent: percent(count("up to date")),
                            entries: entries)
        }
    }

    /// The plain-text report `sitegen translations` prints.
    public var text: String {
        var out = ""
        for language in languages {
            out += "\(language.code) (\(language.name)): \(language.translated)/\(language.sourceArticles) translated (\(language.translatedPercent)%), "
            out += "\(language.upToDate) up to date (\(language.upToDatePercent)%), \(language.outdated) outdated, \(language.unstamped) unstamped, "
            out += "\(language.missing) missing, \(language.machine) machine-translated\n"
            for state in ["outdated", "unstamped", "missing", "up to date"] {
                let entries = language.entries.filter { $0.state == state }
                guard !entries.isEmpty else { continue }
                out += "  \(state):\n"
                for entry in entries {
                    switch state {
                    case "outdated": out += "    \(entry.file): the source changed in \(entry.changedSections?.joined(separator: ", ") ?? "?")\n"
                    case "unstamped": out += "    \(entry.file): not stamped; run 'sitegen translations stamp \(entry.file)' once it matches \(entry.source)\n"
                    case "missing": out += "    \(entry.file) (translate \(entry.source))\n"
                    default: out += "    \(entry.file)\n"
                    }
                }
            }
            let machine = language.entries.filter(\.machine)
            if !machine.isEmpty {
                out += "  machine-translated:\n"
                for entry in machine { out += "    \(entry.file)\n" }
            }
        }
        return out
    }
}
