/// What a compiled template writes into while it renders: one growing UTF-8 buffer, and the
/// stack of values that sections have pushed (as pointers: each value stays alive in the
/// section that pushed it, and compiled code knows every frame's type).
struct RenderState {
    var bytes: [UInt8] = []
    var frames: [UnsafeRawPointer] = []
    /// Nesting added by recursive partials so far; rendering stops at `maxDepth`.
    var depth = 0
    /// Why rendering stopped early (a recursion over data deeper than `maxDepth`).
    var failure: TemplateError?
    /// How deep partials may recurse over data, counted in the sections they nest.
    static let maxDepth = 256

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
        frames.reserveCapacity(16)
    }

    /// Runs `body` with `value` pushed as the innermost frame.
    @inline(__always)
    mutating func with<T>(_ value: T, _ body: TemplateOp) {
        withUnsafePointer(to: value) { pointer in
            frames.append(UnsafeRawPointer(pointer))
            body(&self)
            frames.removeLast()
        }
    }

    @inline(__always)
    func frame<T>(_ depth: Int, as type: T.Type) -> UnsafePointer<T> {
        frames[depth].assumingMemoryBound(to: T.self)
    }

    mutating func append(_ text: String, escaped: Bool) {
        if escaped { appendEscaped(text) } else { bytes.append(contentsOf: text.utf8) }
    }

    /// HTML escaping on bytes: `&`, `<`, `>`, `"` and `'`, as swift-mustache escapes them.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for index in 0..<utf8.count {
                let entity: StaticString
                switch utf8[index] {
                case 0x26: entity = "&amp;"
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x22: entity = "&quot;"
                case 0x27: entity = "&#39;"
                default: continue
                }
                if index > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
                bytes.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                start = index + 1
            }
            if utf8.count > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count])) }
        }
    }
}

/// One step of a compiled template.
typealias TemplateOp = (inout RenderState) -> Void
