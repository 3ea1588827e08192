import CCmark
import Foundation

/// The one place sitegen talks to libcmark. It parses with source positions, copies the tree
/// into `MarkdownNode` values, and frees cmark's memory before returning, so no C pointer
/// outlives a call.
public enum CMarkParser {
    /// How deep the copied tree may nest. Every pass over the tree is recursive, and pages are
    /// rendered on concurrency threads with small stacks; deeper content (pathological input such
    /// as thousands of `>`) is kept as plain text.
    public static let maximumDepth = 64

    /// Parses CommonMark into an immutable tree with source ranges. `truncated` is true when
    /// content nested deeper than `maximumDepth` was flattened to text.
    public static func parse(_ markdown: String) -> (document: MarkdownNode, truncated: Bool) {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        let root: OpaquePointer? = withBytes(of: markdown) { cmark_parse_document($0, $1, options) }
        guard let root else { return (MarkdownNode(.document), false) }
        defer { cmark_node_free(root) }
        var truncated = false
        return (copy(root, depth: 0, truncated: &truncated), truncated)
    }

    /// cmark's own HTML for `markdown`: the reference sitegen's renderer must match on plain
    /// CommonMark (used by tests and by `render --cmark`).
    public static func referenceHTML(_ markdown: String, unsafe: Bool = false) -> String {
        let options = CMARK_OPT_VALIDATE_UTF8 | (unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)
        return withBytes(of: markdown) { bytes, count in
            guard let html = cmark_markdown_to_html(bytes, count, options) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    /// Hands cmark the UTF-8 bytes with their length, so embedded NULs are not a terminator.
    private static func withBytes<R>(of text: String, _ body: (UnsafePointer<CChar>?, Int) -> R) -> R {
        var text = text
        return text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress, $0.count) }
        }
    }

    private static func copy(_ node: OpaquePointer, depth: Int, truncated: inout Bool) -> MarkdownNode {
        var children: [MarkdownNode] = []
        var child = cmark_node_first_child(node)
        if depth >= maximumDepth, child != nil {
            truncated = true
            children = [MarkdownNode(.text(flattenedText(node)), range: sourceRange(node))]
            child = nil
        }
        while let current = child {
            children.append(copy(current, depth: depth + 1, truncated: &truncated))
            child = cmark_node_next(current)
        }
        return MarkdownNode(kind(of: node), range: sourceRange(node), children: children)
    }

    /// The literal text below `node`, gathered with cmark's own (iterative) walker.
    private static func flattenedText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let current = cmark_iter_get_node(iterator), current != node else { continue }
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let literal = cmark_node_get_literal(current) {
                text += String(cString: literal)
            }
        }
        return text
    }

    private static func sourceRange(_ node: OpaquePointer) -> SourceRange {
        SourceRange(
            start: SourcePosition(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))),
            end: SourcePosition(line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node)))
        )
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(.init(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0
            ))
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(.init(level: Int(cmark_node_get_heading_level(node))))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default:
            // Custom blocks/inlines are never produced by cmark's parser; keep their content.
            return .paragraph
        }
    }
}
