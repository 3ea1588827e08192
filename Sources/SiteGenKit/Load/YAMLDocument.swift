import Yams

/// A YAML value with the place it came from, so every type error can name `path:line:col`.
struct YAMLValue {
    let node: Node
    let file: String
    /// Lines before the YAML text in its file (1 for front matter after `---`).
    let lineOffset: Int
    /// The code of a wrong-type value here (`frontmatter.type`, `config.type`).
    var typeCode = "yaml.type"

    var line: Int? { node.mark.map { $0.line + lineOffset } }
    var column: Int? { node.mark?.column }

    func error(code: String, _ message: String) -> Diagnostic { .error(file, line: line, column: column, code: code, message) }
    func warning(code: String, _ message: String) -> Diagnostic { .warning(file, line: line, column: column, code: code, message) }

    /// Parses `text`; a syntax error becomes a diagnostic at the reported position.
    /// - Parameter typeCode: the diagnostic code of a value of the wrong type in this document.
    static func parse(_ text: String, file: String, lineOffset: Int, typeCode: String) -> Result<YAMLValue?, Diagnostic> {
        do {
            // The encoding is named because its default reads the process environment on every
            // call, which took longer than parsing the front matter itself.
            guard let node = try Yams.compose(yaml: text, .default, .default, .utf8) else { return .success(nil) }
            return .success(YAMLValue(node: node, file: file, lineOffset: lineOffset, typeCode: typeCode))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, text: text, file: file, lineOffset: lineOffset))
        } catch {
            return .failure(.error(file, line: lineOffset + 1, code: "yaml.syntax", "invalid YAML: \(error)"))
        }
    }

    private static func diagnostic(for error: YamlError, text: String, file: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return .error(file, line: mark.line + lineOffset, column: mark.column, code: "yaml.syntax", "invalid YAML: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams marks the first occurrence; the one to remove or rename is the repeat.
            let repeated = duplicates.first.flatMap { secondOccurrence(of: $0, after: context.mark, in: text) }
            let mark = repeated ?? (line: context.mark.line, column: context.mark.column)
            return .error(file, line: mark.line + lineOffset, column: mark.column, code: "yaml.duplicate-key",
                          "duplicate key\(duplicates.count == 1 ? "" : "s") \(duplicates.map { "'\(TerminalText.escaped($0, invisibles: true))'" }.joined(separator: ", ")) in the same mapping")
        default:
            return .error(file, line: lineOffset + 1, code: "yaml.syntax", "invalid YAML: \(error)")
        }
    }

    /// The line and column (1-based) of the next key `key` at the same indentation as the one
    /// at `first`, in block style.
    private static func secondOccurrence(of key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let indent = first.column - 1
        for index in first.line..<lines.count {
            let line = lines[index]
            guard line.count > indent, line.prefix(indent).allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            let rest = line.dropFirst(indent)
            for spelling in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(spelling) {
                if rest.dropFirst(spelling.count).drop(while: { $0 == " " }).first == ":" { return (index + 1, indent + 1) }
            }
        }
        return nil
    }

    func wrap(_ node: Node) -> YAMLValue { YAMLValue(node: node, file: file, lineOffset: lineOffset, typeCode: typeCode) }

    /// Key/value pairs in document order; nil when this is not a mapping.
    var pairs: [(key: String, keyValue: YAMLValue, value: YAMLValue)]? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.map { (key: $0.key.string ?? "", keyValue: wrap($0.key), value: wrap($0.value)) }
    }

    var items: [YAMLValue]? {
        guard case .sequence(let sequence) = node else { return nil }
        return sequence.map(wrap)
    }

    subscript(key: String) -> YAMLValue? {
        pairs?.first { $0.key == key }?.value
    }

    var scalar: String? {
        guard case .scalar(let scalar) = node else { return nil }
        return scalar.string
    }

    /// A string; plain numbers and dates are accepted as their text (titles like `2025`).
    func string(diagnostics: inout Diagnostics, what: String) -> String? {
        guard let scalar, case .scalar(let s) = node, !(s.style == .plain && ["~", "null", ""].contains(scalar)) else {
            diagnostics.append(error(code: typeCode, "\(what) must be a string"))
            return nil
        }
        return scalar
    }

    func int(diagnostics: inout Diagnostics, what: String) -> Int? {
        guard let value = scalar.flatMap({ Int($0) }) else {
            diagnostics.append(error(code: typeCode, "\(what) must be a whole number, not '\(scalar ?? "a \(kindName)")'"))
            return nil
        }
        return value
    }

    func bool(diagnostics: inout Diagnostics, what: String) -> Bool? {
        guard let value = node.bool else {
            diagnostics.append(error(code: typeCode, "\(what) must be true or false, not '\(scalar ?? "a \(kindName)")'"))
            return nil
        }
        return value
    }

    var kindName: String {
        switch node {
        case .scalar: return "scalar"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }
}
