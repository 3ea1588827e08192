import Foundation

/// A Hugo site over the same Markdown, for the comparison: `hugo.toml` with one `contentDir`
/// per language, a minimal theme comparable to sitegen's default one (language, title, meta
/// description, hreflang alternates, table of contents, body, translation links), and the same
/// static assets.
///
/// Hugo doesn't rewrite `.md` links nor render callouts, and it publishes only the translations
/// that exist (sitegen also publishes fallback pages), so it does somewhat less work per page.
struct HugoSite {
    let plan: SitePlan
    let root: URL

    func write(from site: URL, templates: URL) throws {
        let files = FileManager.default
        try files.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        for language in plan.languages {
            try files.copyItem(at: site.appendingPathComponent("content/\(language.code)"),
                               to: root.appendingPathComponent("content/\(language.code)"))
        }
        let assets = templates.appendingPathComponent("assets")
        if files.fileExists(atPath: assets.path) {
            try files.createDirectory(at: root.appendingPathComponent("static"), withIntermediateDirectories: true)
            try files.copyItem(at: assets, to: root.appendingPathComponent("static/assets"))
        }
        try write(config(), to: "hugo.toml")
        try write(Self.baseof, to: "layouts/_default/baseof.html")
        try write(Self.single, to: "layouts/_default/single.html")
        try write(Self.list, to: "layouts/_default/list.html")
        try write(Self.home, to: "layouts/index.html")
    }

    private func write(_ text: String, to relativePath: String) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func config() -> String {
        var toml = """
            baseURL = "https://help.brightloom.example/"
            defaultContentLanguage = "\(plan.languages[0].code)"
            defaultContentLanguageInSubdir = true
            disableKinds = ["taxonomy", "term", "RSS"]

            [markup.goldmark.renderer]
            unsafe = false

            """
        for (index, language) in plan.languages.enumerated() {
            toml += """

                [languages.\(language.code)]
                contentDir = "content/\(language.code)"
                languageName = "\(language.name)"
                title = "\(language.siteTitle)"
                weight = \(index + 1)
                languageDirection = "\(language.rtl ? "rtl" : "ltr")"

                """
        }
        return toml
    }

    private static let baseof = """
        <!DOCTYPE html>
        <html lang="{{ .Language.Lang }}" dir="{{ .Language.LanguageDirection }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }}</title>
        {{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
        <link rel="canonical" href="{{ .Permalink }}">
        {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
        {{ end }}<link rel="stylesheet" href="{{ "assets/site.css" | relURL }}">
        </head>
        <body>
        <header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a></header>
        <main id="main">{{ block "main" . }}{{ end }}</main>
        <footer><p>{{ .Site.Title }}</p></footer>
        <script src="{{ "assets/site.js" | relURL }}" defer></script>
        </body>
        </html>

        """

    private static let single = """
        {{ define "main" }}
        <article class="article">
        <h1>{{ .Title }}</h1>
        <p class="updated">Last updated: <time>{{ .Params.updated }}</time></p>
        <nav class="toc">{{ .TableOfContents }}</nav>
        <div class="article-body">{{ .Content }}</div>
        </article>
        {{ with .Translations }}<nav class="translations"><ul>{{ range . }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul></nav>{{ end }}
        {{ end }}

        """

    private static let list = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        {{ .Content }}
        <ul>{{ range .Pages.ByParam "order" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Description }} {{ . }}{{ end }}</li>{{ end }}</ul>
        {{ end }}

        """

    private static let home = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        {{ .Content }}
        <ul>{{ range .Sections.ByParam "order" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
        {{ end }}

        """
}
