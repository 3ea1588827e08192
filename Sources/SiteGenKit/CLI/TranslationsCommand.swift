import ArgumentParser
import Foundation

/// `sitegen translations`: where every translation stands, and stamping.
struct TranslationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "Report translation status, or stamp translations as up to date.",
        subcommands: [TranslationsReportCommand.self, TranslationsStampCommand.self],
        defaultSubcommand: TranslationsReportCommand.self
    )
}

struct TranslationsReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Per language: translated, missing, outdated, unstamped and machine-translated articles."
    )

    @OptionGroup var site: SiteFolderOption

    @Option(help: "Only this language.")
    var lang: String?

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Exit 1 when a language's up-to-date share is below this percentage.")
    var failUnder: Int?

    @Option(help: "Also write a self-contained HTML status page to this file.")
    var html: String?

    @Option(name: .customLong("feedback-db"), help: "With --html: show each page's helpfulness from this sitegen-feedback database (SQLite file or postgres:// URL; runs sitegen-feedback report).")
    var feedbackDB: String?

    enum ReportFormat: String, ExpressibleByArgument, Sendable { case text, json }

    func run() async throws {
        var load = BuildReport()
        guard let site = await SiteBuilder().loadSite(BuildOptions(root: site.root), into: &load) else {
            DiagnosticPrinter().receive(load.diagnostics)
            throw ExitCode(1)
        }
        if let lang, site.config.language(lang) == nil || lang == site.config.defaultLanguage {
            throw ValidationError("'\(lang)' is not a translation language of this site (\(site.config.languages.map(\.code).filter { $0 != site.config.defaultLanguage }.joined(separator: ", ")))")
        }
        let report = TranslationReport(site: site, only: lang)
        switch format {
        case .text:
            FileHandle.standardOutput.write(Data(report.text.utf8))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(report) + Data("\n".utf8))
        }
        if let html {
            var feedback: FeedbackSummary?
            if let feedbackDB { feedback = try await FeedbackSummary.load(database: feedbackDB, siteRoot: self.site.root) }
            try LocalFileSystem().writeFile(html, Data(TranslationStatusPage.render(report, site: site, feedback: feedback).utf8))
        }
        if let failUnder {
            let failing = report.languages.filter { $0.sourceArticles > 0 && $0.upToDate * 100 < failUnder * $0.sourceArticles }
            for language in failing {
                FileHandle.standardError.write(Data("\(language.code): \(language.upToDatePercent)% up to date, below --fail-under \(failUnder)\n".utf8))
            }
            if !failing.isEmpty { throw ExitCode(1) }
        }
    }
}

struct TranslationsStampCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stamp",
        abstract: "Record in each translation's front matter the source revision it matches."
    )

    @OptionGroup var site: SiteFolderOption

    @Argument(help: "Translation files, e.g. content/fr/billing/refunds.md.")
    var files: [String]

    func run() async throws {
        let stamper = TranslationStamper(fileSystem: LocalFileSystem(), root: site.root)
        var failed = false
        for file in files {
            switch stamper.stamp(file) {
            case .success(let message):
                FileHandle.standardOutput.write(Data("\(message)\n".utf8))
            case .failure(let diagnostic):
                // Printed as each file fails, between the files stamped, in the order given.
                var report = DiagnosticReport()
                report.add(diagnostic)
                DiagnosticPrinter(summary: false).receive(report)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
