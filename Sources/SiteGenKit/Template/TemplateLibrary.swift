/// A theme's template sources by name (`article`, `partials/header`), parsed on first use.
/// Compiling reads it; rendering never does.
final class TemplateLibrary {
    struct Source {
        var text: String
        var displayPath: String
    }

    let sources: [String: Source]
    private var parsed: [String: ParsedTemplate] = [:]
    private(set) var parseErrors: [String: TemplateError] = [:]

    init(sources: [String: Source]) {
        self.sources = sources
    }

    func template(named name: String) -> ParsedTemplate? {
        if let template = parsed[name] { return template }
        guard parseErrors[name] == nil, let source = sources[name] else { return nil }
        do {
            let template = try TemplateParser.parse(source.text, name: name, displayPath: source.displayPath)
            parsed[name] = template
            return template
        } catch {
            parseErrors[name] = error
            return nil
        }
    }

    /// Whether `name` exists but could not be parsed (its error is reported once, by itself).
    func failedToParse(_ name: String) -> Bool {
        sources[name] != nil && parseErrors[name] != nil
    }

    /// Parses every source, so syntax errors in templates nothing includes are reported too.
    func parseAll() -> [TemplateError] {
        for name in sources.keys.sorted() { _ = template(named: name) }
        return parseErrors.values.sorted { ($0.file, $0.position?.line ?? 0) < ($1.file, $1.position?.line ?? 0) }
    }
}
