import Foundation
import Testing
@testable import SiteGenKit

/// The default theme is built into sitegen; a site's `templates/` replaces it file by file.
@Suite("Themes: default and overrides")
struct ThemeOverrideTests {
    @Test func siteWithoutTemplatesBuildsWithTheBuiltInTheme() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent, theme: false)
        #expect(!fs.isDirectory("site/templates"))
        let report = await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site"))
        #expect(report.published, "\(report.lines)")
        #expect(!report.diagnostics.hasErrors)
        let withTheme = await Fixture.build()
        #expect(fs.page("en/billing/refunds/index.html") == withTheme.1.page("en/billing/refunds/index.html"))
        #expect(fs.page("assets/site.css") == Fixture.theme["templates/assets/site.css"])
    }

    @Test func overridesReplaceOnlyTheirOwnFiles() async throws {
        var content = Fixture.validContent
        content["templates/partials/footer.mustache"] = "<footer class=\"mine\">{{page.siteTitle}}</footer>\n"
        content["templates/i18n/fr.yml"] = Fixture.theme["templates/i18n/fr.yml"]!.replacingOccurrences(of: "\nhome: Accueil\n", with: "\nhome: Maison\n")
        let fs = Fixture.fileSystem(content, theme: false)
        let report = await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site"))
        #expect(report.published, "\(report.lines)")
        let french = try #require(fs.page("fr/billing/refunds/index.html"))
        #expect(french.contains("<footer class=\"mine\">Aide Acme</footer>"))
        #expect(!french.contains("site-footer"), "the default footer is replaced")
        #expect(french.contains("<header class=\"site-header\">"), "the default header stays")
        #expect(french.contains(">Maison</a>"), "the overridden UI string reaches the article's breadcrumb")
        #expect(fs.page("fr/billing/index.html")?.contains(">Maison</a>") == true, "and the category's")
        #expect(fs.page("fr/index.html")?.contains("Accueil") == false, "the default string is gone from the home page too")
        #expect(fs.page("en/billing/refunds/index.html")?.contains("<footer class=\"mine\">Acme Help</footer>") == true)
    }

    @Test func embeddedThemeMatchesTheTemplatesFolder() throws {
        let generated = DefaultThemeSource.swiftSource(Fixture.theme)
        let path = Fixture.repositoryRoot.appendingPathComponent("Sources/SiteGenKit/Theme/DefaultTheme+Files.swift").path
        if ProcessInfo.processInfo.environment["SITEGEN_UPDATE_THEME"] == "1" {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let checkedIn = try String(contentsOfFile: path, encoding: .utf8)
        #expect(checkedIn == generated, "templates/ changed: run `SITEGEN_UPDATE_THEME=1 swift test --filter ThemeOverrideTests` and commit the file")
        #expect(DefaultTheme.files.count == Fixture.theme.count)
        for (path, text) in Fixture.theme { #expect(DefaultTheme.files[String(path.dropFirst("templates/".count))] == text, "\(path)") }
    }

    @Test func ejectCopiesTheDefaultThemeWithoutOverwriting() throws {
        let fs = InMemoryFileSystem(files: ["site/templates/partials/footer.mustache": "mine"])
        let some = try ThemeEjector.eject(["partials/footer.mustache", "templates/partials/header.mustache", "nope.mustache"], into: "site/templates", fileSystem: fs)
        #expect(some == .init(written: ["partials/header.mustache"], kept: ["partials/footer.mustache"], unknown: ["nope.mustache"]))
        #expect(fs.text("site/templates/partials/footer.mustache") == "mine")
        #expect(fs.text("site/templates/partials/header.mustache") == DefaultTheme.files["partials/header.mustache"])
        let all = try ThemeEjector.eject([], into: "site/templates", fileSystem: fs)
        #expect(all.written.count == DefaultTheme.files.count - 2)
        #expect(fs.text("site/templates/article.mustache") == Fixture.theme["templates/article.mustache"])
    }

    @Test func newSiteBuildsAsItIs() async throws {
        let fs = InMemoryFileSystem(files: [:])
        let written = try SiteScaffold.create(in: "site", fileSystem: fs)
        #expect(written.contains("content/site.yml"))
        let report = await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site"))
        #expect(report.published)
        #expect(report.diagnostics.items.isEmpty, "\(report.lines)")
        #expect(fs.page("en/getting-started/first-steps/index.html")?.contains("<h1>Your first steps</h1>") == true)
        #expect(fs.page("fr/getting-started/first-steps/index.html")?.contains("Vos premiers pas") == true)
        #expect(throws: ScaffoldError.self) { try SiteScaffold.create(in: "site", fileSystem: fs) }
    }

    /// What `sitegen theme check` reports for the site in "site".
    private func themeCheck(_ fileSystem: FileSystem) -> DiagnosticReport {
        var report = DiagnosticReport()
        ThemeChecker.check(fileSystem: fileSystem, root: "site", into: &report)
        return report
    }

    @Test func themeCheckListsTemplateErrorsAndMissingStrings() {
        var files: [String: String] = [:]
        for (path, text) in Fixture.validContent { files["site/" + path] = text }
        files["site/templates/partials/footer.mustache"] = "<footer>{{t.no_such}}{{page.sitetitle}}</footer>\n"
        let fs = InMemoryFileSystem(files: files)
        let lines = themeCheck(fs).sorted.map(\.description)
        #expect(lines == ["templates/partials/footer.mustache:1:22: error: 'page.sitetitle' is not a field of page; did you mean 'siteTitle'? (theme.unknown-name)"])
        files["site/templates/partials/footer.mustache"] = "<footer>{{t.no_such}}</footer>\n"
        let strings = themeCheck(InMemoryFileSystem(files: files)).sorted.map(\.description)
        #expect(strings.contains("templates/partials/footer.mustache:1:9: error: UI string 'no_such' is not defined in templates/i18n/en.yml (template.unknown-string)"), "\(strings)")
    }

    @Test func themeCheckReportsEachMissingStringOnceWithTheSitesSeverity() async throws {
        let french = try #require(Fixture.theme["templates/i18n/fr.yml"])
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("home:") && !$0.hasPrefix("breadcrumbs:") }.joined(separator: "\n")
        let root = try Fixture.onDisk(["templates/i18n/fr.yml": french,
                                       "content/site.yml": Fixture.siteYAML + "\ndiagnostics:\n  i18n.missing-string: error\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        var files: [String: String] = [:]
        for (path, text) in Fixture.theme.merging(Fixture.validContent, uniquingKeysWith: { _, new in new }) { files["site/" + path] = text }
        files["site/templates/i18n/fr.yml"] = french
        files["site/content/site.yml"] = Fixture.siteYAML + "\ndiagnostics:\n  i18n.missing-string: error\n"
        let lines = themeCheck(InMemoryFileSystem(files: files)).items.map(\.description)
        #expect(lines.sorted() == ["templates/i18n/fr.yml: error: missing UI string 'breadcrumbs'; using the en text (i18n.missing-string)",
                                   "templates/i18n/fr.yml: error: missing UI string 'home'; using the en text (i18n.missing-string)"])
        #expect(await SitegenCommand.run(arguments: ["theme", "check", "--root", root]) == 1)
        #expect(await SitegenCommand.run(arguments: ["check", "--root", root]) == 1)
    }
}
