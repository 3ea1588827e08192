import Foundation
import Testing
@testable import SiteGenKit

/// `sitegen serve` driven for real over loopback: a site on disk, the server on a free port,
/// files edited as a writer would, and what a browser receives.
@Suite("sitegen serve", .serialized)
struct ServeTests {
    /// Runs `serve` on a fresh copy of the fixture site for the duration of `body`.
    private func withServer(drafts: Bool = false, _ content: [String: String] = [:],
                            _ body: (String, LoopbackClient, Terminal) async throws -> Void) async throws {
        let root = try Fixture.onDisk(content)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let terminal = Terminal()
        let site = PreviewSite(options: BuildOptions(root: root, includeDrafts: drafts, useCache: false)) { terminal.append($0) }
        let (ports, continuation) = AsyncStream<UInt16>.makeStream()
        let server = Task {
            defer { continuation.finish() }
            try await PreviewServer.run(site, host: "127.0.0.1", port: 0) { continuation.yield($0) }
        }
        defer { server.cancel() }
        // Generous: the first build competes with every other suite for the machine.
        let port = try #require(try await withTimeout(seconds: LoopbackClient.patience) { await ports.first { _ in true } } ?? nil, "\(terminal.lines)")
        try await body(root, LoopbackClient(port: port), terminal)
        server.cancel()
        _ = try? await withTimeout(seconds: 10) { _ = await server.result }
    }

    private func write(_ root: String, _ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
    }

    @Test func servesEveryLanguageWithPrettyURLsAndTheReloadScript() async throws {
        try await withServer { _, client, _ in
            let english = try await client.request("GET", "/en/billing/refunds/")
            #expect(english.status == 200)
            #expect(english.headers.lowercased().contains("content-type: text/html; charset=utf-8"))
            #expect(english.body.contains("Refunds take five days."))
            #expect(english.body.contains("<script src=\"/_sitegen/live.js\" defer></script>"))
            let french = try await client.request("GET", "/fr/billing/refunds/index.html")
            #expect(french.status == 200)
            #expect(french.body.contains("Les remboursements prennent cinq jours."))
            let arabic = try await client.request("GET", "/ar/")
            #expect(arabic.status == 200)
            let folder = try await client.request("GET", "/en/billing/refunds")
            #expect(folder.status == 301)
            #expect(folder.headers.contains("Location: /en/billing/refunds/"))
            let head = try await client.request("HEAD", "/en/billing/refunds/")
            #expect(head.status == 200)
            let script = try await client.request("GET", "/_sitegen/live.js")
            #expect(script.headers.lowercased().contains("content-type: text/javascript"))
            #expect(script.body.contains("EventSource"))
        }
    }

    @Test(arguments: ["/../content/site.yml", "/en/../../content/site.yml", "/%2e%2e/content/site.yml", "/en/%2E%2E/%2e%2e/etc/passwd", "/en/..%2f..%2fcontent/site.yml", "/nothing-here/"])
    func pathsOutsideTheSiteAreNotFound(_ target: String) async throws {
        try await withServer { _, client, _ in
            let response = try await client.request("GET", target)
            #expect(response.status == 404, "\(target) → \(response.status)")
            #expect(!response.body.contains("defaultLanguage"))
        }
    }

    @Test func onlyGetHeadAndTheFeedbackPostAreAccepted() async throws {
        try await withServer { _, client, terminal in
            for method in ["POST", "PUT", "DELETE", "PATCH"] {
                let response = try await client.request(method, "/en/billing/refunds/", body: "x=1")
                #expect(response.status == 405, "\(method)")
            }
            let vote = try await client.request("POST", "/_sitegen/feedback", headers: ["Referer: http://127.0.0.1/en/billing/refunds/", "Content-Type: application/x-www-form-urlencoded"],
                                                body: "article=billing%2Frefunds&language=en&helpful=yes")
            #expect(vote.status == 303)
            #expect(vote.headers.contains("Location: /en/billing/refunds/"))
            #expect(terminal.lines.contains { $0.contains("feedback:") && $0.contains("article=billing/refunds") && $0.contains("helpful=yes") })
        }
    }

