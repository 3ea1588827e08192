/// Turns parsed templates into renderers, once per build: every name is resolved against the
/// types of the context stack (through partials, parents and sections), so a misspelled name
/// is reported with its position when the theme loads, and rendering reads fields directly.
struct TemplateCompiler {
    /// The whitespace added to (and removed from) each line while compiling included content:
    /// a standalone partial's indentation, a substituted block's re-indentation.
    struct Indentation {
        var strip = ""
        var add = ""
    }

    private struct Override {
        var block: TemplateBlock
        var file: String
    }

    let library: TemplateLibrary
    /// Typed contexts: an unknown partial is an error. Dynamic data: it renders as nothing,
    /// as the Mustache spec asks.
    let strict: Bool
    private(set) var errors: [TemplateError] = []
    private var scopes: [TemplateScope]
    private var file: String
    private var overrides: [String: Override] = [:]
    private var indentation = Indentation()
    private var stripPending = false
    private var includeDepth = 0
    /// Includes being compiled, by `includeKey`: one that includes itself again, with the
    /// same scopes, renders through the body being compiled instead of compiling it again.
    private var inProgress: [String: OpBox] = [:]
    /// Every include being compiled, outermost first (`inProgress` keeps only the innermost
    /// per key).
    private var openBoxes: [OpBox] = []
    /// Sections and includes open around the node being compiled.
    private var nesting = 0
    private var reportedNesting = false
    /// Deeper nesting is refused: compiling and rendering recurse once per level.
    static let maxNesting = 256

    /// Compiles `template` for a root value of type `Root`.
    static func compile<Root: TemplateData>(_ template: ParsedTemplate, root: Root.Type, library: TemplateLibrary, strict: Bool) -> (TemplateOp, [TemplateError]) {
        var compiler = TemplateCompiler(library: library, strict: strict, scopes: [Root.scope(depth: 0)], file: template.displayPath)
        let op = compiler.compile(template.nodes)
        var seen = Set<TemplateError>()
        return (op, compiler.errors.filter { seen.insert($0).inserted })
    }

    private init(library: TemplateLibrary, strict: Bool, scopes: [TemplateScope], file: String) {
        self.library = library
        self.strict = strict
        self.scopes = scopes
        self.file = file
    }

    mutating func error(_ kind: TemplateError.Kind, _ position: TemplatePosition?, _ message: String) {
        errors.append(TemplateError(kind, file, position, message))
    }

    // MARK: - Nodes

    mutating func compile(_ nodes: [TemplateNode]) -> TemplateOp {
        guard nesting < Self.maxNesting else {
            if !reportedNesting {
                reportedNesting = true
                error(.syntax, Self.position(of: nodes), "sections and partials nest more than \(Self.maxNesting) deep here")
            }
            return { _ in }
        }
        nesting += 1
        defer { nesting -= 1 }
        var ops: [TemplateOp] = []
        var pending: [UInt8] = []
        func flush() {
            guard !pending.isEmpty else { return }
            let bytes = pending
            ops.append { $0.bytes.append(contentsOf: bytes) }
            pending = []
        }
        for node in nodes {
            switch node {
            case .lineStart:
                pending += indentation.add.utf8
                stripPending = !indentation.strip.isEmpty
                continue
            case .text(var text):
                if stripPending { text = Self.dropIndentation(indentation.strip, from: text) }
                pending += text.utf8
            case .variable(let name, let escaped, let position):
                flush()
                ops.append(resolve(TemplateUse(kind: .interpolation(escaped: escaped), name: name, position: position)))
            case .section(let name, let inverted, let children, let position):
                flush()
                ops.append(resolve(TemplateUse(kind: inverted ? .inverted(children) : .section(children), name: name, position: position)))
            case .partial(let name, let indentation, let position):
                flush()
                ops.append(include(name, indentation: indentation, position: position, blocks: [:]))
            case .parent(let name, let indentation, let blocks, let position):
                flush()
                ops.append(include(name, indentation: indentation, position: position, blocks: blocks))
            case .block(let block):
                flush()
                ops.append(substitute(block))
            }
            stripPending = false
        }
        flush()
        if ops.count == 1 { return ops[0] }
        if ops.isEmpty { return { _ in } }
        return { state in for op in ops { op(&state) } }
    }

    private static func position(of nodes: [TemplateNode]) -> TemplatePosition? {
        for node in nodes {
            switch node {
            case .variable(_, _, let position), .section(_, _, _, let position), .partial(_, _, let position), .parent(_, _, _, let position):
                return position
            case .block(let block):
                return block.position
            case .text, .lineStart:
                continue
            }
        }
        return nil
    }

