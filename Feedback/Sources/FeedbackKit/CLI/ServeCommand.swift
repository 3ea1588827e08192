import ArgumentParser
import Foundation
import Logging

/// `sitegen-feedback serve`: runs the collector until SIGTERM or SIGINT, then shuts down gracefully.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the feedback collector.")

    @OptionGroup var location: SiteAndDatabase

    @Option(help: "The address to listen on; keep 127.0.0.1 behind a reverse proxy.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one and prints it).")
    var port = 8080

    @Option(name: .customLong("rate-limit"), help: "Submissions per minute per client (0: no limit).")
    var rateLimit = 30

    @Flag(name: .customLong("trust-forwarded-for"), help: "Take the client address from X-Forwarded-For (only behind a reverse proxy that sets it).")
    var trustForwardedFor = false

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        let logger = Logger(label: "sitegen-feedback") { label in JSONLogHandler(label: label, level: level) }
        let catalog: CatalogWatcher
        do { catalog = try CatalogWatcher(siteFolder: location.site) } catch { throw ToolError(description: "\(error)") }
        let store = try await FeedbackStores.open(location.database)
        let collector = Collector(store: store, catalog: catalog, rateLimit: rateLimit, trustForwardedFor: trustForwardedFor, logger: logger)
        let server = try await HTTPServer.start(host: host, port: port, responder: collector)
        logger.info("listening", metadata: ["host": "\(host)", "port": "\(server.port)", "origin": "\(catalog.current().catalog.origin)"])
        // Tests and scripts started with --port 0 read the port from this line.
        FileHandle.standardOutput.write(Data("sitegen-feedback: listening on http://\(host):\(server.port)\n".utf8))
        let signal = await Self.waitForTermination()
        logger.info("shutting down", metadata: ["signal": "\(signal)"])
        await server.shutdown()
        try await store.close()
        logger.info("stopped")
    }

    /// Suspends until SIGTERM or SIGINT arrives; returns its number.
    static func waitForTermination() async -> Int32 {
        await withCheckedContinuation { continuation in
            let once = NSLock()
            let state = SignalState()
            for number in [SIGTERM, SIGINT] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    let first = once.withLock { () -> Bool in
                        defer { state.resumed = true }
                        return !state.resumed
                    }
                    if first { continuation.resume(returning: number) }
                }
                source.resume()
                state.sources.append(source)
            }
            SignalState.keep.withLock { $0.append(state) }
        }
    }

    /// Signal sources must outlive the wait; they are kept for the life of the process.
    final class SignalState: @unchecked Sendable {
        var resumed = false
        var sources: [any DispatchSourceSignal] = []
        static let keep = LockedList()
    }

    final class LockedList: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [SignalState] = []
        func withLock(_ body: (inout [SignalState]) -> Void) { lock.withLock { body(&items) } }
    }
}
