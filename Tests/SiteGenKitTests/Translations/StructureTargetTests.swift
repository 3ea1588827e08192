import Foundation
import Testing
@testable import SiteGenKit

/// The translation structure check compares what links resolve to, and points at the lines
/// concerned.
@Suite("Translation structure by link targets")
struct StructureTargetTests {
    private func check(_ content: [String: String]) async -> [String] {
        let fs = Fixture.fileSystem(Fixture.validContent.merging(content) { _, new in new })
        return await SiteBuilder(fileSystem: fs).check(BuildOptions(root: "site")).lines.filter { $0.contains("(translation.") && !$0.contains("outdated") }
    }

    @Test func theSameTargetWrittenDifferentlyIsNotADifference() async {
        let lines = await check([
            "content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\n---\nRead [refunds](/en/billing/refunds/#fees) and [invoice](../billing/invoice.md).\n",
            "content/fr/start/welcome.md": "---\ntitle: B\nupdated: 2025-01-10\n---\nLire [remboursements](/fr/billing/refunds/#fees) et [facture](/billing/invoice.md).\n",
        ])
        #expect(lines == [], "\(lines)")
    }

    @Test func aDifferentTargetIsReportedAtTheLinksLine() async {
        let lines = await check([
            "content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\n---\nIntro.\n\n## Money\n\nRead [refunds](/en/billing/refunds/).\n",
            "content/fr/start/welcome.md": "---\ntitle: B\nupdated: 2025-01-10\n---\nIntro.\n\n## Argent\n\nLire [facture](/fr/billing/invoice/).\n",
        ])
        #expect(lines.contains { $0.hasPrefix("content/fr/start/welcome.md:9:6: warning: link to '/fr/billing/invoice/' is not in the source") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/fr/start/welcome.md:7:1: warning: the source links to '/en/billing/refunds/' (content/en/start/welcome.md:9)") }, "\(lines)")
    }

    @Test func aHeadingCountDifferencePointsAtTheExtraHeading() async {
        let lines = await check([
            "content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\n---\n## A\n\n### B\n\n## C\n",
            "content/fr/start/welcome.md": "---\ntitle: B\nupdated: 2025-01-10\n---\n## A\n\n## Extra\n\n### B\n\n## C\n",
        ])
        #expect(lines == ["content/fr/start/welcome.md:7:1: warning: this translation has 4 headings, the source has 3 (content/en/start/welcome.md) (translation.structure)"], "\(lines)")
    }
}
