import Foundation
import Testing
@testable import SiteGenKit

@Suite("Site watcher")
struct SiteWatcherTests {
    /// A saved file is named (so only it is read again), an editor's hidden swap file is not,
    /// and stopping ends the stream of changes, so `serve` shuts down instead of hanging. The
    /// kernel's backend (inotify here) and the polling fallback behave alike.
    @Test(.timeLimit(.minutes(1)), arguments: [WatchBackendChoice.native, .polling])
    func namesTheSavedFileAndEndsWhenStopped(backend: WatchBackendChoice) async throws {
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let watcher = SiteWatcher(folders: [root + "/content", root + "/templates"], backend: backend)
        var changes = watcher.changes().makeAsyncIterator()
        try write("swap", to: root + "/content/en/.a.md.swp")
        try write("---\ntitle: A\n---\nText.\n", to: root + "/content/en/a.md")
        var named: Set<String> = []
        while !named.contains(root + "/content/en/a.md") {
            #expect(await changes.next() != nil, "the stream ended before the save was reported")
            guard let paths = watcher.takeChanges().paths else {
                Issue.record("a plain save must be named, not reported as 'look at everything'")
                break
            }
            named.formUnion(paths)
        }
        #expect(named == [root + "/content/en/a.md"])
        watcher.stop()
        #expect(await changes.next() == nil, "the stream ends once the watcher is stopped")
    }

    /// A file edited in place and a file removed are both named; a new folder has the build
    /// look at everything, and a file saved inside it afterwards is seen (the folder is watched).
    @Test(.timeLimit(.minutes(1)), arguments: [WatchBackendChoice.native, .polling])
    func seesEditsRemovalsAndNewFolders(backend: WatchBackendChoice) async throws {
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try write("one", to: root + "/content/en/a.md")
        try write("two", to: root + "/content/en/b.md")
        let watcher = SiteWatcher(folders: [root + "/content"], backend: backend)
        defer { watcher.stop() }
        var changes = watcher.changes().makeAsyncIterator()

        try write("one, longer", to: root + "/content/en/a.md")
        try FileManager.default.removeItem(atPath: root + "/content/en/b.md")
        let edited = try await collect(&changes, watcher, until: { $0?.isSuperset(of: [root + "/content/en/a.md", root + "/content/en/b.md"]) == true })
        #expect(edited == [root + "/content/en/a.md", root + "/content/en/b.md"])

        try FileManager.default.createDirectory(atPath: root + "/content/fr", withIntermediateDirectories: false)
        #expect(try await collect(&changes, watcher, until: { $0 == nil }) == nil, "a new folder means a look at everything")

        try write("un", to: root + "/content/fr/a.md")
        let inside = try await collect(&changes, watcher, until: { $0?.contains(root + "/content/fr/a.md") == true })
        #expect(inside == [root + "/content/fr/a.md"])
    }

    /// A kernel backend that runs out of watches or descriptors hands over to polling: one look
    /// at everything first (what happened meanwhile is unknown), then saves are named again.
    @Test(.timeLimit(.minutes(1))) func pollsOnceTheKernelBackendGivesUp() async throws {
        struct GivingUp: WatchBackend {
            func run(until stop: WatchStopSignal, report: (WatchedChanges) -> Void) -> Bool { false }
        }
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let watcher = SiteWatcher(folders: [root + "/content"])
        defer { watcher.stop() }
        var changes = watcher.changes(from: GivingUp()).makeAsyncIterator()
        #expect(try await collect(&changes, watcher, until: { $0 == nil }) == nil, "the handover asks for a look at everything")
        try write("saved", to: root + "/content/en/a.md")
        let named = try await collect(&changes, watcher, until: { $0?.contains(root + "/content/en/a.md") == true })
        #expect(named == [root + "/content/en/a.md"])
    }

    /// The tests above cover both backends only if the choice is honoured.
    @Test func usesTheKernelUnlessToldToPoll() throws {
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let polling = SiteWatcher(folders: [root + "/content"], backend: .polling).makeBackend()
        #expect(polling is PollingWatchBackend)
        #if os(Linux)
        let native = SiteWatcher(folders: [root + "/content"], backend: .native).makeBackend()
        #expect(native is InotifyWatchBackend)
        // A backend that is made is run once; this one only has to close its descriptor.
        let signal = WatchStopSignal()
        signal.stop()
        #expect(native.run(until: signal, report: { _ in }))
        #endif
    }

    private func makeSite() throws -> String {
        let root = FileManager.default.temporaryDirectory.path + "/sitegen-watch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/content/en", withIntermediateDirectories: true)
        return root
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// The changes reported until `done` holds for them (merged as `serve` merges bursts).
    private func collect(_ changes: inout AsyncStream<Void>.Iterator, _ watcher: SiteWatcher,
                         until done: (Set<String>?) -> Bool) async throws -> Set<String>? {
        var merged = WatchedChanges()
        while !done(merged.paths) {
            try #require(await changes.next() != nil, "the stream ended before the change was reported")
            merged.merge(watcher.takeChanges())
            if merged.paths == nil, !done(nil) { break }
        }
        return merged.paths
    }
}
