/// Finds `{{t.key}}` references in the theme whose key no UI-strings file defines; Mustache
/// would silently render them as nothing.
enum TemplateStringsChecker {
    static func check(templates: [String: String], strings: UIStrings, defaultLanguage: String, diagnostics: inout Diagnostics) {
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
            for reference in references(in: text) where strings.values[reference.key] == nil {
                diagnostics.append(.error("templates/\(name).mustache", line: reference.line, column: reference.column,
                                          code: "template.unknown-string", "UI string '\(reference.key)' is not defined in templates/i18n/\(defaultLanguage).yml"))
            }
        }
    }

    /// `t.key` inside a Mustache tag (`{{t.key}}`, `{{#t.key}}`, `{{{t.key}}}`).
    static func references(in text: String) -> [(key: String, line: Int, column: Int)] {
        var result: [(String, Int, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                var tag = rest[open.upperBound...].drop { "{#^/&!> ".contains($0) }
                if tag.hasPrefix("t.") {
                    tag = tag.dropFirst(2)
                    let key = tag.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }
                    let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                    if !key.isEmpty { result.append((String(key), index + 1, column)) }
                }
                rest = rest[open.upperBound...]
            }
        }
        return result
    }
}
