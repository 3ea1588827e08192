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

    struct Override {
        var block: TemplateBlock
        var file: String
    }

    // The state below is internal, not private, only for the compiler's own extensions:
    // name resolution (+Names) and partials, parents and blocks (+Includes).
    let library: TemplateLibrary
    /// Typed contexts: an unknown partial is an error. Dynamic data: it renders as nothing,
    /// as the Mustache spec asks.
    let strict: Bool
    var errors: [TemplateError] = []
    var scopes: [TemplateScope]
    var file: String
    var overrides: [String: Override] = [:]
    var indentation = Indentation()
    var stripPending = false
    var includeDepth = 0
    /// Includes being compiled, by `includeKey`: one that includes itself again, with the
    /// same scopes, renders through the body being compiled instead of compiling it again.
    var inProgress: [String: OpBox] = [:]
    /// Every include being compiled, outermost first (`inProgress` keeps only the innermost
    /// per key).
    var openBoxes: [OpBox] = []
    /// Sections and includes open around the node being compiled.
    var nesting = 0
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

    static func dropIndentation(_ strip: String, from text: String) -> String {
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
}
