import Mustache

/// The theme's Mustache templates, loaded and checked up front so a broken theme fails the
/// build with the template's line and column rather than producing empty pages.
struct TemplateSet: Sendable {
    /// The page templates sitegen renders; partials and layouts are the theme's own business.
    static let pageTemplates = ["home", "category", "article", "404", "languages", "availability", "search"]

    let library: MustacheLibrary
    /// Template name → source text, for checks that read the theme.
    let sources: [String: String]

    static func load(fileSystem: FileSystem, directory: String, diagnostics: inout [Diagnostic]) -> TemplateSet? {
        guard fileSystem.isDirectory(directory) else {
            diagnostics.append(.error("templates", code: "template.missing", "missing templates folder (expected templates/ next to content/)"))
            return nil
        }
        _ = HTMLContentType.registered
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        var failed = false
        let files = ((try? fileSystem.filesRecursively(in: directory)) ?? []).filter { $0.hasSuffix(".mustache") }
        for file in files {
            let display = "templates/\(file)"
            guard let data = try? fileSystem.readFile(directory + "/" + file), let text = String(validatingUTF8Data: data) else {
                diagnostics.append(.error(display, code: "file.unreadable", "cannot read template (is it UTF-8?)"))
                failed = true
                continue
            }
            let name = String(file.dropLast(".mustache".count))
            do {
                library.register(try MustacheTemplate(string: text), named: name)
                sources[name] = text
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(display, line: error.context.lineNumber, column: error.context.columnNumber, code: "template.syntax", "template syntax error: \(error.error)"))
                failed = true
            } catch {
                diagnostics.append(.error(display, code: "template.syntax", "template syntax error: \(error)"))
                failed = true
            }
        }
        for name in pageTemplates where sources[name] == nil {
            diagnostics.append(.error("templates/\(name).mustache", code: "template.missing", "missing template '\(name)' (the default theme has one to start from)"))
            failed = true
        }
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in partialReferences(in: text) where sources[reference.name] == nil {
                diagnostics.append(.error("templates/\(name).mustache", line: reference.line, code: "template.missing-partial", "template refers to '\(reference.name)', which does not exist (templates/\(reference.name).mustache)"))
                failed = true
            }
        }
        return failed ? nil : TemplateSet(library: library, sources: sources)
    }

    /// `{{> partial}}` and `{{< parent}}` tags, which Mustache would otherwise render as nothing.
    static func partialReferences(in text: String) -> [(name: String, line: Int)] {
        var result: [(String, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let sigil = rest.first, sigil == ">" || sigil == "<", let close = rest.range(of: "}}") else { continue }
                let name = rest[rest.index(after: rest.startIndex)..<close.lowerBound].trimmingSpaces
                if !name.isEmpty { result.append((name, index + 1)) }
                rest = rest[close.upperBound...]
            }
        }
        return result
    }

    func render(_ context: Any, template: String) -> String? {
        library.render(context, withTemplate: template)
    }
}
