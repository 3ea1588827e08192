import Foundation

/// Separates YAML front matter (between `---` lines at the very top) from the Markdown body.
/// Works on UTF-8 bytes: this runs for every file of the site.
public struct FrontMatterSplitter {
    public var yaml: String?
    public var body: String
    /// Lines that precede the body in the file (the front matter and its fences).
    public var bodyLineOffset: Int
    /// True when an opening `---` has no closing one.
    public var unterminated: Bool

    public static func split(_ text: String) -> FrontMatterSplitter {
        // Windows line endings: as Characters "\r\n" never equals "\n", so normalize first.
        var text = UTF8Scan.contains(text, byte: 0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let bytes = text.utf8
        guard bytes.starts(with: "---\n".utf8) else {
            return FrontMatterSplitter(yaml: nil, body: text, bodyLineOffset: 0, unterminated: false)
        }
        // Find a line that is exactly `---` or `...` after the opening fence.
        var lineStart = bytes.index(bytes.startIndex, offsetBy: 4)
        var line = 2
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let content = bytes[lineStart..<lineEnd]
            if content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8) {
                let yamlStart: String.Index = bytes.index(bytes.startIndex, offsetBy: 4)
                var yaml = String(text[yamlStart..<lineStart])
                if yaml.hasSuffix("\n") { yaml.removeLast() }
                let bodyStart: String.Index = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
                return FrontMatterSplitter(yaml: yaml, body: String(text[bodyStart...]), bodyLineOffset: line, unterminated: false)
            }
            guard lineEnd < bytes.endIndex else { break }
            lineStart = bytes.index(after: lineEnd)
            line += 1
        }
        return FrontMatterSplitter(yaml: nil, body: text, bodyLineOffset: 0, unterminated: true)
    }
}
