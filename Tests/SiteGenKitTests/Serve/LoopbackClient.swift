import FlyingSocks
import Foundation
@testable import SiteGenKit

/// Drives a real `serve` over loopback: raw HTTP/1.1 on a socket, so test requests reach the
/// server byte for byte (no client tidies `..` away), and every wait is bounded (generously:
/// the whole suite runs at once on a loaded machine).
struct LoopbackClient {
    let port: UInt16

    struct Response {
        var status: Int
        var headers: String
        var body: String
    }

    /// How long a test waits for the server before calling it a hang. A bound, not a speed
    /// check: the whole suite shares a loaded CI machine's two cores, and one await has been
    /// seen to stall for minutes there.
    static let patience: Double = 300

    /// The client saw no whole response; says what it did see.
    struct NoResponse: Error, CustomStringConvertible {
        var received: Received
        var description: String { "no whole response: \(received)" }
    }

    /// Sends one request and reads the whole response (the connection is closed by the server).
    func request(_ method: String, _ target: String, headers: [String] = [], body: String = "") async throws -> Response {
        let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), timeout: Self.patience)
        defer { try? socket.close() }
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for header in headers { head += header + "\r\n" }
        if !body.isEmpty { head += "Content-Length: \(body.utf8.count)\r\n" }
        try await socket.write(Data((head + "\r\n" + body).utf8))
        let received = await receive(from: socket, until: { Self.complete($0) })
        guard received.text.contains("\r\n\r\n") else { throw NoResponse(received: received) }
        let parts = received.text.components(separatedBy: "\r\n\r\n")
        let head0 = parts.first ?? ""
        let status = Int(head0.split(separator: " ").dropFirst().first ?? "") ?? 0
        return Response(status: status, headers: head0, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    /// A response with a Content-Length is complete once that many body bytes arrived.
    private static func complete(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return false }
        let head = text[..<split.lowerBound].lowercased()
        guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
              let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) else { return false }
        return bytes.count - text[..<split.upperBound].utf8.count >= length
    }

    /// An open event stream for the page at `page`.
    func events(for page: String) async throws -> EventStream {
        let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), timeout: Self.patience)
        let target = "/_sitegen/events?page=" + (page.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? page)
        try await socket.write(Data("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n".utf8))
        let stream = EventStream(socket: socket)
        guard try await stream.next(containing: ": connected", seconds: Self.patience) != nil else {
            throw NoResponse(received: Received(bytes: Array(stream.received.utf8), ending: "no \": connected\" within \(Int(Self.patience)) s"))
        }
        return stream
    }
}

/// The text received so far on an event stream.
final class EventStream: @unchecked Sendable {
    let socket: AsyncSocket
    private(set) var received = ""

    init(socket: AsyncSocket) { self.socket = socket }

    /// Reads until the stream holds `text` after what earlier calls consumed; nil after `seconds`.
    func next(containing text: String, seconds: Double) async throws -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let range = received.range(of: text) {
                let upTo = String(received[..<range.upperBound])
                // Keep the rest of that event (its data line) with the match.
                let rest = received[range.upperBound...]
                let end = rest.range(of: "\n\n")?.upperBound ?? rest.endIndex
                let event = upTo + rest[..<end]
                received = String(rest[end...])
                return event
            }
            let chunk = try await withTimeout(seconds: max(0.05, deadline.timeIntervalSinceNow)) { try await self.socket.read(atMost: 65_536) }
            guard let chunk, !chunk.isEmpty else { continue }
            received += String(decoding: chunk, as: UTF8.self)
        }
        return nil
    }

    func close() { try? socket.close() }
}

/// What a client received on one connection, and how the reading ended, so that a failing
/// test says what it saw (the server closing at once, an error, or silence) instead of "".
struct Received: CustomStringConvertible, Sendable {
    var bytes: [UInt8]
    /// "closed by the server", "complete", the error, or the wait that ran out.
    var ending: String

    var text: String { String(decoding: bytes, as: UTF8.self) }
    var description: String { "\(ending), \(bytes.count) bytes: \(text.debugDescription)" }
}

/// Reads `socket` until the server closes it or `complete` holds for what arrived, waiting at
/// most `seconds`; what arrived before a timeout or an error is kept.
func receive(from socket: AsyncSocket, seconds: Double = LoopbackClient.patience,
             until complete: @escaping @Sendable ([UInt8]) -> Bool = { _ in false }) async -> Received {
    final class Bytes: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes: [UInt8] = []
        func append(_ more: [UInt8]) -> [UInt8] { lock.withLock { bytes += more; return bytes } }
        var value: [UInt8] { lock.withLock { bytes } }
    }
    let start = Date()
    let bytes = Bytes()
    let ending: String
    do {
        ending = try await withTimeout(seconds: seconds) { () async -> String in
            do {
                while true {
                    if complete(bytes.append(try await socket.read(atMost: 65_536))) { return "complete" }
                }
            } catch SocketError.disconnected {
                return "closed by the server"
            } catch {
                return "error \(error)"
            }
        } ?? "still open after \(Int(seconds)) s"
    } catch {
        ending = "error \(error)"
    }
    return Received(bytes: bytes.value, ending: ending + String(format: " (%.1f s)", Date().timeIntervalSince(start)))
}

/// Runs `work`, giving up (nil) after `seconds`.
@discardableResult
func withTimeout<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () async throws -> T) async throws -> T? {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await work() }
        group.addTask {
            try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
            return nil
        }
        defer { group.cancelAll() }
        return try await group.next() ?? nil
    }
}
