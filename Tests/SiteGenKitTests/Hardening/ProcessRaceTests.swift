import Foundation
import Testing
@testable import SiteGenKit

/// Real processes: two builds of one site at once, and builds killed with SIGKILL at random
/// moments. Each runs many times in a loop bounded by a time budget, never just once.
@Suite("Racing and killed builds", .serialized)
struct ProcessRaceTests {
    @Test("two builds at once: both finish, and public/ is exactly the site as built clean")
    func racingBuilds() async throws {
        let site = try await TwoVersionSite.make()
        defer { try? FileManager.default.removeItem(atPath: site.root) }
        let deadline = Date().addingTimeInterval(25)
        var rounds = 0
        while rounds < 4 || (Date() < deadline && rounds < 30) {
            let version = rounds % 2
            try site.setVersion(version)
            let clean = rounds % 3 == 0 ? ["--clean"] : []
            let first = try SitegenProcess.start(["build", "--root", site.root] + clean)
            let second = try SitegenProcess.start(["build", "--root", site.root])
            let results = [await first.wait(), await second.wait()]
            for result in results { #expect(result.status == 0, "round \(rounds): \(result.stderr)") }
            #expect(site.publishedVersion() == version, "round \(rounds): public/ is the whole new site\n\(site.explain())")
            #expect(try await SitegenProcess.run(["build", "--root", site.root]).status == 0)
            #expect(site.publishedVersion() == version, "round \(rounds), again\n\(site.explain())")
            rounds += 1
        }
    }

    @Test("a second build waits for the first, saying so, or gives up after a bounded wait")
    func secondBuildWaits() async throws {
        let root = try Fixture.onDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // Hold the lock as another build would.
        let lock = try await LocalFileSystem().lockExclusively(root + "/.sitegen-cache/lock", timeout: 1) {}
        var options = BuildOptions(root: root)
        options.lockTimeout = 0.3
        let told = Told()
        options.onWaitForLock = { told.set($0) }
        let report = await SiteBuilder().build(options)
        #expect(report.diagnostics.items.contains { $0.code == "build.locked" }, "\(report.lines)")
        #expect(told.message?.contains("another sitegen build") == true)
        #expect(!FileManager.default.fileExists(atPath: root + "/public"))
        lock.release()
        #expect(await SiteBuilder().build(options).published)
    }

    @Test("builds killed at random moments and steps leave public/ whole, the old site or the new one, and finished builds publish exactly their sources")
    func killedBuilds() async throws {
        let site = try await TwoVersionSite.make()
        defer { try? FileManager.default.removeItem(atPath: site.root) }
        #expect(try await SitegenProcess.run(["build", "--root", site.root]).status == 0)
        // How long a whole build takes here, so kills land anywhere within one.
        try site.setVersion(0)
        let started = Date()
        #expect(try await SitegenProcess.run(["build", "--root", site.root]).status == 0)
        let duration = max(Date().timeIntervalSince(started), 0.05)
        var generator = SystemRandomNumberGenerator()
        let deadline = Date().addingTimeInterval(40)
        var rounds = 0, killedMidway = 0
        while rounds < 8 || (Date() < deadline && rounds < 60) {
            let before = site.publishedVersion()
            #expect(before != nil, "round \(rounds): public/ is whole before the build\n\(site.explain())")
            let version = Int.random(in: 0...1, using: &generator)
            try site.setVersion(version)
            let clean = Int.random(in: 0..<4, using: &generator) == 0 ? ["--clean"] : []
            // Of every four rounds, two kill at a random moment, one at a random step of
            // publishing (windows too short for a timed kill to hit) and one runs to its end,
            // so each sequence mixes what those deaths leave with builds that must be exact.
            let point = rounds % 4 == 2 ? PublishKillPoint.allCases.randomElement(using: &generator) : nil
            let build = try SitegenProcess.start(["build", "--root", site.root] + clean, environment: point.map { ["SITEGEN_TEST_KILL_AT": $0.rawValue] } ?? [:])
            if point == nil, rounds % 4 < 2 {
                try await Task.sleep(for: .seconds(Double.random(in: 0...(duration * 1.2), using: &generator)))
                build.kill()
            }
            let result = await build.wait()
            if result.killed { killedMidway += 1 }
            let after = site.publishedVersion()
            let context = "round \(rounds): version \(before.map(String.init) ?? "none") before, \(version) built\(clean.isEmpty ? "" : " clean"), "
                + (result.killed ? "killed" + (point.map { " at \($0.rawValue)" } ?? "") : "finished with status \(result.status): \(result.stderr)")
                + "\n\(site.explain())"
            if result.killed {
                #expect(after != nil && (after == before || after == version), "a killed build leaves the old site or the new one, whole; \(context)")
            } else {
                // A build that ran to its end publishes exactly its sources, whatever the
                // builds killed before it left behind.
                #expect(result.status == 0 && after == version, "a finished build publishes exactly the new site; \(context)")
            }
            rounds += 1
        }
        #expect(killedMidway > 0, "some builds were killed before they finished")
        // The next build after all that publishes exactly the current sources.
        try site.setVersion(1)
        #expect(try await SitegenProcess.run(["build", "--root", site.root]).status == 0)
        #expect(site.publishedVersion() == 1, "\(site.explain())")
        // Only the staging tree the next build reuses stays next to public/.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.hasPrefix("public.") && $0 != "public.sitegen-staging" }
        #expect(leftovers.isEmpty, "nothing else is left behind: \(leftovers)")
    }
}

/// A message handed over from a callback.
private final class Told: @unchecked Sendable {
    private let lock = NSLock()
    private var value: String?
    var message: String? { lock.withLock { value } }
    func set(_ message: String) { lock.withLock { value = message } }
}
