/// `sitegen theme check`: the theme alone (built-in files and the site's overrides) — every
/// template error, and every UI string of the default language that another language's file
/// lacks — with the severities site.yml's `diagnostics:` sets, as `check` reports them.
enum ThemeChecker {
    /// Adds the theme's diagnostics to `report`, under the site's severities when site.yml
    /// can be read.
    static func check(fileSystem: FileSystem, root: String, into report: inout DiagnosticReport) {
        var diagnostics = Diagnostics()
        let loaded = SiteConfigLoader.load(fileSystem: fileSystem, path: root + "/content/site.yml", displayPath: "content/site.yml", diagnostics: &diagnostics)
        defer {
            report.policy = loaded?.diagnostics ?? DiagnosticPolicy()
            report.add(contentsOf: diagnostics)
        }
        let theme = ThemeFiles.load(fileSystem: fileSystem, directory: root + "/templates")
        guard let templates = TemplateSet.load(theme: theme, diagnostics: &diagnostics), let config = loaded else { return }
        // The loader reports each language's missing strings (i18n.missing-string) once.
        let strings = UIStringsLoader.load(theme: theme, config: config, diagnostics: &diagnostics)
        if let defaults = strings[config.defaultLanguage] {
            TemplateStringsChecker.check(templates: templates.sources, strings: defaults, defaultLanguage: config.defaultLanguage, diagnostics: &diagnostics)
        }
    }
}
