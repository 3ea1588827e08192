import Foundation

/// One timed run of a program: wall time and the program's own peak RSS.
struct Measurement: Codable {
    var wallSeconds: Double
    var peakRSSKiB: Int
}

/// The runs of one phase and the figures reported for it.
struct PhaseResult: Codable {
    var name: String
    var runs: [Measurement]
    /// Median wall time over the runs (robust against a noisy, shared machine).
    var wallSeconds: Double {
        let sorted = runs.map(\.wallSeconds).sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
    /// The highest peak RSS of any run: a memory limit has to hold for every run, not the typical one.
    var peakRSSKiB: Int { runs.map(\.peakRSSKiB).max() ?? 0 }
}

/// A program that exited with a failure; `stderr` is what it printed.
struct ToolFailure: Error {
    let tool: String
    let status: Int32
    let stderr: String
}

/// Runs programs through the measuring relay (`MeasureMode`) and reads back its report.
struct Runner {
    /// This benchmark's own executable, re-run as the relay.
    let relay: String
    /// Folder for the relay's report and the programs' captured output.
    let scratch: URL

    /// Runs `argv` once; stdout goes to `stdout` (default: a scratch file), stderr to a scratch
    /// file that is returned, so callers can show warnings and failures.
    func run(_ argv: [String], label: String, stdout: String? = nil) throws -> (Measurement, stderr: String) {
        let report = scratch.appendingPathComponent("report.txt").path
        let out = stdout ?? scratch.appendingPathComponent("stdout.txt").path
        let err = scratch.appendingPathComponent("stderr.txt").path
        try? FileManager.default.removeItem(atPath: report)
        let relay = try ChildProcess.spawn([relay, MeasureMode.flag, report, out, err] + argv,
                                           stdout: "/dev/null", stderr: scratch.appendingPathComponent("relay.txt").path)
        let relayExit = try ChildProcess.wait(relay)
        let errText = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        guard relayExit.status == 0,
              let fields = (try? String(contentsOfFile: report, encoding: .utf8))?.split(separator: " "),
              fields.count == 3, let status = Int32(fields[0]), let wall = UInt64(fields[1]),
              let kib = Int(fields[2].trimmingCharacters(in: .whitespacesAndNewlines)) else {
            let relayText = (try? String(contentsOfFile: scratch.appendingPathComponent("relay.txt").path, encoding: .utf8)) ?? ""
            throw ToolFailure(tool: label, status: relayExit.status, stderr: relayText + errText)
        }
        guard status == 0 else { throw ToolFailure(tool: label, status: status, stderr: errText) }
        return (Measurement(wallSeconds: Double(wall) / 1e9, peakRSSKiB: kib), errText)
    }

    /// Runs a phase `runs` times, calling `prepare` before each run (outside the timing).
    func phase(_ name: String, runs: Int, argv: [String], stdout: String? = nil,
               prepare: (Int) throws -> Void = { _ in }) throws -> (PhaseResult, lastStderr: String) {
        var measurements: [Measurement] = []
        var lastStderr = ""
        for index in 0..<runs {
            try prepare(index)
            // The previous run's writes are flushed first, outside the timing: otherwise a run
            // (of either tool) pays for the disk write-back of the one before it.
            sync()
            let (measurement, stderr) = try run(argv, label: name, stdout: stdout)
            measurements.append(measurement)
            lastStderr = stderr
        }
        return (PhaseResult(name: name, runs: measurements), lastStderr)
    }
}
