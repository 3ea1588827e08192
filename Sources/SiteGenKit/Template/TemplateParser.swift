/// Parses a template into `TemplateNode`s: applies the standalone-line rules (a line holding
/// only a section, comment, partial, block or delimiter tag disappears, with its indentation
/// kept for partials and blocks) and checks that every section is closed by its own name.
enum TemplateParser {
    static func parse(_ source: String, name: String, displayPath: String) throws(TemplateError) -> ParsedTemplate {
        let tokens = try TemplateLexer(source, file: displayPath).tokens()
        let items = layOut(lines(tokens))
        var builder = TreeBuilder(file: displayPath)
        for item in items { try builder.add(item) }
        return ParsedTemplate(name: name, displayPath: displayPath, nodes: try builder.finish())
    }

    /// A token after the standalone rules: text, a line start, or a tag with its line's layout.
    enum Item {
        case text(String)
        case lineStart
        case tag(TemplateLexer.Tag, indentation: String?, block: BlockLayout?)
    }

    private static func lines(_ tokens: [TemplateLexer.Token]) -> [[TemplateLexer.Token]] {
        var lines: [[TemplateLexer.Token]] = [[]]
        for token in tokens {
            lines[lines.count - 1].append(token)
            if case .newline = token { lines.append([]) }
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    private static func isBlank(_ text: String) -> Bool { text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    /// Whether a line holds only whitespace and tags that print nothing. Several tags on a
    /// line count only for parents and blocks (`{{<base}}{{$content}}`), and not when a block
    /// opens and closes on it (`{{$content}}{{/content}}` keeps its line, as swift-mustache does).
    private static func isStandalone(_ line: [TemplateLexer.Token]) -> Bool {
        var tags: [TemplateLexer.Tag] = []
        for token in line {
            switch token {
            case .text(let text): if !isBlank(text) { return false }
            case .newline: break
            case .tag(let tag): tags.append(tag)
            }
        }
        guard let first = tags.first else { return false }
        if tags.count == 1 { return first.canStandAlone }
        let inheritance: Set<UInt8> = [UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "/")]
        guard tags.allSatisfy({ $0.sigil.map(inheritance.contains) ?? false }) else { return false }
        if let block = tags.firstIndex(where: { $0.sigil == UInt8(ascii: "$") }),
           tags[block...].contains(where: { $0.sigil == UInt8(ascii: "/") }) { return false }
        return true
    }

    private static func leadingWhitespace(_ line: [TemplateLexer.Token]) -> String {
        if case .text(let text)? = line.first { return String(text.prefix { $0 == " " || $0 == "\t" }) }
        return ""
    }

    private static func layOut(_ lines: [[TemplateLexer.Token]]) -> [Item] {
        var items: [Item] = []
        for (index, line) in lines.enumerated() {
            let indentation = leadingWhitespace(line)
            if isStandalone(line) {
                for case .tag(let tag) in line {
                    var block: BlockLayout?
                    if tag.sigil == UInt8(ascii: "$") {
                        block = BlockLayout(standalone: true, indentation: contentIndentation(after: tag, in: lines, at: index + 1) ?? indentation)
                    }
                    items.append(.tag(tag, indentation: indentation, block: block))
                }
                continue
            }
            items.append(.lineStart)
            var onlyWhitespaceBefore = true
            for token in line {
                switch token {
                case .text(let text):
                    items.append(.text(text))
                    if !isBlank(text) { onlyWhitespaceBefore = false }
                case .newline(let newline):
                    items.append(.text(newline))
                case .tag(let tag):
                    let block = tag.sigil == UInt8(ascii: "$") ? BlockLayout(standalone: false, indentation: onlyWhitespaceBefore ? indentation : "") : nil
                    items.append(.tag(tag, indentation: nil, block: block))
                    onlyWhitespaceBefore = false
                }
            }
        }
        return items
    }

    /// The indentation of a standalone block's first content line, or nil when the block
    /// closes on the next line.
    private static func contentIndentation(after tag: TemplateLexer.Tag, in lines: [[TemplateLexer.Token]], at index: Int) -> String? {
        guard index < lines.count else { return nil }
        let next = lines[index]
        for token in next {
            switch token {
            case .text(let text) where isBlank(text): continue
            case .tag(let closing) where closing.sigil == UInt8(ascii: "/") && closing.content == tag.content: return nil
            default: return leadingWhitespace(next)
            }
        }
        return leadingWhitespace(next)
    }
}
