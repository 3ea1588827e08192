/// Where one article stands in one language.
public enum TranslationState: Sendable, Equatable {
    /// Stamped, and the source has not changed since.
    case upToDate
    /// Stamped, but the source changed since; `changedSections` names what to revisit.
    case outdated(changedSections: [String])
    /// Translated, but never stamped: nobody knows whether it is current.
    case unstamped
    /// No translation; readers see the source text (or nothing, with `fallback: none`).
    case missing
    /// The source language itself.
    case source

    public var label: String {
        switch self {
        case .upToDate: return "up to date"
        case .outdated: return "outdated"
        case .unstamped: return "unstamped"
        case .missing: return "missing"
        case .source: return "source"
        }
    }
}

enum TranslationStatus {
    static func state(of article: Article, in language: String, defaultLanguage: String) -> TranslationState {
        if language == defaultLanguage { return .source }
        guard let translation = article.translations[language] else { return .missing }
        guard let stamp = translation.frontMatter.translationStamp else { return .unstamped }
        if stamp.revision == article.source.contentRevision { return .upToDate }
        return .outdated(changedSections: changedSections(source: article.source, stamp: stamp))
    }

    /// Readable names of the source sections that differ from the stamp: changed, added or removed.
    static func changedSections(source: SourceDocument, stamp: TranslationStamp) -> [String] {
        let stamped = Dictionary(stamp.sections.map { ($0.id, $0.hash) }, uniquingKeysWith: { first, _ in first })
        var names: [String] = []
        for section in source.sections where stamped[section.id] != section.hash {
            let name = section.id == SourceSection.introID ? "introduction" : "'\(section.title)' (#\(section.id))"
            names.append(stamped[section.id] == nil ? "\(name) (new)" : name)
        }
        let current = Set(source.sections.map(\.id))
        for section in stamp.sections where !current.contains(section.id) {
            names.append("#\(section.id) (removed)")
        }
        if names.isEmpty { names.append("the title") }
        return names
    }
}
