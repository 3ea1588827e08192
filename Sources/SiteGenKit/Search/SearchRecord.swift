import Foundation

/// What the search index keeps of one article file: its terms, each with a weight, and the start
/// of its body text for snippets. Built from the page's own text only — the title, the headings
/// and the body of the Markdown — never from navigation, banners, matrices or forms, which the
/// theme adds around it.
struct SearchRecord: Sendable, Equatable {
    /// The document revision it was built from.
    var revision: String
    var title: String
    /// Distinct terms, each once, in order of first appearance (title, body, headings): the
    /// index builder sorts what it writes.
    var terms: [String]
    /// Per term, 1…63: 48 and up when the title holds it, 32…47 when a heading does, 1…31 when
    /// only the body does; within each band, a BM25 term-frequency score in eight steps.
    var weights: [UInt8]
    /// The body's text, cut after about `excerptLength` characters, for snippets.
    var excerpt: String

    static let excerptLength = 110

    /// Field weights of the BM25F-like frequency: a title word counts as six body words.
    private static let titleWeight = 6.0, headingWeight = 3.0
    /// BM25's k1 and b; lengths are compared to a fixed typical length instead of the
    /// language's average, so a record depends on its own document only (an edit elsewhere
    /// never changes it).
    private static let k1 = 1.2, b = 0.75, typicalLength = 300.0

    init(revision: String, title: String, terms: [String], weights: [UInt8], excerpt: String) {
        self.revision = revision
        self.title = title
        self.terms = terms
        self.weights = weights
        self.excerpt = excerpt
    }

    /// The record of a document whose Markdown was parsed into `body`.
    init(title: String, body: MarkdownNode, revision: String) {
        var counter = TermCounter()
        SearchTokenizer.forEachTermBytes(title) { counter.add($0, field: 0) }
        // The body's text goes to the tokenizer node by node, as if joined into one string.
        var scanner = TermScanner()
        var text = SearchText()
        text.collect(body) { piece in scanner.feed(piece) { counter.add($0, field: 2) } }
        scanner.end { counter.add($0, field: 2) }
        for heading in text.headings { SearchTokenizer.forEachTermBytes(heading) { counter.add($0, field: 1) } }
        let norm = Self.k1 * (1 - Self.b + Self.b * Double(counter.length) / Self.typicalLength)
        var terms: [String] = [], weights: [UInt8] = []
        terms.reserveCapacity(counter.distinct)
        weights.reserveCapacity(counter.distinct)
        counter.forEachTerm { term, count in
            terms.append(term)
            let frequency = Self.titleWeight * Double(count.title) + Self.headingWeight * Double(count.heading) + Double(count.body)
            // The saturated frequency, 0…1.
            let saturation = frequency / (frequency + norm)
            // Eight steps a band: finer scores barely change the order of results, and fewer
            // distinct weights make the postings compress better.
            let step = min(7, Int(saturation * 8))
            weights.append(count.title > 0 ? UInt8(48 + 2 * step) : count.heading > 0 ? UInt8(32 + 2 * step) : UInt8(1 + 4 * step))
        }
        self.init(revision: revision, title: title, terms: terms, weights: weights, excerpt: Self.excerpt(of: text.start))
    }

    /// The first `excerptLength` characters with runs of white space as one space, cut at a
    /// space where there is one near the end.
    static func excerpt(of body: String) -> String {
        var scalars = String.UnicodeScalarView()
        var space = false
        var count = 0
        for scalar in body.unicodeScalars {
            if isSpace(scalar) {
                space = !scalars.isEmpty
                continue
            }
            if space { scalars.append(" "); count += 1 }
            space = false
            guard count < excerptLength else {
                // Back to the last space, unless the text has none nearby (CJK).
                let cut = scalars.lastIndex(of: " ").flatMap { scalars.distance(from: $0, to: scalars.endIndex) < 40 ? $0 : nil } ?? scalars.endIndex
                return String(scalars[..<cut]) + " …"
            }
            scalars.append(scalar)
            count += 1
        }
        return String(scalars)
    }

    /// Whether `scalar` is white space (`Unicode.Scalar.Properties.isWhitespace`), ASCII
    /// without the property lookup.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }
}

/// The text of a Markdown tree, in reading order: headings apart from the rest, the rest
/// handed on piece by piece (`collect`'s closure), of which the start is kept for the excerpt.
struct SearchText {
    var headings: [String] = []
    /// The start of the body: enough of it that `SearchRecord.excerpt(of:)` gives what it
    /// would give for the whole body.
    private(set) var start = ""
    /// Characters other than white space in `start`: past `excerptLength`, the excerpt ends
    /// within it.
    private var visible = 0

    mutating func collect(_ node: MarkdownNode, _ body: (String) -> Void) {
        withUnsafePointer(to: node) { collect(at: $0, body) }
    }

    /// Through pointers into the tree: passing a node by value would copy it (its kind and
    /// children) at every step of the walk.
    private mutating func collect(at node: UnsafePointer<MarkdownNode>, _ body: (String) -> Void) {
        switch node.pointee.kind {
        case .heading:
            headings.append(node.pointee.plainText)
        case .htmlBlock, .htmlInline, .thematicBreak, .image:
            // Raw HTML is not the article's text (and is dropped in safe mode); alt text is
            // not shown as text either.
            break
        case .codeBlock(_, let literal):
            append(literal, body)
            append(" ", body)
        case .text(let text), .code(let text):
            append(text, body)
        case .softBreak, .lineBreak:
            append(" ", body)
        case .paragraph, .tableCell, .item:
            collectChildren(node, body)
            append(" ", body)
        default:
            collectChildren(node, body)
        }
    }

    private mutating func collectChildren(_ node: UnsafePointer<MarkdownNode>, _ body: (String) -> Void) {
        node.pointee.children.withUnsafeBufferPointer { children in
            guard let first = children.baseAddress else { return }
            for index in children.indices { collect(at: first + index, body) }
        }
    }

    private mutating func append(_ text: String, _ body: (String) -> Void) {
        body(text)
        guard visible <= SearchRecord.excerptLength else { return }
        start += text
        for scalar in text.unicodeScalars where !SearchRecord.isSpace(scalar) { visible += 1 }
    }
}
