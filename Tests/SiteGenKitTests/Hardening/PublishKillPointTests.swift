import Foundation
import Testing
@testable import SiteGenKit

/// Builds killed at each step of publishing (`PublishKillPoint`, set through the environment of
/// a real `sitegen` process), where a random kill rarely lands: between the swap and the saving
/// of the page cache and the listings, a kill used to leave records that did not belong
/// together, and a later build that finished normally published a mix of two sites.
@Suite("Builds killed at each step of publishing", .serialized)
struct PublishKillPointTests {
    @Test("killed at any step, a build leaves public/ whole, and every later build publishes exactly its sources")
    func killedAtEachStep() async throws {
        let site = try await TwoVersionSite.make()
        defer { try? FileManager.default.removeItem(atPath: site.root) }
        let swap = PublishKillPoint.allCases.firstIndex(of: .swapped)!
        var current = 0
        try site.setVersion(current)
        #expect(try await SitegenProcess.run(["build", "--root", site.root]).status == 0)
        #expect(site.publishedVersion() == current)
        for (index, point) in PublishKillPoint.allCases.enumerated() {
            for clean in [false, true] {
                let step = "killed at \(point.rawValue)\(clean ? " (clean build)" : "")"
                let other = 1 - current
                try site.setVersion(other)
                let killed = try await SitegenProcess.run(["build", "--root", site.root] + (clean ? ["--clean"] : []),
                                                    environment: ["SITEGEN_TEST_KILL_AT": point.rawValue])
                #expect(killed.killed, "\(step): the build reached the point and was killed (\(killed.status): \(killed.stderr))")
                let expected = index < swap ? current : other
                #expect(site.publishedVersion() == expected, "\(step): public/ is version \(expected) whole\n\(site.explain())")
                // Back to the version the page cache may still describe, then on to the other:
                // each build reuses what the killed one left and must publish exactly its sources.
                for version in [current, other] {
                    try site.setVersion(version)
                    let result = try await SitegenProcess.run(["build", "--root", site.root])
                    #expect(result.status == 0, "\(step), then version \(version): \(result.stderr)")
                    #expect(site.publishedVersion() == version, "\(step), then version \(version) built: public/ is exactly it\n\(site.explain())")
                }
                current = other
            }
        }
    }
}
