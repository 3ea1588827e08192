/// A struct templates read by field: its fields are declared once, in its `templateFields`,
/// one line each, and every template name is checked against them when the theme loads.
///
///     extension LinkItem: TemplateContext {
///         static let templateFields = TemplateFields<LinkItem>("link", [
///             .field("title", \.title),
///             .field("href", \.href),
///         ])
///     }
protocol TemplateContext: TemplateData {
    static var templateFields: TemplateFields<Self> { get }
}

/// The fields of one context type, by name.
struct TemplateFields<Root>: Sendable {
    let typeName: String
    let fields: [String: TemplateField<Root>]
    let names: [String]

    init(_ typeName: String, _ fields: [TemplateField<Root>]) {
        self.typeName = typeName
        self.names = fields.map(\.name)
        self.fields = Dictionary(fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// One field: its name and what a use of it compiles to.
struct TemplateField<Root>: Sendable {
    let name: String
    let compile: @Sendable (TemplateUse, ArraySlice<String>, TemplateGetter<Root>, inout TemplateCompiler) -> TemplateOp

    /// A stored property a template may print, test or iterate, depending on its type; read
    /// in place, at its offset in the struct.
    static func field<Value: TemplateData>(_ name: String, _ keyPath: KeyPath<Root, Value> & Sendable) -> TemplateField<Root> {
        let offset = MemoryLayout<Root>.offset(of: keyPath)
        return TemplateField(name: name) { use, rest, root, compiler in
            Value.compile(use, rest: rest, value: root.field(offset: offset) { $0[keyPath: keyPath] }, in: &compiler)
        }
    }

    /// A value computed from the context when a template reads it.
    static func computed<Value: TemplateData>(_ name: String, _ read: @escaping @Sendable (Root) -> Value) -> TemplateField<Root> {
        TemplateField(name: name) { use, rest, root, compiler in
            Value.compile(use, rest: rest, value: root.map(read), in: &compiler)
        }
    }
}

extension TemplateContext {
    static var templateTypeName: String { templateFields.typeName }

    static func compile(_ use: TemplateUse, rest: ArraySlice<String>, value: TemplateGetter<Self>, in compiler: inout TemplateCompiler) -> TemplateOp {
        if let part = rest.first {
            guard let field = templateFields.fields[part] else {
                compiler.unknownField(use, part: part, typeName: templateTypeName, candidates: templateFields.names)
                return { _ in }
            }
            return field.compile(use, rest.dropFirst(), value, &compiler)
        }
        switch use.kind {
        case .interpolation:
            compiler.error(.notText, use.position, "'\(use.name)' is \(templateTypeName), not text: print one of its fields (\(templateFields.names.joined(separator: ", ")))")
            return { _ in }
        case .section(let children):
            let body = compiler.compileSection(children, pushing: Self.self)
            return { state in value.push(&state, body) }
        case .inverted(let children):
            // A value that is always there: the inverted section never renders.
            compiler.checkOnly(children)
            return { _ in }
        }
    }

    static func scope(depth: Int) -> TemplateScope {
        let fields = templateFields
        return TemplateScope(typeName: fields.typeName, depth: depth, fieldNames: fields.names, lookup: { name in
            guard let field = fields.fields[name] else { return nil }
            return { use, rest, compiler in field.compile(use, rest, .frame(depth), &compiler) }
        }) { use, compiler in
            compile(use, rest: [], value: .frame(depth), in: &compiler)
        }
    }
}
