import FlyingSocks
import Foundation

/// `serve`'s HTTP/1.1 server, on FlyingSocks' non-blocking sockets: keep-alive connections,
/// bounded requests, whole responses with a length and streamed ones (the live-reload events)
/// that end with the connection. Only what a preview needs, so building sitegen stays light.
struct PreviewHTTPServer: Sendable {
    typealias Handler = @Sendable (HTTPRequest) async -> HTTPResponse

    /// How long a client may take to send a whole request, and an idle connection stays open.
    var requestTimeout: Duration = .seconds(30)

    let handler: Handler

    /// Listens on `host:port` (0 for any free port) until the calling task is cancelled.
    /// - Parameter listening: called once with the port, when connections are accepted.
    func run(host: String, port: UInt16, listening: @escaping @Sendable (UInt16) -> Void) async throws {
        let pool = Self.makePool()
        try await pool.prepare()
        let socket = try Self.listeningSocket(host: host, port: port)
        defer { try? socket.close() }
        let listener = try AsyncSocket(socket: socket, pool: pool)
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await pool.run() }
            switch try? socket.sockname() {
            case .ip4(_, let bound), .ip6(_, let bound): listening(bound)
            default: listening(port)
            }
            while true {
                try Task.checkCancellation()
                do {
                    let client = try await listener.accept()
                    group.addTask { await self.serve(client) }
                } catch is CancellationError {
                    throw CancellationError()
                } catch {
                    // Out of file descriptors, or a client gone before it was accepted: keep
                    // serving the others instead of stopping the preview.
                    try await Task.sleep(nanoseconds: 10_000_000)
                }
            }
        }
    }

    private static func makePool() -> any AsyncSocketPool {
        #if canImport(Darwin)
        return .kQueue()
        #elseif os(Linux)
        return .ePoll()
        #else
        return .poll()
        #endif
    }

    private static func listeningSocket(host: String, port: UInt16) throws -> Socket {
        let ip6 = host.contains(":")
        let socket = try Socket(domain: ip6 ? AF_INET6 : AF_INET, type: .stream)
        try socket.setValue(true, for: .localAddressReuse)
        if ip6 {
            try socket.bind(to: sockaddr_in6.inet6(ip6: host, port: port))
        } else {
            try socket.bind(to: sockaddr_in.inet(ip4: host, port: port))
        }
        try socket.listen()
        return socket
    }

    /// Answers the requests of one connection in order until it closes, idles too long, sends
    /// a malformed or late request (answered with its 4xx) or receives a streamed response.
    private func serve(_ client: AsyncSocket) async {
        defer { try? client.close() }
        var pending: [UInt8] = []
        while true {
            let request: HTTPRequest
            do {
                guard let read = try await Self.readRequest(client, pending, within: requestTimeout) else { return }
                (request, pending) = read
            } catch let failure as HTTPRequestParser.Failure {
                try? await client.write(HTTPResponse(status: failure.status).head(keepAlive: false))
                return
            } catch {
                return
            }
            let response = await handler(request)
            do {
                try await send(response, to: client, headOnly: request.method == "HEAD", keepAlive: request.keepAlive)
            } catch {
                return
            }
            if case .stream = response.body { return }
            if !request.keepAlive { return }
        }
    }

    private func send(_ response: HTTPResponse, to client: AsyncSocket, headOnly: Bool, keepAlive: Bool) async throws {
        try await client.write(response.head(keepAlive: keepAlive))
        switch response.body {
        case .bytes(let data):
            if !headOnly, !data.isEmpty { try await client.write(data) }
        case .stream(let chunks):
            guard !headOnly else { return }
            // Events are written as they come; a browser that goes away is noticed by reading,
            // which ends the stream and so unregisters it.
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { for await chunk in chunks { try await client.write(chunk) } }
                group.addTask { while true { _ = try await client.read(atMost: 1024) } }
                defer { group.cancelAll() }
                try await group.next()
            }
        }
    }
}