    private static func dropIndentation(_ strip: String, from text: String) -> String {
        if text.hasPrefix(strip) { return String(text.dropFirst(strip.count)) }
        return String(text.drop { ($0 == " " || $0 == "\t") })
    }

    /// A section's children, with a value of type `T` pushed on the stack.
    mutating func compileSection<T: TemplateData>(_ children: [TemplateNode], pushing type: T.Type) -> TemplateOp {
        let scope = T.scope(depth: scopes.count)
        // A typed frame sits at a fixed depth: a body holding one cannot be reused deeper.
        if !scope.isDynamic { for box in openBoxes { box.opensTypedFrame = true } }
        scopes.append(scope)
        defer { scopes.removeLast() }
        return compile(children)
    }

    /// Compiles `children` only to report their errors (a section that can never render).
    mutating func checkOnly(_ children: [TemplateNode]) {
        _ = compile(children)
    }

    // MARK: - Names

    private mutating func resolve(_ use: TemplateUse) -> TemplateOp {
        guard let first = use.name.parts.first else { return scopes[scopes.count - 1].itself(use, &self) }
        return resolve(use, first: first, below: scopes.count, sawDynamic: false)
    }

    var scopeCount: Int { scopes.count }

    /// Looks `first` up from the innermost scope below `below` outwards. Dynamic frames are
    /// asked at render time, falling back to the scopes outside them.
    private mutating func resolve(_ use: TemplateUse, first: String, below: Int, sawDynamic: Bool) -> TemplateOp {
        let rest = use.name.parts.dropFirst()
        var index = below - 1
        while index >= 0 {
            let scope = scopes[index]
            if scope.isDynamic { return resolveDynamic(use, first: first, top: index) }
            if let member = scope.lookup(first) { return member(use, rest, &self) }
            index -= 1
        }
        if !sawDynamic {
            let innermost = scopes.last?.typeName ?? "the context"
            let outer = scopes.dropLast().reversed().map(\.typeName)
            let candidates = scopes.flatMap(\.fieldNames)
            let suggestion = Self.suggestion(for: first, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
            let within = outer.isEmpty ? innermost : "\(innermost) or any enclosing context (\(outer.joined(separator: ", ")))"
            error(.unknownName, use.position, "'\(first)' is not a field of \(within)\(suggestion)")
        }
        // A name found nowhere is falsey: an inverted section renders, anything else prints nothing.
        if case .inverted(let children) = use.kind { return compile(children) }
        return { _ in }
    }

    /// A run of dynamic frames ending at scope `top`: the innermost frame that has `first`
    /// answers, found at render time; when none has it, the scopes below the run do.
    private mutating func resolveDynamic(_ use: TemplateUse, first: String, top: Int) -> TemplateOp {
        var bottom = top
        while bottom > 0, scopes[bottom - 1].isDynamic { bottom -= 1 }
        let boundary = scopes[bottom].depth
        let above = scopes.count - 1 - top
        let find: @Sendable (borrowing RenderState) -> TemplateValue? = { state in
            var index = state.frames.count - 1 - above
            while index >= boundary {
                if let value = state.frames[index].assumingMemoryBound(to: TemplateValue.self).pointee[first] { return value }
                index -= 1
            }
            return nil
        }
        let found = TemplateValue.compile(use, rest: use.name.parts.dropFirst(), value: .computed { find($0) ?? .null }, in: &self)
        let fallback = resolve(use, first: first, below: bottom, sawDynamic: true)
        return { state in if find(state) != nil { found(&state) } else { fallback(&state) } }
    }

    mutating func unknownField(_ use: TemplateUse, part: String, typeName: String, candidates: [String]) {
        let shown = use.name.parts.prefix { $0 != part } + [part]
        let suggestion = Self.suggestion(for: part, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
        error(.unknownName, use.position, "'\(shown.joined(separator: "."))' is not a field of \(typeName)\(suggestion)")
    }

    /// The closest field name, when one is close enough to be a likely typo.
    static func suggestion(for name: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(name.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, name.count / 3) else { return nil }
        return best.0
    }

    /// Edits (insertions, deletions, substitutions, swaps of neighbours) from `a` to `b`.
    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1) }
            }
        }
        return table[a.count][b.count]
    }

    // MARK: - Partials, parents and blocks

    private mutating func include(_ name: String, indentation tagIndentation: String?, position: TemplatePosition, blocks: [String: TemplateBlock]) -> TemplateOp {
        guard let template = library.template(named: name) else {
            if strict || library.failedToParse(name) {
                if !library.failedToParse(name) {
                    error(.unknownPartial, position, "'\(name)' names no template (expected templates/\(name).mustache)")
                }
            }
            return { _ in }
        }
        let key = includeKey(name, tagIndentation, blocks)
        // Reused only when sections have pushed dynamic data since: the recursion then ends
        // with the data. Anything else would never end, and is reported below.
        if let box = inProgress[key], scopes.count > box.scopeCount {
            if box.reuseSite == nil { box.reuseSite = (file, position) }
            let cost = nesting - box.nesting
            let failure = TemplateError(.recursion, file, position, "'\(name)' includes itself more than \(RenderState.maxDepth) levels deep with this data (does a section name a list that contains itself?)")
            return { state in
                // After a failure nothing recurses again: a loop at every level would
                // otherwise retry the whole depth once per item.
                guard state.failure == nil else { return }
                guard state.depth + cost <= RenderState.maxDepth else {
                    if state.failure == nil { state.failure = failure }
                    return
                }
                state.depth += cost
                box.op(&state)
                state.depth -= cost
            }
        }
        guard includeDepth < 32 else {
            error(.recursion, position, "'\(name)' includes itself without end (partials and parents nest more than 32 deep)")
            return { _ in }
        }
        let saved = (file, indentation, overrides, stripPending)
        defer { (file, indentation, overrides, stripPending) = saved; includeDepth -= 1 }
        includeDepth += 1
        // The outermost substitution wins: a block given further out is kept over this one.
        for (blockName, block) in blocks where overrides[blockName] == nil { overrides[blockName] = Override(block: block, file: file) }
        var nodes = template.nodes
        if let tagIndentation {
            indentation = Indentation(strip: "", add: indentation.add + Self.dropIndentation(indentation.strip, from: tagIndentation))
        } else {
            indentation.strip = ""
            // Included mid-line: its first line continues the current one.
            if case .lineStart? = nodes.first { nodes.removeFirst() }
        }
        file = template.displayPath
        stripPending = false
        let box = OpBox(scopeCount: scopes.count, nesting: nesting)
        let outer = inProgress[key]
        inProgress[key] = box
        openBoxes.append(box)
        defer { inProgress[key] = outer; openBoxes.removeLast() }
        box.op = compile(nodes)
        if let (reuseFile, reusePosition) = box.reuseSite, box.opensTypedFrame {
            // The reused body would read its typed frames at the depths of its first use.
            errors.append(TemplateError(.recursion, reuseFile, reusePosition, "'\(name)' includes itself inside a section over front-matter data and also opens a section over a typed value; such a recursion may only read the data's own fields"))
            box.op = { _ in }
        }
        return box.op
    }

    /// What an include compiles to depends on: the template, the indentation, the blocks in
    /// effect, and the scopes, where a run of dynamic frames on top counts as one.
    private func includeKey(_ name: String, _ tagIndentation: String?, _ blocks: [String: TemplateBlock]) -> String {
        var run = scopes.count
        while run > 0, scopes[run - 1].isDynamic { run -= 1 }
        let scopeNames = scopes[..<run].map { $0.isDynamic ? "?" : $0.typeName } + (run < scopes.count ? ["*"] : [])
        let blockNames = (Array(overrides.keys) + Array(blocks.keys)).sorted()
        return [name, tagIndentation ?? "-", indentation.add, indentation.strip, blockNames.joined(separator: ","), scopeNames.joined(separator: "/")]
            .joined(separator: "\u{1}")
    }

    private mutating func substitute(_ block: TemplateBlock) -> TemplateOp {
        guard let override = overrides[block.name] else { return compile(block.children) }
        let saved = (file, indentation, overrides, stripPending)
        defer { (file, indentation, overrides, stripPending) = saved }
        overrides[block.name] = nil
        let site = Self.dropIndentation(indentation.strip, from: block.layout.indentation)
        indentation = Indentation(strip: override.block.layout.standalone ? override.block.layout.indentation : "", add: indentation.add + site)
        var nodes = override.block.children
        file = override.file
        stripPending = false
        if !block.layout.standalone, case .lineStart? = nodes.first {
            // The site is mid-line: the first line gets no indentation, but loses its own.
            nodes.removeFirst()
            stripPending = !indentation.strip.isEmpty
        }
        return compile(nodes)
    }
}

/// A compiled body filled in after it is referenced (recursive partials).
final class OpBox: @unchecked Sendable {
    var op: TemplateOp = { _ in }
    let scopeCount: Int
    /// The compiler's nesting where the body starts.
    let nesting: Int
    /// Where it is first included again from inside itself (one level deeper in the data).
    var reuseSite: (String, TemplatePosition)?
    /// The body pushes a typed frame (a section over a context, a list or text).
    var opensTypedFrame = false

    init(scopeCount: Int, nesting: Int) {
        self.scopeCount = scopeCount
        self.nesting = nesting
    }
}
