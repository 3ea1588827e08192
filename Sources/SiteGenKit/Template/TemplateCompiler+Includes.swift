/// Partials (`{{> name}}`), parents (`{{< name}}`) and their blocks, recursive includes among them.
extension TemplateCompiler {
    mutating func include(_ name: String, indentation tagIndentation: String?, position: TemplatePosition, blocks: [String: TemplateBlock]) -> TemplateOp {
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

    mutating func substitute(_ block: TemplateBlock) -> TemplateOp {
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
