import Foundation
import Synchronization

/// The site `serve` holds in memory: rebuilt on every change, and telling the connected
/// browsers what changed (reload the affected pages, swap CSS, show or clear errors).
final class PreviewSite: Sendable {
    private struct State {
        var cache: PageCache?
        var drafts: Set<String> = []
        var problems: ErrorReport?
        /// What the last build loaded, for the next one.
        var held = HeldInputs()
    }

    let options: BuildOptions
    let fileSystem: FileSystem
    let files = MemorySink()
    let events = LiveEvents()
    /// Where diagnostics and feedback votes are printed (the terminal).
    let log: @Sendable (String) -> Void
    private let state = Mutex(State())

    init(options: BuildOptions, fileSystem: FileSystem = LocalFileSystem(), log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.fileSystem = fileSystem
        self.log = log
    }

    /// Builds into memory, reusing what did not change, and tells the browsers: the pages
    /// first, then the search index is brought up to date.
    /// - Parameter changes: what the watcher saw change since the last build; nil for the first.
    /// - Returns: the diagnostics of this build.
    @discardableResult
    func rebuild(_ changes: WatchedChanges? = nil) async -> BuildReport {
        var timer = PhaseTimer()
        let builder = SiteBuilder(fileSystem: fileSystem)
        var (previous, held) = state.withLock { ($0.cache, $0.held) }
        held.forget(changes ?? WatchedChanges(paths: nil), root: options.root, fileSystem: fileSystem)
        if held.listing == nil { held.listing = await InputFingerprint.inputs(fileSystem: fileSystem, options: options).content }
        let built = await builder.buildInMemory(options, into: files, previous: previous, held: held, deferSearch: true, plainAssetNames: true)
        let report = built.report
        if !report.diagnostics.items.isEmpty {
            DiagnosticPrinter(write: log).receive(report.diagnostics)
        }
        guard let cache = built.cache, report.published else {
            ErrorOverlay(root: options.root, fileSystem: fileSystem) { [self] problems in
                state.withLock { $0.problems = problems; $0.held = built.held }
                events.send("problems", data: problems.json)
            }.receive(report.diagnostics)
            return report
        }
        let wasBroken = state.withLock { state in
            defer { state.cache = cache; state.drafts = built.draftPages; state.problems = nil; state.held = built.held }
            return state.problems != nil
        }
        if wasBroken { events.send("fixed") }
        let pages = built.changed.filter { $0.hasSuffix(".html") }
        if !pages.isEmpty { events.send("reload", to: pages) }
        if built.changed.contains(where: { $0.hasSuffix(".css") }) { events.send("css") }
        timer.mark("reload sent")
        var changedCount = built.changed.count
        if let inputs = built.searchInputs {
            let searched = await builder.searchInMemory(inputs, options: options, into: files, cache: cache)
            if !searched.diagnostics.isEmpty {
                var failures = DiagnosticReport()
                failures.add(contentsOf: searched.diagnostics)
                DiagnosticPrinter(summary: false, write: log).receive(failures)
            }
            state.withLock { $0.cache = searched.cache }
            changedCount += searched.changed.count
            timer.mark("search index")
        }
        log("rebuilt: \(report.pagesRendered) pages rendered, \(changedCount) files changed")
        return report
    }

    /// The events a newly connected browser needs at once: the current errors, if any.
    var initialEvents: [String] {
        state.withLock { state in state.problems.map { [LiveEvents.format("problems", data: $0.json)] } ?? [] }
    }

    func isDraft(_ path: String) -> Bool {
        state.withLock { $0.drafts.contains(path) }
    }

    /// The output file a URL path names, or nil when it names none or leaves the site. Every
    /// segment is decoded before it is checked, so `%2e%2e` is `..` too.
    static func outputPath(forURLPath rawPath: String) -> String? {
        guard rawPath.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for raw in rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let segment = String(raw).removingPercentEncoding,
                  segment != "..", segment != ".", !segment.contains("/"), !segment.contains("\\"), !segment.contains("\0") else { return nil }
            segments.append(segment)
        }
        if segments.last == "" { segments[segments.count - 1] = "index.html" }
        if segments.contains("") { return nil }
        return segments.joined(separator: "/")
    }
}
