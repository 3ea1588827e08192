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
/// failed build leaves the previous site served as it was.
final class MemorySink: OutputSink {
    private struct State {
        var files: [String: Data] = [:]
        var pending: [String: Data] = [:]
    }

    private let state = Mutex(State())

    init() {}

    var outputDirectory: String { "(memory)" }

    func existsInOutput(_ path: String) -> Bool {
        state.withLock { $0.files[path] != nil }
    }

    func write(_ data: Data, to path: String) throws {
        state.withLock { $0.pending[path] = data }
    }

    func previousOutput(_ path: String) -> Data? { file(path) }

    /// The committed bytes of `path`, relative to the site root.
    func file(_ path: String) -> Data? {
        state.withLock { $0.files[path] }
    }

    /// Every committed path.
    var paths: [String] {
        state.withLock { Array($0.files.keys) }
    }

    /// Publishes the pending files and drops `stale` ones; returns the paths whose bytes changed.
    @discardableResult
    func commit(stale: [String]) -> Set<String> {
        state.withLock { state in
            var changed = Set<String>()
            for (path, data) in state.pending where state.files[path] != data {
                state.files[path] = data
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
