import Foundation
import Synchronization

/// The browsers connected to `/_sitegen/events`, each with the page it shows, and the
/// Server-Sent Events sent to them.
final class LiveEvents: Sendable {
    private struct Client {
        /// The output file the browser shows (`en/billing/refunds/index.html`).
        var page: String
        var continuation: AsyncStream<Data>.Continuation
    }

    private let clients = Mutex<[UUID: Client]>([:])

    /// Registers a browser; its stream ends when the connection closes or the server stops.
    func connect(page: String, initial: [String]) -> AsyncStream<Data> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(64))
        // A comment line first, so the browser sees the stream open at once.
        continuation.yield(Data(": connected\n\n".utf8))
        for event in initial { continuation.yield(Data(event.utf8)) }
        continuation.onTermination = { [weak self] _ in self?.clients.withLock { _ = $0.removeValue(forKey: id) } }
        clients.withLock { $0[id] = Client(page: page, continuation: continuation) }
        return stream
    }

    var count: Int { clients.withLock { $0.count } }

    /// Sends `event` to the browsers whose page is in `pages`, or to all when `pages` is nil.
    func send(_ event: String, data: String = "", to pages: Set<String>? = nil) {
        let bytes = Data(Self.format(event, data: data).utf8)
        clients.withLock { clients in
            for client in clients.values where pages?.contains(client.page) ?? true { client.continuation.yield(bytes) }
        }
    }

    /// Ends every stream, so connections close when the server stops.
    func finishAll() {
        let all = clients.withLock { clients in
            defer { clients = [:] }
            return Array(clients.values)
        }
        for client in all { client.continuation.finish() }
    }

    /// One event in the text/event-stream format; `data` must be a single line (JSON is).
    static func format(_ event: String, data: String) -> String {
        "event: \(event)\ndata: \(data.replacingOccurrences(of: "\n", with: " "))\n\n"
    }
}
