/// One frame of the context stack as the compiler sees it: the type of the value a section
/// pushed, and how names resolve in it.
struct TemplateScope {
    typealias Member = (TemplateUse, ArraySlice<String>, inout TemplateCompiler) -> TemplateOp

    /// How errors name this frame's value ("page context").
    var typeName: String
    var depth: Int
    /// Dynamic data: its names are looked up at render time, and not checked.
    var isDynamic = false
    /// For "did you mean" suggestions.
    var fieldNames: [String] = []
    /// The compiler for a name whose first part is a field here; nil when it is not one.
    var lookup: (String) -> Member?
    /// `{{.}}` and `{{#.}}`: the frame's value itself.
    var itself: (TemplateUse, inout TemplateCompiler) -> TemplateOp

    /// A value without fields (text, a number): only `{{.}}` reads it.
    static func leaf<T: TemplateData>(_ type: T.Type, depth: Int) -> TemplateScope {
        TemplateScope(typeName: T.templateTypeName, depth: depth, lookup: { _ in nil }) { use, compiler in
            T.compile(use, rest: [], value: .frame(depth), in: &compiler)
        }
    }
}

// MARK: - The basic types

extension String: TemplateData {
    static var templateTypeName: String { "text" }

    static func compile(_ use: TemplateUse, rest: ArraySlice<String>, value: TemplateGetter<String>, in compiler: inout TemplateCompiler) -> TemplateOp {
        if noFields(use, rest: rest, in: &compiler) { return { _ in } }
        switch use.kind {
        case .interpolation(let escaped):
            return escaped ? { state in state.appendEscaped(value(state)) } : { state in state.bytes.append(contentsOf: value(state).utf8) }
        case .section(let children):
            // Text is truthy, even empty (as in swift-mustache); `{{.}}` inside prints it.
            let body = compiler.compileSection(children, pushing: String.self)
            return { state in value.push(&state, body) }
        case .inverted(let children):
            compiler.checkOnly(children)
            return { _ in }
        }
    }
}

extension Bool: TemplateData {
    static var templateTypeName: String { "a flag" }

    static func compile(_ use: TemplateUse, rest: ArraySlice<String>, value: TemplateGetter<Bool>, in compiler: inout TemplateCompiler) -> TemplateOp {
        if noFields(use, rest: rest, in: &compiler) { return { _ in } }
        switch use.kind {
        case .interpolation:
            return { state in state.bytes.append(contentsOf: (value(state) ? "true" : "false").utf8) }
        case .section(let children):
            let body = compiler.compile(children)
            return { state in if value(state) { body(&state) } }
        case .inverted(let children):
            let body = compiler.compile(children)
            return { state in if !value(state) { body(&state) } }
        }
    }
}

extension Int: TemplateData {
    static var templateTypeName: String { "a number" }

    static func compile(_ use: TemplateUse, rest: ArraySlice<String>, value: TemplateGetter<Int>, in compiler: inout TemplateCompiler) -> TemplateOp {
        if noFields(use, rest: rest, in: &compiler) { return { _ in } }
        switch use.kind {
        case .interpolation:
            return { state in state.bytes.append(contentsOf: String(value(state)).utf8) }
        case .section(let children):
            let body = compiler.compileSection(children, pushing: Int.self)
            return { state in value.push(&state, body) }
        case .inverted(let children):
            compiler.checkOnly(children)
            return { _ in }
        }
    }
}

extension Optional: TemplateData where Wrapped: TemplateData {
    static var templateTypeName: String { Wrapped.templateTypeName }

    static func compile(_ use: TemplateUse, rest: ArraySlice<String>, value: TemplateGetter<Wrapped?>, in compiler: inout TemplateCompiler) -> TemplateOp {
        let present = Wrapped.compile(use, rest: rest, value: value.unwrapped(), in: &compiler)
        // A missing value is falsey: an inverted section renders, anything else prints nothing.
        if case .inverted(let children) = use.kind {
            let absent = compiler.compile(children)
            return { state in if value(state) != nil { present(&state) } else { absent(&state) } }
        }
        return { state in if value(state) != nil { present(&state) } }
    }
}

extension Array: TemplateData where Element: TemplateData {
    static var templateTypeName: String { "a list of \(Element.templateTypeName)" }

    static func compile(_ use: TemplateUse, rest: ArraySlice<String>, value: TemplateGetter<[Element]>, in compiler: inout TemplateCompiler) -> TemplateOp {
        if noFields(use, rest: rest, in: &compiler) { return { _ in } }
        switch use.kind {
        case .interpolation:
            compiler.error(.notText, use.position, "'\(use.name)' is \(templateTypeName), not text: iterate over it with {{#\(use.name)}}…{{/\(use.name)}}")
            return { _ in }
        case .section(let children):
            let body = compiler.compileSection(children, pushing: Element.self)
            return { state in
                let elements = value(state)
                elements.withUnsafeBufferPointer { buffer in
                    guard let base = buffer.baseAddress else { return }
                    for index in 0..<buffer.count {
                        state.frames.append(UnsafeRawPointer(base + index))
                        body(&state)
                        state.frames.removeLast()
                    }
                }
            }
        case .inverted(let children):
            let body = compiler.compile(children)
            return { state in if value(state).isEmpty { body(&state) } }
        }
    }
}

/// UI strings (`{{t.last_updated}}`): the rest of the name is the key, dots included.
extension Dictionary: TemplateData where Key == String, Value == String {
    static var templateTypeName: String { "the UI strings" }

    static func compile(_ use: TemplateUse, rest: ArraySlice<String>, value: TemplateGetter<[String: String]>, in compiler: inout TemplateCompiler) -> TemplateOp {
        guard !rest.isEmpty else {
            compiler.error(.notText, use.position, "'\(use.name)' is \(templateTypeName); name one, as in {{\(use.name).key}}")
            return { _ in }
        }
        let key = rest.joined(separator: ".")
        return String?.compile(use, rest: [], value: value.map { $0[key] }, in: &compiler)
    }
}
