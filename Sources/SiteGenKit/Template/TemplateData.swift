/// A type a template can reach: it says, once per template load, what each use of one of its
/// values compiles to. Context structs get this from their `TemplateFields`; the basic types
/// (text, numbers, flags, optionals, lists, UI strings, dynamic data) conform below.
protocol TemplateData {
    /// How errors name the type ("text", "a list", "page").
    static var templateTypeName: String { get }
    /// `use` reaches a value of this type through `value`; `rest` are the name's parts left to
    /// resolve inside it (`title` in `page.title` once `page` is found).
    static func compile(_ use: TemplateUse, rest: ArraySlice<String>, value: TemplateGetter<Self>, in compiler: inout TemplateCompiler) -> TemplateOp
    /// The scope a section over one of these values opens (the value as the top frame).
    static func scope(depth: Int) -> TemplateScope
}

/// Reads a value at render time. Values that live in memory already (pushed frames and their
/// stored fields, reached by offset) are read in place, without copying the structs around them.
struct TemplateGetter<Value> {
    enum Source {
        case address((borrowing RenderState) -> UnsafeRawPointer)
        case value((borrowing RenderState) -> Value)
    }
    let source: Source

    @inline(__always)
    func callAsFunction(_ state: borrowing RenderState) -> Value {
        switch source {
        case .address(let address): return address(state).assumingMemoryBound(to: Value.self).pointee
        case .value(let read): return read(state)
        }
    }

    /// Runs `body` with the value pushed as the innermost frame.
    @inline(__always)
    func push(_ state: inout RenderState, _ body: TemplateOp) {
        switch source {
        case .address(let address):
            state.frames.append(address(state))
            body(&state)
            state.frames.removeLast()
        case .value(let read):
            state.with(read(state), body)
        }
    }

    func map<Next>(_ transform: @escaping (Value) -> Next) -> TemplateGetter<Next> {
        switch source {
        case .address(let address):
            return TemplateGetter<Next>(source: .value { transform(address($0).assumingMemoryBound(to: Value.self).pointee) })
        case .value(let read):
            return TemplateGetter<Next>(source: .value { transform(read($0)) })
        }
    }

    /// A stored field `offset` bytes into the value, or `read` when it has no fixed offset.
    func field<Next>(offset: Int?, _ read: @escaping (Value) -> Next) -> TemplateGetter<Next> {
        if let offset, case .address(let address) = source {
            return TemplateGetter<Next>(source: .address { address($0) + offset })
        }
        return map(read)
    }

    /// The value of the frame at `depth` itself.
    static func frame(_ depth: Int) -> TemplateGetter<Value> {
        TemplateGetter(source: .address { $0.frames[depth] })
    }

    /// The value of the frame `offset` frames below the top (recursive partials over dynamic
    /// data reuse one compiled body at any depth).
    static func fromTop(_ offset: Int) -> TemplateGetter<Value> {
        TemplateGetter(source: .address { $0.frames[$0.frames.count - 1 - offset] })
    }

    /// Computed at render time.
    static func computed(_ read: @escaping (borrowing RenderState) -> Value) -> TemplateGetter<Value> {
        TemplateGetter(source: .value(read))
    }
}

extension TemplateGetter {
    /// The wrapped value of an optional the caller has checked is not nil. A payload sits at
    /// the start of its optional's memory, so a value in memory is still read in place.
    func unwrapped<Wrapped>() -> TemplateGetter<Wrapped> where Value == Wrapped? {
        switch source {
        case .address(let address): return TemplateGetter<Wrapped>(source: .address(address))
        case .value: return map { $0! }
        }
    }
}

/// One tag, as the compiler hands it to a type.
struct TemplateUse {
    enum Kind {
        case interpolation(escaped: Bool)
        case section([TemplateNode])
        case inverted([TemplateNode])
    }
    var kind: Kind
    var name: TemplateName
    var position: TemplatePosition

    var children: [TemplateNode] {
        switch kind {
        case .interpolation: return []
        case .section(let nodes), .inverted(let nodes): return nodes
        }
    }
}

extension TemplateData {
    static func scope(depth: Int) -> TemplateScope { .leaf(Self.self, depth: depth) }

    /// Shared handling for values without fields: a name going further is an error.
    static func noFields(_ use: TemplateUse, rest: ArraySlice<String>, in compiler: inout TemplateCompiler) -> Bool {
        guard let part = rest.first else { return false }
        compiler.error(.unknownName, use.position, "'\(use.name)': \(templateTypeName) has no field '\(part)'")
        return true
    }
}
