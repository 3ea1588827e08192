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
    /// Whether the files written are kept. When not (`NullSink`), no file counts as written and
    /// the build records nothing for a cache: none follows.
    var keepsFiles: Bool { get }
}

extension OutputSink {
    var keepsFiles: Bool { true }
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
    var keepsFiles: Bool { false }
}

/// Holds a built site in memory. Files written during a build stay pending until `commit`, so a
/// failed build leaves the previous site served as it was. Files that shrink are kept compressed
/// (as they are written, on the render threads), so the whole site fits in memory: pages
/// deflated against the first page held of their language (they share most of their markup),
/// other files gzipped, to be sent as they are.
final class MemorySink: OutputSink {
    /// A file as held: compressed or as written.
    struct Stored: Sendable, Equatable {
        var bytes: Data
        /// `bytes` is a gzip member.
        var gzipped: Bool
        /// The size as written.
        var size: Int
        /// `bytes` is raw deflate against the sink's dictionary of this number.
        var dictionary: Int? = nil
    }

    private struct State {
        var files: [String: Stored] = [:]
        var pending: [String: Stored] = [:]
        /// Per language folder, the number of its dictionary; kept for as long as the sink,
        /// so a held page can always be inflated.
        var dictionaryNumbers: [String: Int] = [:]
        var dictionaries: [Data] = []
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
        if data.count >= Self.compressionThreshold {
            if let (number, dictionary) = dictionary(for: path, sample: data), let compressed = Gzip.compress(data, dictionary: dictionary), compressed.count < data.count {
                stored = Stored(bytes: compressed, gzipped: false, size: data.count, dictionary: number)
            } else if let compressed = Gzip.compress(data), compressed.count < data.count {
                stored = Stored(bytes: compressed, gzipped: true, size: data.count)
            }
        }
        state.withLock { $0.pending[path] = stored }
    }

    /// The dictionary for a page under a language folder (`en/billing/refunds/index.html`):
    /// the first page of that folder written, which is itself held against it.
    private func dictionary(for path: String, sample: Data) -> (Int, Data)? {
        guard path.hasSuffix(".html"), let slash = path.firstIndex(of: "/") else { return nil }
        let folder = String(path[..<slash])
        return state.withLock { state in
            if let number = state.dictionaryNumbers[folder] { return (number, state.dictionaries[number]) }
            let number = state.dictionaries.count
            state.dictionaries.append(Data(sample))
            state.dictionaryNumbers[folder] = number
            return (number, sample)
        }
    }

    func previousOutput(_ path: String) -> Data? { file(path) }

    /// The committed bytes of `path`, relative to the site root, as written.
    func file(_ path: String) -> Data? {
        stored(path).flatMap(contents)
    }

    /// A held file's bytes as written.
    func contents(_ stored: Stored) -> Data? {
        if let number = stored.dictionary {
            return Gzip.decompress(stored.bytes, dictionary: state.withLock { $0.dictionaries[number] }, expectedSize: stored.size)
        }
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
