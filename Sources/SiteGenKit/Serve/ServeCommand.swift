import ArgumentParser
import Foundation

/// `sitegen serve`: builds the site into memory, serves every language over HTTP and
/// rebuilds and reloads the open pages on every change.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build into memory, serve it and reload pages as files change."
    )

    @OptionGroup var site: SiteFolderOption

    @Option(help: "The port to listen on (0 for any free port).")
    var port: UInt16 = 1313

    @Option(help: "The address to listen on; loopback unless told otherwise.")
    var host = "127.0.0.1"

    @Flag(help: "Show articles marked draft: true, with a Draft badge.")
    var drafts = false

    @Flag(help: "Open the site in the default browser.")
    var open = false

    func run() async throws {
        let options = BuildOptions(root: site.root, includeDrafts: drafts)
        let preview = PreviewSite(options: options) { line in
            FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
        }
        let host = self.host
        let open = self.open
        try await PreviewServer.run(preview, host: host, port: port) { port in
            let shown = host.contains(":") ? "[\(host)]" : host
            let url = "http://\(shown):\(port)/"
            FileHandle.standardError.write(Data("serving \(url) (every language; Ctrl-C to stop)\n".utf8))
            if open { Self.openBrowser(url) }
        }
    }

    private static func openBrowser(_ url: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open"]
        #endif
        process.arguments = (process.arguments ?? []) + [url]
        try? process.run()
    }
}
