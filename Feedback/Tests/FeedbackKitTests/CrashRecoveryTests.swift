import Foundation
import GRDB
import Testing
@testable import FeedbackKit

/// `kill -9` of a real `sitegen-feedback serve` process under load, 20 times on one database:
/// every vote that got a 200 is there after each restart, and the file is never corrupt.
struct CrashRecoveryTests {
    /// The `sitegen-feedback` built next to this test bundle.
    static var executable: String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sitegen-feedback").path,
            SampleSite.repositoryRoot.appendingPathComponent("Feedback/.build/debug/sitegen-feedback").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts the collector and returns it with the port it printed.
    static func launch(_ executable: String, site: String, database: String) throws -> (Process, Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["serve", "--site", site, "--database", database, "--port", "0", "--rate-limit", "0", "--log-level", "error"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(20)
        while !text.contains("\n"), Date() < deadline, process.isRunning {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { Thread.sleep(forTimeInterval: 0.02) }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let port = text.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) else {
            process.terminate()
            throw ToolFailure(message: "the collector did not start: \(text)")
        }
        return (process, port)
    }

    struct ToolFailure: Error { var message: String }

    @Test(.timeLimit(.minutes(3)))
    func everyAcknowledgedVoteSurvivesKillNine() async throws {
        let executable = try #require(Self.executable, "build sitegen-feedback first (swift build --package-path Feedback)")
        let database = SampleSite.sqlitePath()
        let site = await SampleSite.folder()
        let bodies = LoadCommand.bodies(try await SampleSite.catalog())
        var acknowledged: [String] = []
        for round in 0..<20 {
            let (process, port) = try Self.launch(executable, site: site, database: database)
            // One vote before the load, so every round has an acknowledged vote to look for.
            let probe = "probe-\(round)-\(UUID().uuidString.prefix(8))"
            let warm = await RawHTTP(port: port).post(body: bodies[round % bodies.count] + "&vote=\(probe)&reply=json")
            #expect(warm?.status == 200, "round \(round): the collector did not answer")
            if warm?.status == 200 { acknowledged.append(probe) }
            var options = LoadClient.Options(port: port, bodies: bodies, origin: SampleSite.origin)
            options.duration = 0.6
            options.rate = 600
            options.connections = 4
            let load = Task.detached { LoadClient(options: options).run() }
            try await Task.sleep(for: .milliseconds(200 + 20 * (round % 10)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let result = await load.value
            acknowledged += result.acknowledged

            let store = try await FeedbackStores.open(database)
            var missing: [String] = []
            for id in result.acknowledged + [probe] where try await store.vote(id: id) == nil { missing.append(id) }
            #expect(missing.isEmpty, "round \(round): \(missing.count) acknowledged votes lost")
            try await store.close()
        }
        let store = try await FeedbackStores.open(database)
        #expect(try await store.voteCount() >= acknowledged.count)
        try await store.close()
        let queue = try DatabaseQueue(path: database)
        #expect(try await queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
        #expect(acknowledged.count > 100)
    }
}
