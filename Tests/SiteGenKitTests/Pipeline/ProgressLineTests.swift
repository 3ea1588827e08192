import Foundation
import Synchronization
import Testing
@testable import SiteGenKit

/// The progress line of `sitegen build`: shown to a person at a terminal during a long build,
/// never in logs or CI, and gone before the summary is printed.
@Suite("Progress line")
struct ProgressLineTests {
    @Test func shownOnlyOnATerminalOutsideCI() {
        #expect(ProgressLine.enabled(isTerminal: true, environment: [:]))
        #expect(ProgressLine.enabled(isTerminal: true, environment: ["CI": ""]), "an empty CI is not set")
        #expect(!ProgressLine.enabled(isTerminal: false, environment: [:]), "a pipe or a log file")
        #expect(!ProgressLine.enabled(isTerminal: true, environment: ["CI": "true"]))
        #expect(!ProgressLine.enabled(isTerminal: true, environment: ["CI": "1"]))
    }

    @Test func waitsASecondThenRewritesOneLineInPlace() {
        #expect(ProgressLine.update(done: 100, total: 10_000, elapsed: 0.5, lastShown: nil) == nil, "a quick build shows nothing")
        #expect(ProgressLine.update(done: 100, total: 10_000, elapsed: 1.2, lastShown: nil) == "\r\u{1B}[Krendering pages 100 of 10000")
        #expect(ProgressLine.update(done: 150, total: 10_000, elapsed: 1.25, lastShown: 1.2) == nil, "not redrawn more than ten times a second")
        #expect(ProgressLine.update(done: 10_000, total: 10_000, elapsed: 1.25, lastShown: 1.2) == "\r\u{1B}[Krendering pages 10000 of 10000",
                "the last count is always shown")
        #expect(ProgressLine.update(done: 0, total: 0, elapsed: 5, lastShown: nil) == nil, "nothing to render")
    }

    @Test func reporterClearsTheLineOnlyIfItShowedIt() async throws {
        let written = Mutex<[String]>([])
        let quiet = ProgressReporter { line in written.withLock { $0.append(line) } }
        quiet.report(done: 5, total: 10)
        quiet.finish()
        #expect(written.withLock { $0 }.isEmpty, "a build under a second writes nothing at all")

        let slow = ProgressReporter { line in written.withLock { $0.append(line) } }
        try await Task.sleep(nanoseconds: 1_100_000_000)
        slow.report(done: 5, total: 10)
        slow.report(done: 10, total: 10)
        slow.finish()
        let lines = written.withLock { $0 }
        #expect(lines == ["\r\u{1B}[Krendering pages 5 of 10", "\r\u{1B}[Krendering pages 10 of 10", "\r\u{1B}[K"])
    }

    @Test func aBuildReportsEveryPageToTheProgressHook() async {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let counts = Mutex<[(Int, Int)]>([])
        var options = BuildOptions(root: "site")
        options.onProgress = { done, total in counts.withLock { $0.append((done, total)) } }
        #expect(await SiteBuilder(fileSystem: fs).build(options).published)
        let seen = counts.withLock { $0 }
        let total = seen.last?.1 ?? 0
        #expect(total > 10)
        #expect(seen.last?.0 == total, "the last report counts every page")
        #expect(seen.map(\.0) == seen.map(\.0).sorted(), "counts only grow")
    }
}
