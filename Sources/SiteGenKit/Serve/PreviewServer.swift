import Foundation

/// `serve`'s HTTP server and watcher, running until the task that runs them is cancelled.
enum PreviewServer {
    /// Builds the site into memory, listens on `host:port` (0 for any free port) and rebuilds
    /// on every change under content/, templates/ and static/ (site.yml is in content/).
    /// - Parameter listening: called once with the port when the server accepts connections.
    static func run(_ site: PreviewSite, host: String, port: UInt16, watch: Bool = true,
                    listening: @escaping @Sendable (UInt16) -> Void) async throws {
        let root = site.options.root
        let watcher = SiteWatcher(folders: ["content", "templates", "static"].map { root + "/" + $0 })
        // Watching starts before the first build, so no edit made meanwhile is missed.
        let changes = watch ? watcher.changes() : nil
        defer {
            watcher.stop()
            site.events.finishAll()
        }
        await site.rebuild()
        let server = PreviewHTTPServer(handler: PreviewHandler(site: site).handle)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run(host: host, port: port, listening: listening) }
            if let changes {
                group.addTask {
                    for await _ in changes {
                        try Task.checkCancellation()
                        await site.rebuild()
                    }
                }
            }
            // Cancelling the group (the command's task) ends both; the first error does too.
            defer { group.cancelAll() }
            try await group.next()
            try await group.next()
        }
    }
}
