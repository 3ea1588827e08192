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
    private func withEchoServer(_ body: @escaping @Sendable (UInt16) async throws -> Void) async throws {
        try await Task(priority: .high) {
            let server = PreviewHTTPServer { request in
                HTTPResponse(status: 200, headers: [("Content-Type", "text/plain")], body: Data("\(request.method) \(request.path) \(request.body.count)".utf8))
            }
            let (ports, continuation) = AsyncStream<UInt16>.makeStream()
            let task = Task { try await server.run(host: "127.0.0.1", port: 0) { continuation.yield($0) } }
            defer { task.cancel() }
            let port = try #require(try await withTimeout(seconds: 60) { await ports.first { _ in true } } ?? nil)
            try await body(port)
            task.cancel()
            _ = try? await withTimeout(seconds: 10) { _ = await task.result }
        }.value
    }

    /// Everything the server sends on one connection until it closes it.
    private func exchange(_ port: UInt16, _ text: String) async throws -> String {
        let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), timeout: 30)
        defer { try? socket.close() }
        try await socket.write(Data(text.utf8))
        let bytes = try await withTimeout(seconds: 60) { () async throws -> [UInt8] in
            var bytes: [UInt8] = []
            while let chunk = try? await socket.read(atMost: 65_536) { bytes += chunk }
            return bytes
        } ?? []
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func oneConnectionCarriesSeveralRequestsInOrder() async throws {
        try await withEchoServer { port in
            let text = "GET /a HTTP/1.1\r\nHost: x\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcHEAD /c HTTP/1.1\r\nConnection: close\r\n\r\n"
            let received = try await exchange(port, text)
            #expect(received.components(separatedBy: "HTTP/1.1 200 OK").count == 4, "\(received)")
            #expect(received.contains("GET /a 0"))
            #expect(received.contains("POST /b 3"))
            // HEAD: the length of what a GET would get, and no body.
            #expect(received.hasSuffix("Content-Length: 9\r\nConnection: close\r\n\r\n"), "\(received)")
        }
    }

    @Test func aMalformedRequestGetsItsStatusAndTheConnectionCloses() async throws {
        try await withEchoServer { port in
            let received = try await exchange(port, "GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /after HTTP/1.1\r\n\r\n")
            #expect(received.hasPrefix("HTTP/1.1 411 Length Required\r\n"))
            #expect(!received.contains("/after"))
        }
    }
}
