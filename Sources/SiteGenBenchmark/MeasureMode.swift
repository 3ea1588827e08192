#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The hidden `sitegen-bench __measure REPORT STDOUT STDERR PROGRAM ARGS…` mode: runs PROGRAM
/// once and writes "status wallNanoseconds peakRSSKiB" to REPORT.
///
/// Why a relay process: on Linux a child's `ru_maxrss` can never be lower than the RSS of the
/// process that spawned it (exec records the old address space's high-water mark, and
/// `posix_spawn` execs from the parent's address space). The benchmark itself holds the site
/// plan and Foundation, so spawning sitegen directly would inflate small figures such as the
/// no-op rebuild's. This relay is freshly started and does nothing but spawn, so the floor it
/// adds is its own start-up footprint (about 16 MB on Linux, mostly Foundation's libraries, which
/// sitegen loads too, so sitegen's own figure is never below it). It also takes the wall time
/// around exactly the measured program, leaving out its own start-up.
enum MeasureMode {
    static let flag = "__measure"

    /// Runs the relay if `arguments` ask for it; never returns in that case.
    static func runIfRequested(_ arguments: [String]) {
        guard arguments.count >= 6, arguments[1] == flag else { return }
        let reportPath = arguments[2], outPath = arguments[3], errPath = arguments[4]
        let command = Array(arguments[5...])
        do {
            let start = ChildProcess.monotonicNanoseconds()
            let pid = try ChildProcess.spawn(command, stdout: outPath, stderr: errPath)
            let result = try ChildProcess.wait(pid)
            let wall = ChildProcess.monotonicNanoseconds() - start
            guard let file = fopen(reportPath, "w") else { exit(3) }
            fputs("\(result.status) \(wall) \(result.peakRSSKiB)\n", file)
            fclose(file)
            exit(0)
        } catch {
            // `stderr` (a C global) is off limits under Swift 6 concurrency checking; fd 2 is not.
            let message = "sitegen-bench: \(error)\n"
            _ = message.withCString { write(2, $0, strlen($0)) }
            exit(3)
        }
    }
}