    @Test func aSearchWithoutResultsIsPrintedInTheTerminalNotSentToTheCollector() async throws {
        try await withServer { _, client, terminal in
            let script = try await client.request("GET", "/_sitegen/live.js")
            #expect(script.body.contains("/_sitegen/searches"))
            let report = try await client.request("POST", "/_sitegen/searches", headers: ["Content-Type: application/x-www-form-urlencoded"],
                                                  body: "query=refnd%1B%5B31m&language=fr")
            #expect(report.status == 204)
            // The reader's query reaches the terminal with its control bytes shown, not obeyed.
            let line = try #require(terminal.lines.first { $0.contains("search without results:") })
            #expect(line.contains("language=fr") && line.contains("query=refnd"))
            #expect(!line.contains("\u{1B}"))
        }
    }

    @Test func anEditReloadsTheBrowsersShowingThatPageOnly() async throws {
        try await withServer { root, client, _ in
            let refunds = try await client.events(for: "/en/billing/refunds/")
            let welcome = try await client.events(for: "/en/start/welcome/")
            defer { refunds.close(); welcome.close() }
            // Only the article's own text changes: pages linking to it show its title, not its body.
            try write(root, "content/en/billing/refunds.md", """
                ---
                title: Request a refund
                description: How refunds work.
                updated: 2025-05-05
                order: 1
                availability:
                  chat: [pro, enterprise]
                ---
                Refunds take three days now. See [your invoice](invoice.md#totals).

                ## Refund fees {#fees}

                A fee applies.

                """)
            let reload = try await refunds.next(containing: "event: reload", seconds: LoopbackClient.patience)
            #expect(reload != nil)
            let page = try await client.request("GET", "/en/billing/refunds/")
            #expect(page.body.contains("Refunds take three days now."))
            let unrelated = try await welcome.next(containing: "event: reload", seconds: 1)
            #expect(unrelated == nil)
        }
    }

    @Test func aStylesheetEditIsAppliedWithoutAReload() async throws {
        try await withServer { root, client, _ in
            let events = try await client.events(for: "/en/billing/refunds/")
            defer { events.close() }
            let css = try String(contentsOfFile: root + "/templates/assets/site.css", encoding: .utf8)
            try write(root, "templates/assets/site.css", css + "\n.preview-test { color: red; }\n")
            let swap = try await events.next(containing: "event: css", seconds: LoopbackClient.patience)
            #expect(swap != nil, "\(events.received)")
            #expect(!events.received.contains("event: reload"))
            let served = try await client.request("GET", "/assets/site.css")
            #expect(served.headers.lowercased().contains("content-type: text/css"))
            #expect(served.body.contains(".preview-test"), "\(served.body.suffix(200)) \(served.headers)")
        }
    }

    @Test func brokenFrontMatterShowsTheErrorOverlayUntilFixed() async throws {
        try await withServer { root, client, terminal in
            let events = try await client.events(for: "/en/start/welcome/")
            defer { events.close() }
            let good = try String(contentsOfFile: root + "/content/en/start/welcome.md", encoding: .utf8)
            try write(root, "content/en/start/welcome.md", "---\ntitle: [Welcome <b>\nupdated: 2025-01-10\n---\nRead.\n")
            let problems = try #require(try await events.next(containing: "event: problems", seconds: LoopbackClient.patience))
            #expect(problems.contains("content/en/start/welcome.md:"))
            #expect(terminal.lines.contains { $0.contains("content/en/start/welcome.md:") && $0.contains("error:") })
            // The source lines travel as JSON strings: the overlay sets them as text.
            #expect(problems.contains("title: [Welcome <b>"))
            // The last good site stays served meanwhile.
            let stillServed = try await client.request("GET", "/en/start/welcome/")
            #expect(stillServed.status == 200)
            // A browser that opens a page now sees the errors at once.
            let late = try await client.events(for: "/fr/")
            defer { late.close() }
            let seenLate = try await late.next(containing: "event: problems", seconds: LoopbackClient.patience)
            #expect(seenLate != nil)
            try write(root, "content/en/start/welcome.md", good)
            let fixed = try await events.next(containing: "event: fixed", seconds: LoopbackClient.patience)
            #expect(fixed != nil)
        }
    }

