/// Nests the parser's items into sections, parents and blocks, checking each closing tag.
struct TreeBuilder {
    private struct Open {
        var tag: TemplateLexer.Tag
        var indentation: String?
        var block: BlockLayout?
        var children: [TemplateNode] = []
    }

    /// Sections, parents and blocks open at once in one file: deeper nesting is a mistake, and
    /// compiling it would recurse once per level.
    static let maxNesting = 100

    let file: String
    private var stack: [Open] = []
    private var root: [TemplateNode] = []

    init(file: String) { self.file = file }

    private mutating func append(_ node: TemplateNode) {
        if stack.isEmpty { root.append(node) } else { stack[stack.count - 1].children.append(node) }
    }

    mutating func add(_ item: TemplateParser.Item) throws(TemplateError) {
        switch item {
        case .text(let text):
            if case .text(let previous)? = (stack.isEmpty ? root.last : stack[stack.count - 1].children.last) {
                if stack.isEmpty { root[root.count - 1] = .text(previous + text) } else { stack[stack.count - 1].children[stack[stack.count - 1].children.count - 1] = .text(previous + text) }
            } else {
                append(.text(text))
            }
        case .lineStart:
            append(.lineStart)
        case .tag(let tag, let indentation, let block):
            try add(tag, indentation: indentation, block: block)
        }
    }

    private mutating func add(_ tag: TemplateLexer.Tag, indentation: String?, block: BlockLayout?) throws(TemplateError) {
        if stack.count >= Self.maxNesting, [UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "<"), UInt8(ascii: "$")].contains(tag.sigil) {
            throw TemplateError(.syntax, file, tag.position, "sections nest more than \(Self.maxNesting) deep here")
        }
        switch tag.sigil {
        case UInt8(ascii: "!"), UInt8(ascii: "="), UInt8(ascii: "%"):
            return
        case UInt8(ascii: "#"), UInt8(ascii: "^"):
            _ = try name(tag)
            stack.append(Open(tag: tag, indentation: indentation))
        case UInt8(ascii: "<"), UInt8(ascii: "$"):
            _ = try templateName(tag)
            stack.append(Open(tag: tag, indentation: indentation, block: block))
        case UInt8(ascii: "/"):
            guard let open = stack.popLast() else {
                throw TemplateError(.unclosedSection, file, tag.position, "'{{/\(tag.content)}}' closes nothing: no section is open here")
            }
            guard open.tag.content == tag.content else {
                // The opening tag is where the author forgot something; the closing tag is named.
                throw TemplateError(.unclosedSection, file, open.tag.position, "'\(open.tag.content)' is opened here and never closed ('{{/\(tag.content)}}' at line \(tag.position.line) closes something else)")
            }
            append(try node(closing: open))
        case UInt8(ascii: ">"):
            append(.partial(try templateName(tag), indentation: indentation, tag.position))
        case UInt8(ascii: "&"), UInt8(ascii: "{"):
            append(.variable(try name(tag), escaped: false, tag.position))
        default:
            append(.variable(try name(tag), escaped: true, tag.position))
        }
    }

    private func node(closing open: Open) throws(TemplateError) -> TemplateNode {
        let tag = open.tag
        switch tag.sigil {
        case UInt8(ascii: "<"):
            var blocks: [String: TemplateBlock] = [:]
            // Only the blocks inside a parent tag mean something; other content is ignored.
            for case .block(let block) in open.children where blocks[block.name] == nil { blocks[block.name] = block }
            return .parent(tag.content, indentation: open.indentation, blocks: blocks, tag.position)
        case UInt8(ascii: "$"):
            return .block(TemplateBlock(name: tag.content, layout: open.block ?? BlockLayout(standalone: false, indentation: ""), children: open.children, position: tag.position))
        default:
            return .section(try name(tag), inverted: tag.sigil == UInt8(ascii: "^"), open.children, tag.position)
        }
    }

    mutating func finish() throws(TemplateError) -> [TemplateNode] {
        if let open = stack.last {
            throw TemplateError(.unclosedSection, file, open.tag.position, "'\(open.tag.content)' is opened here and never closed (expected '{{/\(open.tag.content)}}')")
        }
        return root
    }

    private func templateName(_ tag: TemplateLexer.Tag) throws(TemplateError) -> String {
        if tag.content.hasPrefix("*") {
            throw TemplateError(.dynamicName, file, tag.position, "dynamic names ('\(tag.content)') are not supported: name the template")
        }
        guard !tag.content.isEmpty, !tag.content.contains(where: { $0 == " " || $0 == "\t" }) else {
            throw TemplateError(.syntax, file, tag.position, "'\(tag.content)' is not a template name")
        }
        return tag.content
    }

    private func name(_ tag: TemplateLexer.Tag) throws(TemplateError) -> TemplateName {
        let content = tag.content
        if content.contains("(") || content.contains(")") {
            throw TemplateError(.lambda, file, tag.position, "'\(content)' calls a lambda or transform; sitegen's templates only read data")
        }
        if content == "." { return TemplateName(parts: []) }
        let parts = content.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !content.isEmpty, parts.allSatisfy({ !$0.isEmpty && !$0.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) }) else {
            throw TemplateError(.syntax, file, tag.position, "'\(content)' is not a valid name")
        }
        return TemplateName(parts: parts)
    }
}
