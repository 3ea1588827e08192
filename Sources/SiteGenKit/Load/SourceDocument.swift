import Foundation

/// What the site knows of one Markdown file: its front matter, headings, sections and
/// revisions. Its body is not kept here: `BodyStore` renders it, or parses the file again.
public struct SourceDocument: Sendable {
    public enum Kind: String, Sendable, Equatable {
        /// `<lang>/<path>.md`
        case article
        /// `<lang>/<folder>/_index.md`
        case category
        /// `<lang>/_index.md`
        case home
    }

    /// Sites hold thousands of documents and copy them while assembling and sorting; one
    /// shared, copy-on-write box makes each copy a single retain instead of one per field.
    /// Mutated only through `unique()`, so a shared box is never written to.
    private final class Storage: @unchecked Sendable {
        var kind: Kind
        var language: String
        var key: String
        var relativePath: String
        var displayPath: String
        var frontMatter: FrontMatter
        var headings: [HeadingSummary] { didSet { headingIndex = Self.index(headings) } }
        /// Heading ids as a set, only for documents with many headings: a link checks its anchor
        /// against these, and n links to a page of n headings must not cost n².
        private(set) var headingIndex: Set<String>?
        var revision: String
        var contentRevision: String
        var sections: [SourceSection]
        init(kind: Kind, language: String, key: String, relativePath: String, displayPath: String, frontMatter: FrontMatter, headings: [HeadingSummary], revision: String, contentRevision: String, sections: [SourceSection]) {
            self.kind = kind
            self.language = language
            self.key = key
            self.relativePath = relativePath
            self.displayPath = displayPath
            self.frontMatter = frontMatter
            self.headings = headings
            self.revision = revision
            self.contentRevision = contentRevision
            self.sections = sections
            headingIndex = Self.index(headings)
        }

        static func index(_ headings: [HeadingSummary]) -> Set<String>? {
            headings.count > 16 ? Set(headings.map(\.id)) : nil
        }

        func copy() -> Storage {
            Storage(kind: kind, language: language, key: key, relativePath: relativePath, displayPath: displayPath, frontMatter: frontMatter, headings: headings, revision: revision, contentRevision: contentRevision, sections: sections)
        }
    }

    private var storage: Storage

    public init(kind: Kind, language: String, key: String, relativePath: String, displayPath: String, frontMatter: FrontMatter, headings: [HeadingSummary], revision: String, contentRevision: String, sections: [SourceSection]) {
        storage = Storage(kind: kind, language: language, key: key, relativePath: relativePath, displayPath: displayPath, frontMatter: frontMatter, headings: headings, revision: revision, contentRevision: contentRevision, sections: sections)
    }

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public var kind: Kind {
        get { storage.kind }
        set { unique().kind = newValue }
    }
    public var language: String {
        get { storage.language }
        set { unique().language = newValue }
    }
    /// The translation key: the path inside the language folder without `.md` (`billing/refunds`);
    /// a category's folder (`billing`); "" for the home page.
    public var key: String {
        get { storage.key }
        set { unique().key = newValue }
    }
    /// The path inside the language folder (`billing/refunds.md`).
    public var relativePath: String {
        get { storage.relativePath }
        set { unique().relativePath = newValue }
    }
    /// The path reported in diagnostics (`content/en/billing/refunds.md`).
    public var displayPath: String {
        get { storage.displayPath }
        set { unique().displayPath = newValue }
    }
    public var frontMatter: FrontMatter {
        get { storage.frontMatter }
        set { unique().frontMatter = newValue }
    }
    /// Every heading, in order: anchors, the table of contents and section scopes use these
    /// without needing the body.
    public var headings: [HeadingSummary] {
        get { storage.headings }
        set { unique().headings = newValue }
    }
    /// Whether a heading has this id: a scan of a few headings, a set lookup for many.
    public func hasHeading(_ id: String) -> Bool {
        if let index = storage.headingIndex { return index.contains(id) }
        return storage.headings.contains { $0.id == id }
    }
    /// A short content hash of the file's bytes: changes whenever the file does.
    public var revision: String {
        get { storage.revision }
        set { unique().revision = newValue }
    }
    /// A hash of the title and body only: what translation stamps compare against.
    public var contentRevision: String {
        get { storage.contentRevision }
        set { unique().contentRevision = newValue }
    }
    /// The body split at top-level headings, each with a hash, to locate changes.
    public var sections: [SourceSection] {
        get { storage.sections }
        set { unique().sections = newValue }
    }


    /// Ids of every heading, in order: what `#anchor` links may point at.
    public var headingIDs: [String] { headings.map(\.id) }

    /// The folder of the file inside its language folder ("" at the top).
    public var folder: String {
        guard let slash = relativePath.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(relativePath[..<slash])
    }
}

/// What the rest of the site needs to know about a heading.
public struct HeadingSummary: Sendable, Equatable {
    public var id: String
    public var text: String
    public var level: Int
    public var line: Int
    public var column: Int
    /// `{only=…}` entries, unchecked.
    public var scope: [String]

    static func all(in body: MarkdownNode) -> [HeadingSummary] {
        var result: [HeadingSummary] = []
        body.forEachBlock { node in
            guard case .heading(let info) = node.kind, let id = info.id else { return }
            result.append(HeadingSummary(id: id, text: node.plainText, level: info.level, line: node.range.start.line, column: node.range.start.column, scope: info.scope))
        }
        return result
    }
}
