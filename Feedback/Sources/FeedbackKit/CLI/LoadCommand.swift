import ArgumentParser
import Foundation

/// `sitegen-feedback load`: sends valid votes for the site's pages to a running collector on
/// loopback at a steady rate for a fixed time, then prints throughput and latency.
struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "load", abstract: "Measure a running collector on loopback.")

    @Option(help: "The site folder the collector serves.")
    var site = "."

    @Option(help: "The collector's port on 127.0.0.1.")
    var port = 8080

    @Option(help: "Seconds to run.")
    var duration = 30.0

    @Option(help: "Votes per second to send.")
    var rate = 2000

    @Option(help: "Keep-alive connections.")
    var connections = 16

    func run() throws {
        let catalog: SiteCatalog
        do { catalog = try SiteCatalog.load(siteFolder: site) } catch { throw ToolError(description: "\(error)") }
        let client = LoadClient(options: LoadClient.Options(port: port, bodies: Self.bodies(catalog), origin: catalog.origin))
        var options = client.options
        options.duration = duration
        options.rate = rate
        options.connections = connections
        let result = LoadClient(options: options).run()
        print(result.summary)
    }

    /// One valid vote body per published page.
    static func bodies(_ catalog: SiteCatalog) -> [String] {
        var bodies: [String] = []
        for article in catalog.articles.keys.sorted() {
            for language in catalog.languages {
                guard let revision = catalog.pageRevision(article, in: language) else { continue }
                let encoded = article.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? article
                bodies.append("article=\(encoded)&language=\(language)&revision=\(revision)&helpful=\(bodies.count % 3 == 0 ? "no" : "yes")")
            }
        }
        return bodies
    }
}
