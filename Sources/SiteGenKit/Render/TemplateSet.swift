/// The theme's page templates, compiled once per build against the context type of the page
/// kind each renders, so a broken theme (a syntax error, an unknown name or partial) fails the
/// build with the template's line and column instead of producing empty or partial pages.
struct TemplateSet: Sendable {
    /// The page templates sitegen renders; partials and layouts are the theme's own business.
    static let pageTemplates = ["home", "category", "article", "404", "languages", "availability", "search"]

    /// Template name → source text, for checks that read the theme and for cache keys.
    let sources: [String: String]
    let home: PageTemplate<HomeMain>
    let category: PageTemplate<CategoryMain>
    let article: PageTemplate<ArticleMain>
    let notFound: PageTemplate<NotFoundMain>
    let languages: PageTemplate<LanguagePickerMain>
    let availability: PageTemplate<AvailabilityPageMain>
    let search: PageTemplate<SearchPageMain>

    /// Compiles the theme's page templates; nil (with every error as a diagnostic) when any fails.
    static func load(theme: ThemeFiles, diagnostics: inout Diagnostics) -> TemplateSet? {
        var sources: [String: TemplateLibrary.Source] = [:]
        for path in theme.paths where path.hasSuffix(".mustache") && !path.hasPrefix("assets/") {
            guard let text = theme.text(path) else {
                diagnostics.append(.error(theme.displayPath(path), code: TemplateError.Kind.unreadable.rawValue, "cannot read template (is it UTF-8?)"))
                continue
            }
            sources[String(path.dropLast(".mustache".count))] = TemplateLibrary.Source(text: text, displayPath: theme.displayPath(path))
        }
        let library = TemplateLibrary(sources: sources)
        var errors = library.parseAll()
        func compile<Main: TemplateData & Sendable>(_ name: String, _ type: Main.Type) -> PageTemplate<Main>? {
            guard let template = library.template(named: name) else {
                if sources[name] == nil {
                    errors.append(TemplateError(.missingTemplate, "templates/\(name).mustache", nil, "missing template '\(name)' (`sitegen theme eject \(name).mustache` copies the default one)"))
                }
                return nil
            }
            let (op, found) = TemplateCompiler.compile(template, root: PageContext<Main>.self, library: library, strict: true)
            errors += found
            return PageTemplate(op: op)
        }
        let home = compile("home", HomeMain.self)
        let category = compile("category", CategoryMain.self)
        let article = compile("article", ArticleMain.self)
        let notFound = compile("404", NotFoundMain.self)
        let languages = compile("languages", LanguagePickerMain.self)
        let availability = compile("availability", AvailabilityPageMain.self)
        let search = compile("search", SearchPageMain.self)
        var seen = Set<TemplateError>()
        for error in errors where seen.insert(error).inserted { diagnostics.append(error.diagnostic) }
        guard errors.isEmpty, let home, let category, let article, let notFound, let languages, let availability, let search else { return nil }
        return TemplateSet(sources: sources.mapValues(\.text), home: home, category: category, article: article,
                           notFound: notFound, languages: languages, availability: availability, search: search)
    }
}

/// One compiled page template. Compiled code only reads immutable captured values, so one
/// compiled template renders on every thread at once.
struct PageTemplate<Main: TemplateData & Sendable>: @unchecked Sendable {
    let op: TemplateOp

    /// The page's bytes; a recursion over the page's data deeper than the engine allows is
    /// reported in `diagnostics` (the page is then cut short).
    func render(_ context: PageContext<Main>, diagnostics: inout Diagnostics) -> [UInt8] {
        var state = RenderState(capacity: 64 * 1024)
        state.with(context, op)
        if let failure = state.failure { diagnostics.append(failure.diagnostic) }
        return state.bytes
    }
}
