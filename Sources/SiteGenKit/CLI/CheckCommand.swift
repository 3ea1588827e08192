import ArgumentParser
import Foundation

/// `sitegen check`: everything `build` validates, plus translation checks, without writing.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate content, links, templates and translations without writing public/."
    )

    @OptionGroup var site: SiteFolderOption

    @Option(help: "Output format: text, github (Actions annotations) or json.")
    var format: DiagnosticFormat = .text

    @Flag(help: "Exit 1 on warnings too.")
    var warningsAsErrors = false

    func run() async throws {
        let report = await SiteBuilder().check(BuildOptions(root: site.root))
        DiagnosticPrinter(format: format, write: DiagnosticPrinter.standardOutput).receive(report.diagnostics)
        if report.failed(warningsAsErrors: warningsAsErrors) { throw ExitCode(1) }
    }
}
