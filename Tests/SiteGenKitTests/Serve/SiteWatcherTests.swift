import Foundation
import Testing
@testable import SiteGenKit

@Suite("Site watcher")
struct SiteWatcherTests {
    /// A saved file is named (so only it is read again), an editor's hidden swap file is not,
    /// and stopping ends the stream of changes, so `serve` shuts down instead of hanging.
    @Test(.timeLimit(.minutes(1))) func namesTheSavedFileAndEndsWhenStopped() async throws {
        let root = FileManager.default.temporaryDirectory.path + "/sitegen-watch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/content/en", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let watcher = SiteWatcher(folders: [root + "/content", root + "/templates"])
        var changes = watcher.changes().makeAsyncIterator()
        try Data("swap".utf8).write(to: URL(fileURLWithPath: root + "/content/en/.a.md.swp"))
        try Data("---\ntitle: A\n---\nText.\n".utf8).write(to: URL(fileURLWithPath: root + "/content/en/a.md"))
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
}
