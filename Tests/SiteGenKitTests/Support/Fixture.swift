import Foundation
@testable import SiteGenKit

/// Builds whole sites in memory: the repository's default theme plus content given as text.
enum Fixture {
    /// The repository root, found from this file's location.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The default theme's files (`templates/…`) as text, read once.
    static let theme: [String: String] = {
        let templates = repositoryRoot.appendingPathComponent("templates").path
        let files = (try? LocalFileSystem().filesRecursively(in: templates)) ?? []
        var result: [String: String] = [:]
        for file in files {
            result["templates/\(file)"] = (try? String(contentsOfFile: templates + "/" + file, encoding: .utf8)) ?? ""
        }
        return result
    }()

    static let siteYAML = """
        title:
          en: Acme Help
          fr: Aide Acme
        baseURL: https://help.acme.test/
        defaultLanguage: en
        languages:
          - {code: en, name: English}
          - {code: fr, name: Français}
          - {code: ar, name: العربية, direction: rtl}
        products:
          - {id: chat, name: {en: Acme Chat, fr: Acme Chat}}
          - {id: mail, name: {en: Acme Mail, fr: Acme Courrier}}
        tiers:
          - {id: free, name: {en: Free, fr: Gratuit}}
          - {id: pro, name: {en: Pro, fr: Pro}}
          - {id: enterprise, name: {en: Enterprise, fr: Entreprise}}
        feedback:
          endpoint: https://feedback.acme.test/votes
        """

    /// A small valid site: two categories, translations with gaps, a machine translation.
    static let validContent: [String: String] = [
        "content/site.yml": siteYAML,
        "content/en/_index.md": "---\ntitle: Acme Help Center\n---\nWelcome.\n",
        "content/fr/_index.md": "---\ntitle: Centre d'aide Acme\n---\nBienvenue.\n",
        "content/en/billing/_index.md": "---\ntitle: Billing\norder: 2\n---\n",
        "content/en/start/_index.md": "---\ntitle: Getting started\norder: 1\n---\n",
        "content/fr/billing/_index.md": "---\ntitle: Facturation\n---\n",
        "content/en/billing/refunds.md": """
            ---
            title: Request a refund
            description: How refunds work.
            updated: 2025-05-05
            order: 1
            availability:
              chat: [pro, enterprise]
            ---
            Refunds take five days. See [your invoice](invoice.md#totals).

            ## Refund fees {#fees}

            A fee applies.

            """,
        "content/fr/billing/refunds.md": """
            ---
            title: Demander un remboursement
            updated: 2025-05-06
            translation: {method: machine}
            ---
            Les remboursements prennent cinq jours. Voir [votre facture](invoice.md#totals).

            ## Frais {#fees}

            Des frais s'appliquent.

            """,
        "content/en/billing/invoice.md": """
            ---
            title: Read your invoice
            updated: 2025-04-01
            order: 2
            ---
            ## Totals {#totals}

            Back to [refunds](refunds.md#fees) or [start](../start/welcome.md).

            """,
        "content/en/start/welcome.md": """
            ---
            title: Welcome to Acme
            updated: 2025-01-10
            ---
            Read [refunds](../billing/refunds.md).

            """,
    ]

    static func fileSystem(_ content: [String: String], theme: Bool = true) -> InMemoryFileSystem {
        var files: [String: String] = [:]
        if theme { for (path, text) in self.theme { files["site/" + path] = text } }
        for (path, text) in content { files["site/" + path] = text }
        return InMemoryFileSystem(files: files)
    }

    /// Builds `content` (merged over `validContent` unless `base` is empty) in memory.
    static func build(_ content: [String: String] = [:], base: [String: String] = validContent, warningsAsErrors: Bool = false) async -> (BuildReport, InMemoryFileSystem) {
        let fileSystem = self.fileSystem(base.merging(content) { _, new in new })
        let report = await SiteBuilder(fileSystem: fileSystem).build(BuildOptions(root: "site", warningsAsErrors: warningsAsErrors))
        return (report, fileSystem)
    }
}

extension Fixture {
    /// Writes the theme and `validContent` merged with `content` into a fresh temporary folder.
    static func onDisk(_ content: [String: String] = [:]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-test-\(UUID().uuidString)").path
        let fs = LocalFileSystem()
        let files = theme.merging(validContent.merging(content, uniquingKeysWith: { _, new in new }), uniquingKeysWith: { _, new in new })
        for (path, text) in files {
            try fs.writeFile(root + "/" + path, Data(text.utf8))
        }
        return root
    }
}

extension InMemoryFileSystem {
    /// The text of a built file under `site/public/`.
    func page(_ path: String) -> String? { text("site/public/" + path) }
}

extension BuildReport {
    var lines: [String] { diagnostics.sorted.map(\.description) }
}
