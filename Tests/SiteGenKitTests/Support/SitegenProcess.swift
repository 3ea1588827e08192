import Foundation
import Testing
@testable import SiteGenKit

/// The real `sitegen` binary, built next to the test bundle, run as a separate process: what
/// races and kills need (two builds at once, kill -9 in the middle of one).
struct SitegenProcess {
    let process: Process
    private let errorPipe: Pipe
    private let exit: ProcessExit

    /// The binary SwiftPM built beside this test bundle.
    static let binary: String? = {
        var candidates: [String] = []
        if let executable = Bundle.main.executablePath { candidates.append((executable as NSString).deletingLastPathComponent + "/sitegen") }
        candidates.append((CommandLine.arguments[0] as NSString).deletingLastPathComponent + "/sitegen")
        candidates.append(Fixture.repositoryRoot.appendingPathComponent(".build/debug/sitegen").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Starts `sitegen arguments…`; stdout is dropped, stderr kept for `wait()`.
    /// - Parameter environment: variables added to this process's own.
    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> SitegenProcess {
        guard let binary else {
            Issue.record("the sitegen binary was not built next to the tests (swift build builds it)")
            throw CocoaError(.fileNoSuchFile)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.standardOutput = FileHandle.nullDevice
        let errorPipe = Pipe()
        process.standardError = errorPipe
        let exit = ProcessExit(of: process)
        try process.run()
        return SitegenProcess(process: process, errorPipe: errorPipe, exit: exit)
    }

    /// Waits for the process without blocking the concurrency pool (its stderr is read on a
    /// thread of its own); its exit status (or the signal that ended it) and its stderr.
    func wait() async -> (status: Int32, killed: Bool, stderr: String) {
        let errors = errorPipe.fileHandleForReading
        let stderr = await offThePool { errors.readDataToEndOfFile() }
        await exit.wait()
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal, String(decoding: stderr, as: UTF8.self))
    }

    func kill() {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
    }

    /// Runs to the end.
    static func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> (status: Int32, killed: Bool, stderr: String) {
        try await start(arguments, environment: environment).wait()
    }
}
