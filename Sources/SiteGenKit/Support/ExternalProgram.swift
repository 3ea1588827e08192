import Foundation

/// Runs another program to its end and hands back what it printed. Reading its output and
/// waiting for it to exit block, so they happen off the pool (`offThePool`): the caller's task
/// is suspended meanwhile, and no thread of the cooperative pool waits.
enum ExternalProgram {
    struct Outcome: Sendable {
        var status: Int32
        var output: Data
    }

    /// - Parameters:
    ///   - executable: the program's path; `arguments` follow it.
    ///   - quiet: send its standard error to /dev/null instead of ours.
    /// - Throws: when the program cannot be started.
    static func run(_ executable: String, _ arguments: [String], quiet: Bool = false) async throws -> Outcome {
        let outcome: Result<Outcome, any Error> = await offThePool {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardInput = FileHandle.nullDevice
            if quiet { process.standardError = FileHandle.nullDevice }
            do { try process.run() } catch { return .failure(error) }
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return .success(Outcome(status: process.terminationStatus, output: data))
        }
        return try outcome.get()
    }
}
