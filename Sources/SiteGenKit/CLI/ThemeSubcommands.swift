import ArgumentParser
import Foundation

/// `sitegen theme eject [FILE…]`: copies the default theme, or the named files, into templates/.
struct ThemeEjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eject",
        abstract: "Copy the default theme (or the named files, e.g. partials/footer.mustache) into templates/."
    )

    @OptionGroup var site: SiteFolderOption

    @Argument(help: "Paths below templates/ (all files when none are given).")
    var files: [String] = []

    func run() throws {
        // The same link rule as build and check: a linked templates/ (or a link below it) is
        // never written through.
        var warnings = Diagnostics()
        let fileSystem = SiteLinkGuard.apply(root: site.root, fileSystem: LocalFileSystem(), diagnostics: &warnings)
        if !warnings.isEmpty {
            var report = DiagnosticReport()
            report.add(contentsOf: warnings)
            DiagnosticPrinter().receive(report)
        }
        let outcome = try ThemeEjector.eject(files, into: site.root + "/templates", fileSystem: fileSystem)
        for path in outcome.written { print("wrote templates/\(path)") }
        for path in outcome.kept { print("kept templates/\(path) (the site already has it)") }
        if !outcome.unknown.isEmpty {
            throw ValidationError("not in the default theme: \(outcome.unknown.joined(separator: ", ")) (it has \(DefaultTheme.files.keys.sorted().joined(separator: ", ")))")
        }
    }
}

/// `sitegen theme check`: template errors and the UI strings each language lacks.
struct ThemeCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List template errors and UI strings the theme uses that a language lacks."
    )

    @OptionGroup var site: SiteFolderOption

    @Option(help: "Output format: text, github (Actions annotations) or json.")
    var format: DiagnosticFormat = .text

    func run() throws {
        var warnings = Diagnostics()
        let fileSystem = SiteLinkGuard.apply(root: site.root, fileSystem: LocalFileSystem(), diagnostics: &warnings)
        var report = DiagnosticReport()
        report.add(contentsOf: warnings)
        ThemeChecker.check(fileSystem: fileSystem, root: site.root, into: &report)
        DiagnosticPrinter(format: format, write: DiagnosticPrinter.standardOutput).receive(report)
        if report.hasErrors { throw ExitCode(1) }
    }
}

/// `sitegen new DIR`: a site that builds as it is, with the built-in theme.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a small working site (two languages, one section, one article) in DIR."
    )

    @Argument(help: "The folder to create.")
    var directory: String

    func run() throws {
        do {
            _ = try SiteScaffold.create(in: directory, fileSystem: LocalFileSystem())
        } catch {
            throw ValidationError("\(error)")
        }
        print("Created \(directory). Build it with: cd \(directory) && sitegen build")
    }
}