    @Test func draftsShowABadgeOnlyUnderDrafts() async throws {
        let draft = ["content/en/start/plan.md": "---\ntitle: Future plan\ndraft: true\n---\nSoon.\n"]
        try await withServer(drafts: true, draft) { _, client, _ in
            let page = try await client.request("GET", "/en/start/plan/")
            #expect(page.status == 200)
            #expect(page.body.contains("class=\"sitegen-draft-badge\""))
            let other = try await client.request("GET", "/en/start/welcome/")
            #expect(!other.body.contains("sitegen-draft-badge"))
        }
        try await withServer(drafts: false, draft) { _, client, _ in
            let hidden = try await client.request("GET", "/en/start/plan/")
            #expect(hidden.status == 404)
        }
    }

    /// Polls `target` until its status is `status`, bounded.
    private func waitFor(_ client: LoopbackClient, _ target: String, status: Int, seconds: Double = LoopbackClient.patience) async throws -> LoopbackClient.Response? {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            let response = try await client.request("GET", target)
            if response.status == status { return response }
            try await Task.sleep(for: .milliseconds(100))
        }
        return nil
    }

    @Test func addedAndRemovedArticlesAppearAndGo() async throws {
        try await withServer { root, client, _ in
            try write(root, "content/en/start/added.md", "---\ntitle: Added while serving\n---\nFresh text.\n")
            let added = try await waitFor(client, "/en/start/added/", status: 200)
            #expect(added?.body.contains("Fresh text.") == true)
            // Pages listing the category's articles show the new one too.
            let category = try await client.request("GET", "/en/start/")
            #expect(category.body.contains("Added while serving"))
            try FileManager.default.removeItem(atPath: root + "/content/en/start/added.md")
            let gone = try await waitFor(client, "/en/start/added/", status: 404)
            #expect(gone != nil)
            let after = try await client.request("GET", "/en/start/")
            #expect(!after.body.contains("Added while serving"))
        }
    }

    @Test func filesGoGzippedOnlyToClientsThatAcceptIt() async throws {
        try await withServer { _, client, _ in
            let plain = try await client.request("GET", "/assets/site.css")
            #expect(plain.status == 200)
            #expect(!plain.headers.lowercased().contains("content-encoding"))
            #expect(plain.body.contains("{"))
            let packed = try await client.request("GET", "/assets/site.css", headers: ["Accept-Encoding: gzip, deflate"])
            #expect(packed.headers.lowercased().contains("content-encoding: gzip"))
            let opening = String(plain.body.prefix(60))
            #expect(opening.count == 60 && !packed.body.contains(opening))
            let refused = try await client.request("GET", "/assets/site.css", headers: ["Accept-Encoding: gzip;q=0"])
            #expect(!refused.headers.lowercased().contains("content-encoding"))
            // Pages carry the live-reload script, so they go as text whatever the client accepts.
            let page = try await client.request("GET", "/en/billing/refunds/", headers: ["Accept-Encoding: gzip"])
            #expect(page.body.contains("Refunds take five days."))
        }
    }

    @Test func aBuildNeverHoldsTheReloadScript() async throws {
        let (report, fs) = await Fixture.build()
        #expect(report.published)
        for path in fs.allFiles where path.hasSuffix(".html") {
            #expect(!(fs.text(path) ?? "").contains("_sitegen"), "\(path)")
        }
        #expect(fs.allFiles.contains { $0.hasSuffix(".html") })
    }
}

/// What `serve` printed.
final class Terminal: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ line: String) { lock.withLock { stored.append(line) } }
    var lines: [String] { lock.withLock { stored } }
}
