/// Separates YAML front matter (between `---` lines at the very top) from the Markdown body.
import Foundation

public struct FrontMatterSplitter {
    public var yaml: String?
    public var body: String
    /// Lines that precede the body in the file (the front matter and its fences).
    public var bodyLineOffset: Int
    /// 1-based line where the YAML starts in the file.
    public var yamlFirstLine: Int { 2 }
    /// True when an opening `---` has no closing one.
    public var unterminated: Bool

    public static func split(_ text: String) -> FrontMatterSplitter {
        // Windows line endings: as Characters "\r\n" never equals "\n", so normalize first.
        var text = text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else {
            return FrontMatterSplitter(yaml: nil, body: text, bodyLineOffset: 0, unterminated: false)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 1..<lines.count {
            let line = lines[index].hasSuffix("\r") ? lines[index].dropLast() : lines[index]
            if line == "---" || line == "..." {
                let yaml = lines[1..<index].joined(separator: "\n")
                let body = lines[(index + 1)...].joined(separator: "\n")
                return FrontMatterSplitter(yaml: yaml, body: body, bodyLineOffset: index + 1, unterminated: false)
            }
        }
        return FrontMatterSplitter(yaml: nil, body: text, bodyLineOffset: 0, unterminated: true)
    }
}
