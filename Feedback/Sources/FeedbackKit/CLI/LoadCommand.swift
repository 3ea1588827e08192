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

    @Option(name: .customLong("collector-pid"), help: "The collector's process id: also report its user+sys CPU per 1,000 votes (Linux), a figure that does not depend on what else the machine runs.")
    var collectorPID: Int32?

    func run() throws {
        let catalog: SiteCatalog
        do { catalog = try SiteCatalog.load(siteFolder: site) } catch { throw ToolError(description: "\(error)") }
        let client = LoadClient(options: LoadClient.Options(port: port, bodies: Self.bodies(catalog), origin: catalog.origin))
        var options = client.options
        options.duration = duration
        options.rate = rate
        options.connections = connections
        let before = collectorPID.flatMap(Self.cpuSeconds)
        let result = LoadClient(options: options).run()
        print(result.summary)
        if let pid = collectorPID, let before, let after = Self.cpuSeconds(pid) {
            let perThousand = (after - before) * 1000 / Double(max(1, result.acknowledged.count)) * 1000
            print(String(format: "collector CPU (user+sys): %.2f s, %.1f ms per 1,000 acknowledged votes", after - before, perThousand))
        }
    }

    /// User plus system CPU time of a process so far, from `/proc/PID/stat`.
    static func cpuSeconds(_ pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return nil }
        // Fields after the command name, which may hold spaces: state is the 3rd, utime the 14th.
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
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
