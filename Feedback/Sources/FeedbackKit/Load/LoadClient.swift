import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A load generator of our own for the collector: `connections` keep-alive connections on
/// loopback, each sending votes on a fixed schedule until `duration` is over, then stopping by
/// itself. Latency is measured from when a vote was due, not from when it could be sent, so a
/// stalled server cannot hide behind the requests it delayed (no coordinated omission); votes
/// that were due but never sent before the hard stop count as failures.
public struct LoadClient: Sendable {
    public struct Options: Sendable {
        public var host = "127.0.0.1"
        public var port: Int
        public var duration: Double = 30
        /// Votes per second, over all connections.
        public var rate: Int = 2000
        public var connections: Int = 16
        /// Seconds after `duration` when the client stops, whatever the server is doing.
        public var grace: Double = 5
        /// Form bodies to cycle through (without the vote id, which is added per request).
        public var bodies: [String]
        public var origin: String

        public init(port: Int, bodies: [String], origin: String) {
            self.port = port
            self.bodies = bodies
            self.origin = origin
        }
    }

    public struct Result: Sendable {
        /// Votes scheduled within the duration.
        public var due = 0
        public var sent = 0
        /// Ids of votes answered with a 2xx.
        public var acknowledged: [String] = []
        /// Answers other than 2xx, by status.
        public var statuses: [Int: Int] = [:]
        /// Sent, but the connection failed, was refused or timed out before an answer.
        public var connectionErrors = 0
        /// Latencies in seconds of acknowledged votes, from when each was due.
        public var latencies: [Double] = []
        public var elapsed: Double = 0

        /// Every vote that was due and not acknowledged.
        public var failed: Int { due - acknowledged.count }
        /// Due, but not sent before the client stopped.
        public var unsent: Int { due - sent }

        public func percentile(_ p: Double) -> Double {
            guard !latencies.isEmpty else { return 0 }
            let sorted = latencies.sorted()
            return sorted[max(0, min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1))]
        }

        mutating func add(_ other: Result) {
            due += other.due
            sent += other.sent
            acknowledged += other.acknowledged
            statuses.merge(other.statuses, uniquingKeysWith: +)
            connectionErrors += other.connectionErrors
            latencies += other.latencies
        }

        public var summary: String {
            var errors = statuses.keys.sorted().map { "\(statuses[$0]!) × HTTP \($0)" }
            if connectionErrors > 0 { errors.append("\(connectionErrors) connection errors or timeouts") }
            if unsent > 0 { errors.append("\(unsent) not sent before the client stopped") }
            let failures = errors.isEmpty ? "" : " (" + errors.joined(separator: ", ") + ")"
            return "\(due) due, \(sent) sent, \(acknowledged.count) acknowledged (2xx), \(failed) failed\(failures) "
                + String(format: "in %.1f s: %.0f votes/s; latency from when due: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                         elapsed, Double(acknowledged.count) / max(elapsed, 0.001), percentile(0.5) * 1000, percentile(0.99) * 1000,
                         (latencies.max() ?? 0) * 1000)
        }
    }

    public var options: Options

    public init(options: Options) {
        self.options = options
    }

    public func run() -> Result {
        let lock = NSLock()
        final class Box: @unchecked Sendable { var result = Result() }
        let total = Box()
        let start = Self.now()
        let group = DispatchGroup()
        for worker in 0..<options.connections {
            group.enter()
            Thread.detachNewThread {
                let part = self.connectionLoop(worker: worker, start: start)
                lock.withLock { total.result.add(part) }
                group.leave()
            }
        }
        group.wait()
        total.result.elapsed = Self.now() - start
        return total.result
    }

    private func connectionLoop(worker: Int, start: Double) -> Result {
        var result = Result()
        let interval = Double(options.connections) / Double(max(1, options.rate))
        let hardStop = start + options.duration + options.grace
        var socket: Int32 = -1
        var index = 0
        let salt = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        func dueTime(_ index: Int) -> Double { start + Double(worker) * interval / Double(options.connections) + Double(index) * interval }
        while dueTime(index) - start < options.duration {
            let due = dueTime(index)
            index += 1
            result.due += 1
            // A server that falls behind does not keep the client running: the votes still
            // due are counted (as unsent) without being sent.
            if Self.now() >= hardStop { continue }
            let wait = due - Self.now()
            if wait > 0 { usleep(UInt32(wait * 1_000_000)) }
            let id = "load-\(salt)-\(worker)-\(index - 1)"
            let body = options.bodies[(worker + index) % options.bodies.count] + "&vote=\(id)&reply=json"
            result.sent += 1
            if socket < 0 { socket = Self.connect(host: options.host, port: options.port) }
            guard socket >= 0 else {
                result.connectionErrors += 1
                continue
            }
            let request = "POST /votes HTTP/1.1\r\nHost: \(options.host):\(options.port)\r\nOrigin: \(options.origin)\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
            if Self.send(socket, Array(request.utf8)), let response = Self.readResponse(socket, deadline: hardStop) {
                if (200..<300).contains(response.status) {
                    result.acknowledged.append(id)
                    result.latencies.append(Self.now() - due)
                } else {
                    result.statuses[response.status, default: 0] += 1
                }
                if response.closes {
                    close(socket)
                    socket = -1
                }
            } else {
                result.connectionErrors += 1
                close(socket)
                socket = -1
            }
        }
        if socket >= 0 { close(socket) }
        return result
    }

    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func connect(host: String, port: Int) -> Int32 {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return -1 }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host, &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if connected != 0 {
            close(fd)
            return -1
        }
        return fd
    }

    static func send(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written <= 0 { return false }
            offset += written
        }
        return true
    }

    struct Response {
        var status: Int
        /// The server said `Connection: close`: the next vote needs a new connection.
        var closes: Bool
    }

    /// Reads one response with a Content-Length body; nil on a broken connection, a malformed
    /// answer, or no complete answer by `deadline` (a monotonic time, see `now()`).
    static func readResponse(_ fd: Int32, deadline: Double) -> Response? {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        var headerEnd: Int?
        var contentLength = 0
        var closes = false
        while true {
            if let end = headerEnd, buffer.count >= end + contentLength { break }
            let remaining = deadline - now()
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard remaining > 0, poll(&descriptor, 1, Int32(min(remaining, 3600) * 1000) + 1) > 0 else { return nil }
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return nil }
            buffer += chunk[0..<count]
            if headerEnd == nil, let range = findHeaderEnd(buffer) {
                headerEnd = range
                let head = String(decoding: buffer[0..<range], as: UTF8.self).lowercased()
                for line in head.split(separator: "\r\n") {
                    if line.hasPrefix("content-length:") {
                        contentLength = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
                    } else if line.hasPrefix("connection:"), line.contains("close") {
                        closes = true
                    }
                }
            }
        }
        let statusLine = String(decoding: buffer.prefix(16), as: UTF8.self).split(separator: " ")
        guard statusLine.count > 1, let status = Int(statusLine[1]) else { return nil }
        return Response(status: status, closes: closes)
    }

    private static func findHeaderEnd(_ buffer: [UInt8]) -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4) where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index + 4
        }
        return nil
    }
}
