import Foundation
import Synchronization

/// Where a build's files go: the staging folder of `public/` (`OutputWriter`), memory
/// (`MemorySink`, for `serve` and tests) or nowhere (`NullSink`, for `check`).
protocol OutputSink: Sendable {
    /// Named in diagnostics about a file that could not be written.
    var outputDirectory: String { get }
    /// Whether the output already holds `path` as the previous build left it.
    func existsInOutput(_ path: String) -> Bool
    /// - Parameter path: relative to the output root.
    func write(_ data: Data, to path: String) throws
    /// The bytes the previous build left at `path`, when the sink can read them back (the
    /// search index updates its files in place).
    func previousOutput(_ path: String) -> Data?
}

extension OutputWriter: OutputSink {
    func previousOutput(_ path: String) -> Data? { try? fileSystem.readFile(outputDirectory + "/" + path) }
}

/// Discards every file: `check` renders pages only for their diagnostics.
struct NullSink: OutputSink {
    var outputDirectory: String { "(no output)" }
    func existsInOutput(_ path: String) -> Bool { false }
    func write(_ data: Data, to path: String) throws {}
    func previousOutput(_ path: String) -> Data? { nil }
}

/// Holds a built site in memory. Files written during a build stay pending until `commit`, so a
/// failed build leaves the previous site served as it was. Files that shrink are kept gzipped
/// (compressed as they are written, on the render threads), so the whole site fits in memory.
final class MemorySink: OutputSink {
    /// A file as held: gzipped or as written.
    struct Stored: Sendable, Equatable {
        var bytes: Data
        var gzipped: Bool
        /// The size as written.
        var size: Int
    }

    private struct State {
        var files: [String: Stored] = [:]
        var pending: [String: Stored] = [:]
    }

    private let state = Mutex(State())
    /// Smaller files are kept as they are: a gzip header and trailer would eat the saving.
    private static let compressionThreshold = 512

    init() {}

    var outputDirectory: String { "(memory)" }

    func existsInOutput(_ path: String) -> Bool {
        state.withLock { $0.files[path] != nil }
    }

    func write(_ data: Data, to path: String) throws {
        var stored = Stored(bytes: data, gzipped: false, size: data.count)
        if data.count >= Self.compressionThreshold, let compressed = Gzip.compress(data), compressed.count < data.count {
            stored = Stored(bytes: compressed, gzipped: true, size: data.count)
        }
        state.withLock { $0.pending[path] = stored }
    }

    func previousOutput(_ path: String) -> Data? { file(path) }

    /// The committed bytes of `path`, relative to the site root, as written.
    func file(_ path: String) -> Data? {
        guard let stored = stored(path) else { return nil }
        return stored.gzipped ? Gzip.decompress(stored.bytes, expectedSize: stored.size) : stored.bytes
    }

    /// The committed file as held, to send gzipped bytes to a browser that accepts them.
    func stored(_ path: String) -> Stored? {
        state.withLock { $0.files[path] }
    }

    /// Every committed path.
    var paths: [String] {
        state.withLock { Array($0.files.keys) }
    }

    /// Publishes the pending files and drops `stale` ones; returns the paths whose bytes changed.
    /// Compression is deterministic, so equal stored bytes mean equal files.
    @discardableResult
    func commit(stale: [String]) -> Set<String> {
        state.withLock { state in
            var changed = Set<String>()
            for (path, stored) in state.pending where state.files[path] != stored {
                state.files[path] = stored
                changed.insert(path)
            }
            for path in stale where state.files.removeValue(forKey: path) != nil { changed.insert(path) }
            state.pending = [:]
            return changed
        }
    }

    /// Forgets the files of a failed build.
    func abandon() {
        state.withLock { $0.pending = [:] }
    }
}
