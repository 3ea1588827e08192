import Foundation
import Synchronization

/// The "rendering pages N of TOTAL" line `sitegen build` keeps rewritten in place on a terminal.
/// Only for a person watching: never when standard error is not a terminal (a pipe, a log
/// file) or when `CI` is set, and only once a build has run for a second, so quick rebuilds
/// print nothing but their summary.
enum ProgressLine {
    /// How long a build runs before the line appears.
    static let delay = 1.0
    /// The least time between two updates: a terminal redrawn a thousand times a second
    /// slows the build it reports on.
    static let interval = 0.1

    /// Whether a build may show the line at all.
    static func enabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["CI"] ?? "").isEmpty
    }

    /// What to write for `done` of `total` pages after `elapsed` seconds, the last update
    /// having been written at `lastShown` (nil when none was): nil when nothing is due.
    static func update(done: Int, total: Int, elapsed: Double, lastShown: Double?) -> String? {
        guard total > 0, elapsed >= delay else { return nil }
        if let lastShown, elapsed - lastShown < interval, done < total { return nil }
        return "\r\u{1B}[K" + text(done: done, total: total)
    }

    static func text(done: Int, total: Int) -> String {
        "rendering pages \(min(done, total)) of \(total)"
    }

    /// Erases the line, so the diagnostics and the summary start at the left margin.
    static let clear = "\r\u{1B}[K"
}

/// Writes `ProgressLine` updates to standard error as a build reports them.
final class ProgressReporter: Sendable {
    private struct State {
        var lastShown: Double?
    }

    private let start = DispatchTime.now().uptimeNanoseconds
    private let state = Mutex(State())
    private let write: @Sendable (String) -> Void

    /// - Parameter write: where the line goes (standard error on the command line).
    init(write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    /// A reporter for the command line, or nil when the line must not be shown.
    static func forStandardError(environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressReporter? {
        guard ProgressLine.enabled(isTerminal: isatty(STDERR_FILENO) == 1, environment: environment) else { return nil }
        return ProgressReporter { FileHandle.standardError.write(Data($0.utf8)) }
    }

    func report(done: Int, total: Int) {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        state.withLock { state in
            guard let line = ProgressLine.update(done: done, total: total, elapsed: elapsed, lastShown: state.lastShown) else { return }
            state.lastShown = elapsed
            write(line)
        }
    }

    /// Clears the line if it was ever shown.
    func finish() {
        state.withLock { state in
            guard state.lastShown != nil else { return }
            state.lastShown = nil
            write(ProgressLine.clear)
        }
    }
}
