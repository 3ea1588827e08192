import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import FeedbackKit

/// The load client against servers that misbehave on purpose: its figures must show it.
struct LoadClientTests {
    /// Answers `status`; the first request is held for `stall`.
    struct Scripted: RequestResponder {
        final class Counter: @unchecked Sendable {
            private let lock = NSLock()
            private var count = 0
            func next() -> Int { lock.withLock { defer { count += 1 }; return count } }
        }

        var status: Int
        var stall: Duration = .zero
        let counter = Counter()

        func respond(to request: IncomingRequest) async -> OutgoingResponse {
            if counter.next() == 0, stall > .zero { try? await Task.sleep(for: stall) }
            return OutgoingResponse(status: status, headers: [("content-type", "application/json")], body: Array("{}".utf8))
        }
    }

    static func options(port: Int, rate: Int, duration: Double) -> LoadClient.Options {
        var options = LoadClient.Options(port: port, bodies: ["article=a&language=en&revision=r&helpful=yes"], origin: SampleSite.origin)
        options.rate = rate
        options.duration = duration
        options.connections = 1
        options.grace = 1
        return options
    }

    /// On a thread of its own: the client blocks, and must not hold the few threads the
    /// in-process server's responders run on.
    static func run(_ options: LoadClient.Options) async -> LoadClient.Result {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: LoadClient(options: options).run()) }
        }
    }

    @Test func votesHeldUpBehindAStallCountTheTimeTheyWaited() async throws {
        let server = try await HTTPServer.start(host: "127.0.0.1", port: 0, responder: Scripted(status: 200, stall: .seconds(1)))
        let options = Self.options(port: server.port, rate: 50, duration: 2)
        let result = await Self.run(options)
        await server.shutdown()
        #expect(result.due == 100)
        #expect(result.acknowledged.count == result.sent)
        // About 50 votes fell due during the stall: measured from when they were sent, only one
        // would look slow.
        #expect(result.latencies.filter { $0 > 0.5 }.count >= 20, "\(result.summary)")
        #expect(result.percentile(0.99) >= 0.9)
    }

    @Test func onlyA2xxIsASuccessAndErrorsAreCountedByStatus() async throws {
        for status in [202, 503] {
            let server = try await HTTPServer.start(host: "127.0.0.1", port: 0, responder: Scripted(status: status))
            let options = Self.options(port: server.port, rate: 40, duration: 0.5)
            let result = await Self.run(options)
            await server.shutdown()
            #expect(result.due == 20 && result.sent == 20)
            if status == 202 {
                #expect(result.acknowledged.count == 20 && result.failed == 0)
            } else {
                #expect(result.acknowledged.isEmpty && result.failed == 20 && result.statuses == [503: 20])
                #expect(result.summary.contains("20 × HTTP 503"))
            }
        }
    }

    @Test func aServerThatNeverAnswersDoesNotKeepTheClientRunning() async throws {
        // A socket that listens but never reads: the kernel accepts the connection, nobody answers.
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = bind(listener, $0, length); _ = getsockname(listener, $0, &length) }
        }
        #expect(listen(listener, 16) == 0)
        let options = Self.options(port: Int(UInt16(bigEndian: address.sin_port)), rate: 20, duration: 1)
        let started = ContinuousClock.now
        let result = await Self.run(options)
        #expect(started.duration(to: .now) < .seconds(4), "duration 1 s + grace 1 s")
        #expect(result.due == 20 && result.acknowledged.isEmpty && result.failed == 20)
        #expect(result.connectionErrors == 1 && result.unsent == 19, "\(result.summary)")
    }

    @Test func collectorCPUIsReadFromProc() {
        #expect((LoadCommand.cpuSeconds(getpid()) ?? -1) >= 0)
        #expect(LoadCommand.cpuSeconds(-5) == nil)
    }
}
