/// `sitegen theme check`: the theme alone (built-in files and the site's overrides) — every
/// template error, and every UI string the templates use that a language's file lacks.
enum ThemeChecker {
    static func check(fileSystem: FileSystem, root: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let (loaded, configDiagnostics) = SiteConfigLoader.load(fileSystem: fileSystem, path: root + "/content/site.yml", displayPath: "content/site.yml")
        diagnostics += configDiagnostics
        let theme = ThemeFiles.load(fileSystem: fileSystem, directory: root + "/templates")
        guard let templates = TemplateSet.load(theme: theme, diagnostics: &diagnostics), let config = loaded else { return diagnostics }
        let strings = UIStringsLoader.load(theme: theme, config: config, diagnostics: &diagnostics)
        if let defaults = strings[config.defaultLanguage] {
            diagnostics += TemplateStringsChecker.check(templates: templates.sources, strings: defaults, defaultLanguage: config.defaultLanguage)
        }
        diagnostics += missingStrings(templates: templates, theme: theme, config: config)
        return diagnostics
    }

    /// One warning per language and UI string the templates use that its file does not define
    /// (the reader sees the default language's text there).
    static func missingStrings(templates: TemplateSet, theme: ThemeFiles, config: SiteConfig) -> [Diagnostic] {
        var used: [String: String] = [:]
        for (name, text) in templates.sources.sorted(by: { $0.key < $1.key }) {
            for reference in TemplateStringsChecker.references(in: text) where used[reference.key] == nil { used[reference.key] = name }
        }
        var diagnostics: [Diagnostic] = []
        for language in config.languages where language.code != config.defaultLanguage {
            let path = "i18n/\(language.code).yml"
            var ignored: [Diagnostic] = []
            guard let data = theme.data(path), let text = String(validatingUTF8Data: data),
                  case .success(let root?) = YAMLValue.parse(text, file: theme.displayPath(path), lineOffset: 0, typeCode: "i18n.type") else { continue }
            var defined: [String: String] = [:]
            UIStringsLoader.flatten(root, prefix: "", into: &defined, diagnostics: &ignored)
            for (key, template) in used.sorted(by: { $0.key < $1.key }) where defined[key] == nil {
                diagnostics.append(.warning(theme.displayPath(path), code: "i18n.missing-string",
                                            "UI string '\(key)' (used by templates/\(template).mustache) is missing; readers see the \(config.defaultLanguage) text"))
            }
        }
        return diagnostics
    }
}
