import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import FeedbackKit

/// Real HTTP over loopback, byte for byte, so tests can send what browsers and attackers send
/// (bad UTF-8, oversized bodies, slow clients) and see exactly what comes back.
struct RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    let port: Int

    /// Sends `request` (with `Connection: close`) and reads until the server closes, on a thread
    /// of its own: blocking sockets must not hold the threads the server in this process runs on.
    func send(_ request: [UInt8], readTimeout: Int = 5) async -> Response? {
        let port = port
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(returning: RawHTTP(port: port).blockingSend(request, readTimeout: readTimeout))
            }
        }
    }

    private func blockingSend(_ request: [UInt8], readTimeout: Int) -> Response? {
        let fd = LoadClient.connect(host: "127.0.0.1", port: port)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var timeout = timeval(tv_sec: readTimeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        _ = LoadClient.send(fd, request)
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            buffer += chunk[0..<count]
        }
        return Self.parse(buffer)
    }

    func post(_ path: String = "/votes", body: String, contentType: String = "application/x-www-form-urlencoded",
              headers: [String: String] = ["Origin": SampleSite.origin]) async -> Response? {
        await post(path, bytes: Array(body.utf8), contentType: contentType, headers: headers)
    }

    func post(_ path: String = "/votes", bytes: [UInt8], contentType: String = "application/x-www-form-urlencoded",
              headers: [String: String] = ["Origin": SampleSite.origin]) async -> Response? {
        var head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: \(contentType)\r\nContent-Length: \(bytes.count)\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        return await send(Array((head + "\r\n").utf8) + bytes)
    }

    func request(_ method: String, _ path: String, headers: [String: String] = [:]) async -> Response? {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        return await send(Array((head + "\r\n").utf8))
    }

    static func parse(_ bytes: [UInt8]) -> Response? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return nil }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }
}
