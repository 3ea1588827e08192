import FlyingSocks
import Foundation

/// Reading requests within the request timeout. The timeout judges the client, so it goes by
/// what the kernel received, not by when this process got round to reading it: a preview that
/// is busy rebuilding (or a machine under load) can leave a connection unread for longer than
/// the timeout, and a request that had fully arrived must still be answered, never dropped.
extension PreviewHTTPServer {
    /// The next request and the bytes received after it; nil when the client closed the
    /// connection, or sent nothing at all, between requests.
    /// - Throws: `HTTPRequestParser.Failure` for a malformed request, or 408 when only part of
    ///   a request arrived within `timeout`.
    static func readRequest(_ client: AsyncSocket, _ unread: [UInt8], within timeout: Duration) async throws -> (HTTPRequest, [UInt8])? {
        let deadline = ContinuousClock.now + timeout
        var buffer = unread
        while true {
            if let whole = try request(in: buffer) { return whole }
            let remaining = deadline - .now
            do {
                if remaining > .zero, let bytes = try await read(client, within: remaining) {
                    buffer += bytes
                    continue
                }
            } catch SocketError.disconnected where buffer.isEmpty {
                return nil
            }
            // Time is up. What the client sent is in the kernel's buffer even when this process
            // was too busy to read it in time: judge the client by that.
            buffer += try receivedAlready(client, limit: HTTPRequestParser.maxHeadBytes + HTTPRequestParser.maxBodyBytes - buffer.count)
            if let whole = try request(in: buffer) { return whole }
            if buffer.isEmpty { return nil }
            throw HTTPRequestParser.Failure(status: 408)
        }
    }

    /// The first request in `buffer` and the bytes after it, once its head and body are whole.
    private static func request(in buffer: [UInt8]) throws -> (HTTPRequest, [UInt8])? {
        guard let (head, headLength, bodyLength) = try HTTPRequestParser.head(buffer),
              buffer.count >= headLength + bodyLength else { return nil }
        var request = head
        request.body = Data(buffer[headLength..<(headLength + bodyLength)])
        return (request, Array(buffer[(headLength + bodyLength)...]))
    }

    /// The next bytes from the client; nil when none came within `timeout`.
    private static func read(_ client: AsyncSocket, within timeout: Duration) async throws -> [UInt8]? {
        try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
            group.addTask { try await client.read(atMost: 16_384) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            if let bytes = try await group.next() ?? nil { return bytes }
            // The timer came first. A read that completed meanwhile still counts (a cancelled read takes nothing from the socket).
            group.cancelAll()
            while let result = await group.nextResult() {
                if case .success(let bytes?) = result { return bytes }
            }
            return nil
        }
    }

    /// What the kernel holds for this connection, up to `limit` bytes, without waiting.
    private static func receivedAlready(_ client: AsyncSocket, limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count < limit {
            do {
                bytes += try client.socket.read(atMost: min(16_384, limit - bytes.count))
            } catch SocketError.blocked {
                break
            } catch SocketError.disconnected {
                break
            }
        }
        return bytes
    }
}
