import ArgumentParser
import Foundation

/// `sitegen-feedback report`: helpfulness by article × language, as text, JSON or CSV, and an
/// optional self-contained HTML page.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Report on the votes collected.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @OptionGroup var location: SiteAndDatabase

    @Option(help: "text, json or csv.")
    var format: Format = .text

    @Option(help: "Also write a self-contained HTML report (charts, no script) to this file.")
    var html: String?

    @Option(name: .customLong("min-votes"), help: "Fewer votes than this are reported as too few to tell.")
    var minVotes = 10

    func run() async throws {
        let catalog: SiteCatalog
        do { catalog = try SiteCatalog.load(siteFolder: location.site) } catch { throw ToolError(description: "\(error)") }
        let store = try await FeedbackStores.open(location.database)
        let snapshot = try await store.snapshot()
        try await store.close()
        let report = FeedbackReport(snapshot: snapshot, catalog: catalog, minimumVotes: minVotes)
        switch format {
        case .text: print(report.text(), terminator: "")
        case .json: print(try report.json(), terminator: "")
        case .csv: print(report.csv(), terminator: "")
        }
        if let html {
            try Data(report.html().utf8).write(to: URL(fileURLWithPath: html))
        }
    }
}
