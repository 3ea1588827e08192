import Foundation
import SiteGenKit
@testable import FeedbackKit

/// A small help centre on disk, built by the real `sitegen build`: English source, a machine
/// French translation, an outdated German one and a German fallback page.
enum SampleSite {
    static let baseURL = "https://help.example.test/docs/"
    static let origin = "https://help.example.test"

    /// sitegen's repository (this package is its `Feedback/` folder).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static let files: [String: String] = [
        "content/site.yml": """
            title: Example Help
            baseURL: \(baseURL)
            defaultLanguage: en
            languages:
              - {code: en, name: English}
              - {code: fr, name: Français}
              - {code: de, name: Deutsch}
            feedback:
              endpoint: https://feedback.example.test/votes
            support:
              url: https://example.test/support
            """,
        "content/en/_index.md": "---\ntitle: Help\n---\nWelcome.\n",
        "content/en/billing/_index.md": "---\ntitle: Billing\n---\n",
        "content/en/billing/refunds.md": "---\ntitle: Refunds\nupdated: 2026-01-02\n---\nAsk for a refund.\n\n## Fees\n\nNone.\n",
        "content/en/billing/invoice.md": "---\ntitle: Invoices\nupdated: 2026-01-02\n---\nRead your invoice.\n",
        "content/fr/_index.md": "---\ntitle: Aide\n---\nBienvenue.\n",
        "content/fr/billing/refunds.md": "---\ntitle: Remboursements\nupdated: 2026-01-02\ntranslation:\n  method: machine\n---\nDemandez un remboursement.\n\n## Frais\n\nAucun.\n",
        "content/de/_index.md": "---\ntitle: Hilfe\n---\nWillkommen.\n",
        "content/de/billing/refunds.md": "---\ntitle: Erstattungen\nupdated: 2026-01-02\ntranslation:\n  source:\n    revision: 0000000000000000\n---\nErstattung anfordern.\n",
    ]

    /// Built once per test process; tests never write into it.
    static func folder() async -> String { await Builder.shared.folder() }

    static func catalog() async throws -> SiteCatalog { try SiteCatalog.load(siteFolder: await folder()) }

    private actor Builder {
        static let shared = Builder()
        private var building: Task<String, Never>?

        func folder() async -> String {
            if building == nil { building = Task { await Self.build() } }
            return await building!.value
        }

        private static func build() async -> String {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-feedback-site-\(UUID().uuidString)").path
            do {
                for (path, text) in SampleSite.files {
                    let url = URL(fileURLWithPath: root + "/" + path)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try text.write(to: url, atomically: true, encoding: .utf8)
                }
                try FileManager.default.copyItem(atPath: repositoryRoot.appendingPathComponent("templates").path, toPath: root + "/templates")
            } catch {
                fatalError("cannot write the sample site: \(error)")
            }
            let status = await SitegenCommand.run(arguments: ["build", "--root", root])
            precondition(status == 0, "the sample site did not build")
            return root
        }
    }

    /// A fresh SQLite file for one test.
    static func sqlitePath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("feedback-\(UUID().uuidString).sqlite").path
    }

    /// PostgreSQL for the shared store tests: `.ci/run` starts a local server and sets this.
    static var postgresURL: String? { ProcessInfo.processInfo.environment["SITEGEN_TEST_POSTGRES_URL"] }
}
