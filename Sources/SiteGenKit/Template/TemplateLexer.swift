/// Splits a template into text, newlines and tags, following `{{=<% %>=}}` delimiter changes.
/// Standalone lines and nesting are the parser's business.
struct TemplateLexer {
    struct Tag {
        /// `#`, `^`, `/`, `>`, `<`, `$`, `!`, `=`, `%`, `&`, `{`, or nil for a plain variable.
        var sigil: UInt8?
        /// The tag's content without sigil and padding.
        var content: String
        var position: TemplatePosition

        /// Tags that leave nothing on their line and so may make it standalone.
        var canStandAlone: Bool {
            guard let sigil else { return false }
            return sigil != UInt8(ascii: "&") && sigil != UInt8(ascii: "{")
        }
    }

    enum Token {
        case text(String)
        case newline(String)
        case tag(Tag)
    }

    let bytes: [UInt8]
    let file: String

    init(_ source: String, file: String) {
        bytes = Array(source.utf8)
        self.file = file
    }

    func tokens() throws(TemplateError) -> [Token] {
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var tokens: [Token] = []
        var index = 0
        var line = 1
        var lineStart = 0
        var textStart = 0

        func flushText(upTo end: Int) {
            var start = textStart
            var cursor = textStart
            while cursor < end {
                if bytes[cursor] == UInt8(ascii: "\n") {
                    let crlf = cursor > start && bytes[cursor - 1] == UInt8(ascii: "\r")
                    let textEnd = crlf ? cursor - 1 : cursor
                    if textEnd > start { tokens.append(.text(string(start, textEnd))) }
                    tokens.append(.newline(crlf ? "\r\n" : "\n"))
                    start = cursor + 1
                }
                cursor += 1
            }
            if end > start { tokens.append(.text(string(start, end))) }
        }

        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard matches(open, at: index) else { index += 1; continue }
            flushText(upTo: index)
            let position = TemplatePosition(line: line, column: column(from: lineStart, to: index))
            var cursor = index + open.count
            var sigil: UInt8? = cursor < bytes.count ? bytes[cursor] : nil
            var terminator = close
            switch sigil {
            case UInt8(ascii: "{") where open == Array("{{".utf8):
                terminator = Array("}".utf8) + close
            case UInt8(ascii: "="):
                terminator = Array("=".utf8) + close
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "<"),
                 UInt8(ascii: "$"), UInt8(ascii: "!"), UInt8(ascii: "%"), UInt8(ascii: "&"):
                break
            default:
                sigil = nil
            }
            if sigil != nil { cursor += 1 }
            guard let end = find(terminator, from: cursor) else {
                throw TemplateError(.syntax, file, position, "this tag is not closed (expected '\(String(decoding: terminator, as: UTF8.self))')")
            }
            // Count the lines a tag spans (multi-line comments), so later positions stay right.
            for offset in cursor..<end where bytes[offset] == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset + 1
            }
            let content = string(cursor, end).trimmingTagPadding
            index = end + terminator.count
            textStart = index
            if sigil == UInt8(ascii: "=") {
                let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                    throw TemplateError(.syntax, file, position, "a delimiter change needs two delimiters without '=' or spaces, as in {{=<% %>=}}")
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            }
            tokens.append(.tag(Tag(sigil: sigil, content: content, position: position)))
        }
        flushText(upTo: bytes.count)
        return tokens
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private func matches(_ needle: [UInt8], at index: Int) -> Bool {
        guard index + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count where bytes[index + offset] != needle[offset] { return false }
        return true
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if matches(needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Columns count Unicode scalars, not bytes.
    private func column(from lineStart: Int, to index: Int) -> Int {
        var count = 1
        for offset in lineStart..<index where bytes[offset] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

extension String {
    /// Without the spaces, tabs and newlines padding a tag's content (`{{ name }}`).
    var trimmingTagPadding: String {
        let padding: Set<Unicode.Scalar> = [" ", "\t", "\r", "\n"]
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !padding.contains($0) }),
              let last = scalars.lastIndex(where: { !padding.contains($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
