/// `sitegen theme check`: the theme alone (built-in files and the site's overrides) — every
/// template error, and every UI string of the default language that another language's file
/// lacks — with the severities site.yml's `diagnostics:` sets, as `check` reports them.
enum ThemeChecker {
    static func check(fileSystem: FileSystem, root: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let (loaded, configDiagnostics) = SiteConfigLoader.load(fileSystem: fileSystem, path: root + "/content/site.yml", displayPath: "content/site.yml")
        diagnostics += configDiagnostics
        let theme = ThemeFiles.load(fileSystem: fileSystem, directory: root + "/templates")
        let policy = loaded?.diagnostics ?? DiagnosticPolicy()
        guard let templates = TemplateSet.load(theme: theme, diagnostics: &diagnostics), let config = loaded else { return policed(diagnostics, policy) }
        // The loader reports each language's missing strings (i18n.missing-string) once.
        let strings = UIStringsLoader.load(theme: theme, config: config, diagnostics: &diagnostics)
        if let defaults = strings[config.defaultLanguage] {
            diagnostics += TemplateStringsChecker.check(templates: templates.sources, strings: defaults, defaultLanguage: config.defaultLanguage)
        }
        return policed(diagnostics, policy)
    }

    /// `diagnostics` with the site's severities, without those it ignores or repeats.
    private static func policed(_ diagnostics: [Diagnostic], _ policy: DiagnosticPolicy) -> [Diagnostic] {
        var list = DiagnosticList()
        list.policy = policy
        list.add(contentsOf: diagnostics)
        return list.items
    }
}
