/// A position in a source file: 1-based line and column (columns count UTF-8 bytes, as cmark does).
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// The span of source text a node came from.
public struct SourceRange: Sendable, Hashable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// Shifts every line by `lines` — used when a fragment was parsed on its own.
    func offset(lines: Int, columns: Int = 0) -> SourceRange {
        SourceRange(
            start: SourcePosition(line: start.line + lines, column: start.column + (start.line == 1 ? columns : 0)),
            end: SourcePosition(line: end.line + lines, column: end.column + (end.line == 1 ? columns : 0))
        )
    }

    public static let unknown = SourceRange(start: .init(line: 0, column: 0), end: .init(line: 0, column: 0))
}

/// One node of a parsed Markdown document: an immutable Swift copy of cmark's AST, plus the
/// node kinds sitegen's extensions add on top of it.
public struct MarkdownNode: Sendable, Equatable {
    public var kind: Kind
    public var range: SourceRange
    public var children: [MarkdownNode]

    public init(_ kind: Kind, range: SourceRange = .unknown, children: [MarkdownNode] = []) {
        self.kind = kind
        self.range = range
        self.children = children
    }

    public enum Kind: Sendable, Equatable {
        // CommonMark blocks
        case document
        case blockQuote
        case list(ListInfo)
        case item
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case paragraph
        case heading(HeadingInfo)
        case thematicBreak
        // CommonMark inlines
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case link(destination: String, title: String)
        case image(source: String, title: String)
        // sitegen extensions
        case table(TableInfo)
        case tableRow(header: Bool)
        case tableCell
        case callout(CalloutKind)
    }

    /// A heading; `id` and `scope` are filled in by the heading-attributes extension.
    public struct HeadingInfo: Sendable, Equatable {
        public var level: Int
        public var id: String?
        /// Raw `only=` entries ("enterprise", "desk", "desk:enterprise"); empty when unrestricted.
        public var scope: [String]

        public init(level: Int, id: String? = nil, scope: [String] = []) {
            self.level = level
            self.id = id
            self.scope = scope
        }
    }

    public struct ListInfo: Sendable, Equatable {
        public var ordered: Bool
        public var start: Int
        public var tight: Bool
    }

    /// Column alignment of a table; `nil` entries are unaligned.
    public struct TableInfo: Sendable, Equatable {
        public var alignments: [Alignment?]
        public var caption: String?
    }

    public enum Alignment: String, Sendable, Equatable {
        case left, center, right
    }
}

extension MarkdownNode {
    /// The node's text with all markup dropped, as used for heading ids and image alt text.
    public var plainText: String {
        switch kind {
        case .text(let s), .code(let s): return s
        case .softBreak, .lineBreak: return " "
        case .htmlInline: return ""
        default: return children.map(\.plainText).joined()
        }
    }

    /// Whether this node's children may be blocks (list-table cells hold blocks too): the
    /// extension passes descend only through these, so they do not copy every paragraph's
    /// inlines on the way.
    var holdsBlocks: Bool {
        switch kind {
        case .document, .blockQuote, .list, .item, .callout, .table, .tableRow, .tableCell: return true
        default: return false
        }
    }

    /// Whether this block or a block inside it (not inlines) matches — a cheap test that lets the
    /// extension passes skip copying trees they would not change.
    func containsBlock(where predicate: (Kind) -> Bool) -> Bool {
        predicate(kind) || (holdsBlocks && children.contains { $0.containsBlock(where: predicate) })
    }

    /// Like `forEach`, but descending only through `holdsBlocks` nodes: reaches every heading
    /// and block without visiting inlines.
    func forEachBlock(_ body: (MarkdownNode) -> Void) {
        body(self)
        if holdsBlocks { for child in children { child.forEachBlock(body) } }
    }

    /// Depth-first, pre-order walk over this node and its descendants.
    public func forEach(_ body: (MarkdownNode) throws -> Void) rethrows {
        try body(self)
        for child in children { try child.forEach(body) }
    }
}
