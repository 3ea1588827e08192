/// The parsed form of a Mustache template: a tree of nodes with source positions, before any
/// name is resolved. `TemplateParser` builds it; `TemplateCompiler` turns it into a renderer.

/// Where a tag starts in its template file (1-based).
struct TemplatePosition: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// A tag's name: `page.title` is `["page", "title"]`; the implicit iterator `.` is `[]`.
struct TemplateName: Sendable, Hashable, CustomStringConvertible {
    var parts: [String]

    var isImplicit: Bool { parts.isEmpty }
    var description: String { parts.isEmpty ? "." : parts.joined(separator: ".") }
}

/// How a block tag (`{{$name}}`) sits in its line, which decides how substituted content is
/// re-indented (the inheritance module's rules).
struct BlockLayout: Sendable, Hashable {
    /// The tag's line was standalone and removed.
    var standalone: Bool
    /// The indentation of the block's content: for a standalone block, its first content line's
    /// (or the tag's when the block is empty); otherwise the whitespace before the tag.
    var indentation: String
}

indirect enum TemplateNode: Sendable {
    /// Literal text, written as is.
    case text(String)
    /// The start of a template line, where a standalone partial's indentation is inserted.
    case lineStart
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case variable(TemplateName, escaped: Bool, TemplatePosition)
    /// `{{#name}}…{{/name}}` or, inverted, `{{^name}}…{{/name}}`.
    case section(TemplateName, inverted: Bool, [TemplateNode], TemplatePosition)
    /// `{{> name}}`; `indentation` is set when the tag stands alone on its line.
    case partial(String, indentation: String?, TemplatePosition)
    /// `{{< name}}…{{/name}}`: the blocks given inside replace the parent's.
    case parent(String, indentation: String?, blocks: [String: TemplateBlock], TemplatePosition)
    /// `{{$ name}}default{{/name}}`.
    case block(TemplateBlock)
}

struct TemplateBlock: Sendable {
    var name: String
    var layout: BlockLayout
    var children: [TemplateNode]
    var position: TemplatePosition
}

/// One parsed template file.
struct ParsedTemplate: Sendable {
    /// The template's name, as partials name it (`partials/header`).
    var name: String
    /// The path shown in diagnostics (`templates/partials/header.mustache`).
    var displayPath: String
    var nodes: [TemplateNode]
}
