/// Rewrites the `translation.source` entry of a Markdown file's front matter and leaves every
/// other byte of the file as it was.
enum FrontMatterStamper {
    enum Failure: Error, Equatable {
        case noFrontMatter
        case unterminated
    }

    static func stamp(_ text: String, with stamp: TranslationStamp) -> Result<String, Failure> {
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        var lines = text.components(separatedBy: newline)
        guard lines.first == "---" else { return .failure(.noFrontMatter) }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0] == "---" || lines[$0] == "..." }) else { return .failure(.unterminated) }
        let stampLines = stamp.yamlLines()
        guard let start = (1..<close).first(where: { lines[$0].hasPrefix("translation:") }) else {
            lines.insert(contentsOf: ["translation:"] + stampLines, at: close)
            return .success(lines.joined(separator: newline))
        }
        // The entry runs until the next top-level key (or the closing fence).
        let end = ((start + 1)..<close).first { index in
            let line = lines[index]
            return !line.isEmpty && !line.hasPrefix(" ") && !line.hasPrefix("\t") && !line.hasPrefix("#")
        } ?? close
        let inline = lines[start].dropFirst("translation:".count).trimmingSpaces
        var entry: [String]
        if inline.isEmpty {
            entry = Array(lines[(start + 1)..<end])
            removeSourceBlock(from: &entry)
            // Keep trailing blank lines and comments after the entry where they were.
            var trailing: [String] = []
            while let last = entry.last, last.trimmingSpaces.isEmpty { trailing.insert(entry.removeLast(), at: 0) }
            entry = ["translation:"] + entry + stampLines + trailing
        } else {
            // Flow style (`translation: {method: machine}`) becomes block style.
            entry = ["translation:"] + flowPairs(inline).map { "  \($0.key): \($0.value)" } + stampLines
        }
        lines.replaceSubrange(start..<end, with: entry)
        return .success(lines.joined(separator: newline))
    }

    /// Drops `source:` and the lines indented under it.
    private static func removeSourceBlock(from entry: inout [String]) {
        guard let index = entry.firstIndex(where: { $0.trimmingSpaces.hasPrefix("source:") }) else { return }
        let indent = entry[index].prefix { $0 == " " || $0 == "\t" }.count
        var end = index + 1
        while end < entry.count {
            let line = entry[end]
            let lineIndent = line.prefix { $0 == " " || $0 == "\t" }.count
            if !line.trimmingSpaces.isEmpty && lineIndent <= indent { break }
            end += 1
        }
        entry.removeSubrange(index..<end)
    }

    /// `{method: machine, source: {...}}` → [("method", "machine")], dropping any old `source`.
    private static func flowPairs(_ flow: String) -> [(key: String, value: String)] {
        var body = Substring(flow)
        if body.hasPrefix("{") { body = body.dropFirst() }
        if body.hasSuffix("}") { body = body.dropLast() }
        var pairs: [(String, String)] = []
        var depth = 0, current = ""
        for character in body + "," {
            if character == "{" || character == "[" { depth += 1 }
            if character == "}" || character == "]" { depth -= 1 }
            if character == ",", depth == 0 {
                let parts = current.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces }
                if parts.count == 2, parts[0] != "source" { pairs.append((parts[0], parts[1])) }
                current = ""
            } else {
                current.append(character)
            }
        }
        return pairs
    }
}
