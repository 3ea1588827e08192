import Foundation
import SiteGenKit

/// The third reference point: writing the very files sitegen wrote, with nothing else.
///
/// The files are read into memory first, outside the timing; then one thread per core creates
/// them in a fresh folder on the same file system through sitegen's own writer
/// (`LocalFileSystem.writeFile`). No site generator can write this output faster on this disk,
/// so the figure shows how much of a full build is the file system's, and how much of a time
/// target is left once it is paid.
struct WriteFloor {
    let runs: Int
    let trash: URL

    func measure(copying source: URL, into destination: URL) throws -> Report.Tool {
        let fileSystem = LocalFileSystem()
        let files = try fileSystem.filesRecursively(in: source.path).map { ($0, try fileSystem.readFile(source.path + "/" + $0)) }
        let threads = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var measurements: [Measurement] = []
        for _ in 0..<runs {
            try FileTree.setAside(destination, into: trash)
            sync()
            let root = destination.path
            let started = ChildProcess.monotonicNanoseconds()
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                for index in stride(from: thread, to: files.count, by: threads) {
                    let path = root + "/" + files[index].0
                    do { try fileSystem.writeFile(path, files[index].1) } catch { failures.add(path) }
                }
            }
            let wall = Double(ChildProcess.monotonicNanoseconds() - started) / 1e9
            if let failed = failures.first { throw SetupError("write floor: cannot write \(failed)") }
            measurements.append(Measurement(wallSeconds: wall, peakRSSKiB: 0))
        }
        let bytes = files.reduce(0) { $0 + $1.1.count }
        return Report.Tool(phase: PhaseResult(name: "write floor", runs: measurements), pages: nil,
                           note: "(\(grouped(files.count)) files, \(fixed(Double(bytes) / 1_048_576, 0)) MB, \(threads) threads, no rendering)")
    }
}

/// The first failed path from any writer thread.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []
    func add(_ path: String) { lock.withLock { paths.append(path) } }
    var first: String? { lock.withLock { paths.first } }
}
