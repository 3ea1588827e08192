import FlyingSocks
import Foundation
import Testing
@testable import SiteGenKit

/// The preview's own HTTP/1.1 layer: what it accepts, what it refuses, and that one
/// connection carries several requests.
@Suite("serve's HTTP server")
struct PreviewHTTPServerTests {
    private func parse(_ text: String) throws(HTTPRequestParser.Failure) -> (request: HTTPRequest, headLength: Int, bodyLength: Int)? {
        try HTTPRequestParser.head(Array(text.utf8))
    }

    private func status(_ text: String) -> Int? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.status
        }
    }

    @Test func readsTheMethodPathQueryHeadersAndBodyLength() throws {
        let text = "POST /_sitegen/feedback?page=%2Fen%2F HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\nAccept: a\r\naccept: b\r\n\r\nhelpful=yes"
        let parsed = try #require(try parse(text))
        #expect(parsed.request.method == "POST")
        #expect(parsed.request.path == "/_sitegen/feedback")
        #expect(parsed.request.queryValue("page") == "/en/")
        #expect(parsed.request.header("ACCEPT") == "a, b")
        #expect(parsed.request.keepAlive)
        #expect(parsed.bodyLength == 11)
        #expect(parsed.headLength == text.utf8.count - 11)
    }

    @Test func waitsForTheWholeHead() throws {
        #expect(try parse("GET / HTTP/1.1\r\nHost: x\r\n") == nil)
        #expect(try parse("GET / HTTP/1.0\r\n\r\n")?.request.keepAlive == false)
        #expect(try parse("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")?.request.keepAlive == false)
    }

    @Test func refusesWhatCouldMeanTwoThings() {
        #expect(status("GET http://elsewhere.example/ HTTP/1.1\r\n\r\n") == 400)
        #expect(status("GET  / HTTP/1.1\r\n\r\n") == 400)
        #expect(status("get / HTTP/1.1\r\n\r\n") == 400)
        #expect(status("GET / HTTP/2.0\r\n\r\n") == 505)
        #expect(status("GET / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n") == 400)
        #expect(status("GET / HTTP/1.1\r\nNo colon\r\n\r\n") == 400)
        #expect(status("GET /\u{1}x HTTP/1.1\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nContent-Length: +5\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") == 411)
        #expect(status("POST / HTTP/1.1\r\nContent-Length: 10000000\r\n\r\n") == 413)
        #expect(status("GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 20_000)) == 431)
    }

    /// Runs the server with a handler that echoes the request for the duration of `body`, both
    /// at high priority: while the whole suite runs, other tests' builds keep the threads of
    /// the default priority busy for longer than these timeouts.
    private func withEchoServer(requestTimeout: Duration = .seconds(30), _ body: @escaping @Sendable (UInt16) async throws -> Void) async throws {
        try await Task(priority: .high) {
            let server = PreviewHTTPServer(requestTimeout: requestTimeout) { request in
                HTTPResponse(status: 200, headers: [("Content-Type", "text/plain")], body: Data("\(request.method) \(request.path) \(request.body.count)".utf8))
            }
            let (ports, continuation) = AsyncStream<UInt16>.makeStream()
            let task = Task { try await server.run(host: "127.0.0.1", port: 0) { continuation.yield($0) } }
            defer { task.cancel() }
            let port = try #require(try await withTimeout(seconds: LoopbackClient.patience) { await ports.first { _ in true } } ?? nil)
            try await body(port)
            task.cancel()
            _ = try? await withTimeout(seconds: 10) { _ = await task.result }
        }.value
    }

    private func connect(_ port: UInt16) async throws -> AsyncSocket {
        try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), timeout: LoopbackClient.patience)
    }

    /// A connection made and written to with blocking calls, so no wait for this process's
    /// threads (busy on a loaded machine) can come between connecting and sending: what a
    /// test sends reaches the server in time even when its request timeout is short.
    private func connectNow(_ port: UInt16) async throws -> AsyncSocket {
        let pool = try await SocketPool<Poll>.client
        let socket = try Socket(domain: AF_INET, type: .stream)
        try socket.connect(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        return try AsyncSocket(socket: socket, pool: pool)
    }

    private func sendNow(_ text: String, on socket: AsyncSocket) throws {
        let data = Data(text.utf8)
        var sent = data.startIndex
        while sent < data.endIndex { sent = try socket.socket.write(data, from: sent) }
    }

    /// Everything the server sends on one connection until it closes it.
    private func exchange(_ port: UInt16, _ text: String) async throws -> Received {
        let socket = try await connect(port)
        defer { try? socket.close() }
        try await socket.write(Data(text.utf8))
        return await receive(from: socket)
    }

    private static let threeRequests = "GET /a HTTP/1.1\r\nHost: x\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcHEAD /c HTTP/1.1\r\nConnection: close\r\n\r\n"

    /// The three answers to `threeRequests`, in order, and the connection closed after them.
    private func expectThreeAnswers(_ received: Received, sourceLocation: SourceLocation = #_sourceLocation) {
        let answers = received.text.components(separatedBy: "HTTP/1.1 200 OK").dropFirst()
        #expect(answers.count == 3, "\(received)", sourceLocation: sourceLocation)
        #expect(received.ending.hasPrefix("closed by the server"), "\(received)", sourceLocation: sourceLocation)
        guard answers.count == 3 else { return }
        let list = Array(answers)
        #expect(list[0].hasSuffix("GET /a 0"), "\(received)", sourceLocation: sourceLocation)
        #expect(list[1].hasSuffix("POST /b 3"), "\(received)", sourceLocation: sourceLocation)
        // HEAD: the length of what a GET would get, and no body.
        #expect(list[2].hasSuffix("Content-Length: 9\r\nConnection: close\r\n\r\n"), "\(received)", sourceLocation: sourceLocation)
    }

    @Test func oneConnectionCarriesSeveralRequestsInOrder() async throws {
        try await withEchoServer { port in
            expectThreeAnswers(try await exchange(port, Self.threeRequests))
        }
    }

    /// A preview busy rebuilding (or a loaded machine) may get to a connection only after its
    /// request timeout: requests that had arrived by then are still answered.
    @Test func requestsThatArrivedAreAnsweredWhenTheServerGetsToThemLate() async throws {
        try await withEchoServer(requestTimeout: .milliseconds(500)) { port in
            let socket = try await connectNow(port)
            defer { try? socket.close() }
            // Let the server wait on the idle connection, then keep every thread of the
            // concurrency pool busy (as other work would) past the timeout while the requests arrive.
            try await Task.sleep(for: .milliseconds(100))
            let busy = (0..<(2 * ProcessInfo.processInfo.activeProcessorCount)).map { _ in
                Task.detached(priority: Task.currentPriority) {
                    let end = Date().addingTimeInterval(1.5)
                    var spins = 0
                    while Date() < end { spins &+= 1 }
                    return spins
                }
            }
            try sendNow(Self.threeRequests, on: socket)
            let received = await receive(from: socket)
            for task in busy { _ = await task.value }
            expectThreeAnswers(received)
        }
    }

    @Test func aRequestCutShortGetsRequestTimeoutAndAnIdleConnectionIsClosedQuietly() async throws {
        try await withEchoServer(requestTimeout: .seconds(1)) { port in
            let socket = try await connectNow(port)
            defer { try? socket.close() }
            try sendNow("GET /a HTTP/1.1\r\nHost: x\r\n", on: socket)
            let partial = await receive(from: socket)
            #expect(partial.text.hasPrefix("HTTP/1.1 408 Request Timeout\r\n"), "\(partial)")
            #expect(partial.ending.hasPrefix("closed by the server"), "\(partial)")
            let idle = try await exchange(port, "")
            #expect(idle.bytes.isEmpty, "\(idle)")
            #expect(idle.ending.hasPrefix("closed by the server"), "\(idle)")
        }
    }

    @Test func aMalformedRequestGetsItsStatusAndTheConnectionCloses() async throws {
        try await withEchoServer { port in
            let received = try await exchange(port, "GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /after HTTP/1.1\r\n\r\n")
            #expect(received.text.hasPrefix("HTTP/1.1 411 Length Required\r\n"), "\(received)")
            #expect(!received.text.contains("/after"), "\(received)")
            #expect(received.ending.hasPrefix("closed by the server"), "\(received)")
        }
    }
}
