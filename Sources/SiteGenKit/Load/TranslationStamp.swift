/// What a translation was translated from, as `sitegen translations stamp` records it:
///
///     translation:
///       method: human
///       source:
///         revision: 3f2a9c1d0b7e
///         sections:
///           _intro: 1a2b3c4d
///           refund-fees: 5e6f7a8b
public struct TranslationStamp: Sendable, Equatable {
    public var revision: String
    /// Section id → hash, in the order recorded.
    public var sections: [(id: String, hash: String)]

    public static func == (lhs: TranslationStamp, rhs: TranslationStamp) -> Bool {
        lhs.revision == rhs.revision && lhs.sections.map(\.id) == rhs.sections.map(\.id) && lhs.sections.map(\.hash) == rhs.sections.map(\.hash)
    }

    /// The stamp for `source` as it is now.
    init(source: SourceDocument) {
        revision = source.contentRevision
        sections = source.sections.map { ($0.id, $0.hash) }
    }

    init(revision: String, sections: [(id: String, hash: String)]) {
        self.revision = revision
        self.sections = sections
    }

    /// The YAML block for the front matter, indented under `translation:`.
    func yamlLines(indent: String = "  ") -> [String] {
        var lines = ["\(indent)source:", "\(indent)\(indent)revision: \(revision)"]
        if !sections.isEmpty {
            lines.append("\(indent)\(indent)sections:")
            for section in sections { lines.append("\(indent)\(indent)\(indent)\(YAMLKey.quoted(section.id)): \(section.hash)") }
        }
        return lines
    }
}

enum YAMLKey {
    /// A mapping key, quoted when YAML could read it as something else.
    static func quoted(_ key: String) -> String {
        let plain = key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } && !(key.first?.isNumber ?? true)
        return plain ? key : "\"" + key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
