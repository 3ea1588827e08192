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

/// Reads a value from the frame stack at render time.
struct TemplateGetter<Value> {
    var read: (borrowing RenderState) -> Value

    @inline(__always)
    func callAsFunction(_ state: borrowing RenderState) -> Value { read(state) }

    func map<Next>(_ transform: @escaping (Value) -> Next) -> TemplateGetter<Next> {
        let read = self.read
        return TemplateGetter<Next> { transform(read($0)) }
    }

    /// The value of the frame at `depth` itself.
    static func frame(_ depth: Int) -> TemplateGetter<Value> {
        TemplateGetter { $0.frames[depth].assumingMemoryBound(to: Value.self).pointee }
    }

    /// The value of the frame `offset` frames below the top (recursive partials over dynamic
    /// data reuse one compiled body at any depth).
    static func fromTop(_ offset: Int) -> TemplateGetter<Value> {
        TemplateGetter { $0.frames[$0.frames.count - 1 - offset].assumingMemoryBound(to: Value.self).pointee }
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
