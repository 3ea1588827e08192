import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The third reference point: writing the very files sitegen wrote, with nothing else.
///
/// The files are read into memory first, outside the timing; then one thread per core creates
/// them in a fresh folder on the same file system, with the calls sitegen's writer makes (open,
/// and on ENOENT the missing folders, then open again; write; close). No site generator can
/// write this output faster on this disk, so the figure shows how much of a full build is the
/// file system's, and how much of a time target is left once it is paid.
struct WriteFloor {
    let runs: Int
    let trash: URL

    func measure(copying source: URL, into destination: URL) throws -> Report.Tool {
        let files = try Self.load(source)
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
                    if let failed = Self.create(root + "/" + files[index].path, files[index].data) { failures.add(failed) }
                }
            }
            let wall = Double(ChildProcess.monotonicNanoseconds() - started) / 1e9
            if let failed = failures.first { throw SetupError("write floor: cannot write \(failed)") }
            measurements.append(Measurement(wallSeconds: wall, peakRSSKiB: 0))
        }
        let bytes = files.reduce(0) { $0 + $1.data.count }
        return Report.Tool(phase: PhaseResult(name: "write floor", runs: measurements), pages: nil,
                           note: "(\(grouped(files.count)) files, \(fixed(Double(bytes) / 1_048_576, 0)) MB, \(threads) threads, no rendering)")
    }

    /// Every regular file under `root`, as (relative path, bytes), in path order.
    private static func load(_ root: URL) throws -> [(path: String, data: Data)] {
        let prefix = root.path + "/"
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [(String, Data)] = []
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: prefix + relative, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files.append((relative, try Data(contentsOf: URL(fileURLWithPath: prefix + relative))))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// Writes one file as `LocalFileSystem.writeFile` does; returns its path on failure.
    private static func create(_ path: String, _ data: Data) -> String? {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == ENOENT {
            makeFolders(for: path)
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { return path }
        defer { close(descriptor) }
        let complete = data.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
        return complete ? nil : path
    }

    /// `mkdir -p` of the file's folder; another thread creating the same folder is fine.
    private static func makeFolders(for path: String) {
        var folder = (path as NSString).deletingLastPathComponent
        var missing: [String] = []
        while !folder.isEmpty, folder != "/", mkdir(folder, 0o755) != 0, errno == ENOENT {
            missing.append(folder)
            folder = (folder as NSString).deletingLastPathComponent
        }
        for folder in missing.reversed() { _ = mkdir(folder, 0o755) }
    }
}

/// The first failed path from any writer thread.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []
    func add(_ path: String) { lock.withLock { paths.append(path) } }
    var first: String? { lock.withLock { paths.first } }
}
