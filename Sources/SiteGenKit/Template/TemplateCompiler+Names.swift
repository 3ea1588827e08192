/// Resolving names against the context stack, and the "did you mean" suggestions for those
/// that match nothing.
extension TemplateCompiler {
    mutating func resolve(_ use: TemplateUse) -> TemplateOp {
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
}
