import Foundation
import Logging
import Testing
@testable import FeedbackKit

/// The collector over real loopback HTTP, against the sample site's manifest and a SQLite file.
struct CollectorHTTPTests {
    struct Running {
        var server: HTTPServer
        var store: any FeedbackStore
        var http: RawHTTP

        func stop() async throws {
            await server.shutdown()
            try await store.close()
        }
    }

    let frenchPage: String

    init() async throws {
        let catalog = try await SampleSite.catalog()
        frenchPage = "article=billing%2Frefunds&language=fr&revision=\(catalog.pageRevision("billing/refunds", in: "fr")!)"
    }

    static func start(rateLimit: Int = 0, limits: HTTPServer.Limits = .init()) async throws -> Running {
        let store = try await FeedbackStores.open(SampleSite.sqlitePath())
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let collector = Collector(store: store, catalog: try CatalogWatcher(siteFolder: await SampleSite.folder()), rateLimit: rateLimit,
                                  trustForwardedFor: false, logger: logger)
        let server = try await HTTPServer.start(host: "127.0.0.1", port: 0, responder: collector, limits: limits)
        return Running(server: server, store: store, http: RawHTTP(port: server.port))
    }


    @Test func aFormWithoutJavaScriptIsSentBackToTheArticleWithTheThankYou() async throws {
        let running = try await Self.start()
        let page = SampleSite.baseURL + "fr/billing/refunds/"
        let response = try #require(await running.http.post(body: frenchPage + "&helpful=no&reasons=inaccurate&comment=Faux&return=" + page.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!))
        #expect(response.status == 303)
        #expect(response.headers["location"] == page + "#feedback-thanks")
        let snapshot = try await running.store.snapshot()
        #expect(snapshot.tallies.map(\.no) == [1])
        #expect(snapshot.remarks.map(\.comment) == ["Faux"])
        try await running.stop()
    }

    @Test(arguments: ["https://evil.test/phish", "//evil.test/", "https://help.example.test.evil.test/docs/", "javascript:alert(1)", "https://help.example.test/elsewhere/"])
    func theReturnRedirectNeverLeavesTheSite(_ target: String) async throws {
        let running = try await Self.start()
        let response = try #require(await running.http.post(body: frenchPage + "&helpful=yes&return=" + target.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!))
        #expect(response.status == 303)
        #expect(response.headers["location"] == SampleSite.baseURL + "fr/billing/refunds/#feedback-thanks")
        try await running.stop()
    }

    @Test func theCommentAfterAVoteUpdatesItOverJSONWithCORSForTheSiteOnly() async throws {
        let running = try await Self.start()
        let vote = "&vote=0f8e7d6c-5b4a-4938-8271-605f4e3d2c1b&reply=json"
        let first = try #require(await running.http.post(body: frenchPage + "&helpful=no" + vote))
        #expect(first.status == 200)
        #expect(first.headers["access-control-allow-origin"] == SampleSite.origin)
        let json = #"{"article":"billing/refunds","language":"fr","revision":"\#(frenchPage.split(separator: "=").last!)","helpful":"no","vote":"0f8e7d6c-5b4a-4938-8271-605f4e3d2c1b","reasons":["missing-information"],"comment":"Où est le formulaire ?"}"#
        let second = try #require(await running.http.post(body: json, contentType: "application/json"))
        #expect(second.status == 200)
        #expect(try await running.store.voteCount() == 1)
        let stored = try #require(try await running.store.vote(id: "0f8e7d6c-5b4a-4938-8271-605f4e3d2c1b"))
        #expect(stored.comment == "Où est le formulaire ?")
        #expect(stored.reasons == [.missingInformation])
        let preflight = try #require(await running.http.request("OPTIONS", "/votes", headers: ["Origin": SampleSite.origin, "Access-Control-Request-Method": "POST"]))
        #expect(preflight.status == 204)
        #expect(preflight.headers["access-control-allow-origin"] == SampleSite.origin)
        try await running.stop()
    }

    @Test func otherOriginsGetNoCORSAndCannotVote() async throws {
        let running = try await Self.start()
        let response = try #require(await running.http.post(body: frenchPage + "&helpful=yes", headers: ["Origin": "https://evil.test"]))
        #expect(response.status == 403)
        #expect(response.headers["access-control-allow-origin"] == nil)
        let preflight = try #require(await running.http.request("OPTIONS", "/votes", headers: ["Origin": "https://evil.test"]))
        #expect(preflight.status == 403)
        #expect(preflight.headers["access-control-allow-origin"] == nil)
        #expect(try await running.store.voteCount() == 0)
        try await running.stop()
    }

    @Test func badInputGetsA4xxAndLeavesTheStoreUnchanged() async throws {
        let running = try await Self.start()
        let http = running.http
        let cases: [(String, RawHTTP.Response?, Int)] = [
            ("invalid UTF-8", await http.post(bytes: Array((frenchPage + "&helpful=no&comment=").utf8) + [0xC3, 0x28]), 400),
            ("invalid UTF-8 escaped", await http.post(body: frenchPage + "&helpful=no&comment=%FF%FE"), 400),
            ("unknown article", await http.post(body: "article=nope&language=fr&revision=x&helpful=yes"), 422),
            ("unknown language", await http.post(body: frenchPage.replacingOccurrences(of: "language=fr", with: "language=xx") + "&helpful=yes"), 422),
            ("missing helpful", await http.post(body: frenchPage), 400),
            ("unknown reason", await http.post(body: frenchPage + "&helpful=no&reasons=spam"), 400),
            ("not JSON", await http.post(body: "{nope", contentType: "application/json"), 400),
            ("unsupported type", await http.post(body: "x", contentType: "text/xml"), 415),
            ("wrong method", await http.request("GET", "/votes"), 405),
            ("DELETE", await http.request("DELETE", "/votes"), 405),
            ("unknown path", await http.request("GET", "/admin"), 404),
            ("oversized", await http.post(body: frenchPage + "&helpful=no&comment=" + String(repeating: "a", count: 100_000)), 413),
            ("malformed request line", await http.send(Array("GARBAGE\r\n\r\n".utf8)), 400),
        ]
        for (name, response, status) in cases {
            #expect(response?.status == status, "\(name): \(String(describing: response?.status))")
        }
        #expect(try await running.store.voteCount() == 0)
        // Markup and SQL in a comment are data, stored as typed.
        let payload = "<script>alert(1)</script>'; DROP TABLE votes; --"
        let stored = await http.post(body: frenchPage + "&helpful=no&reply=json&comment=" + payload.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        #expect(stored?.status == 200)
        #expect(try await running.store.snapshot().remarks.map(\.comment) == [payload])
        try await running.stop()
    }

    @Test func anOversizedBodyIsRefusedWithoutBeingRead() async throws {
        let running = try await Self.start()
        // Announces 50 MB and sends none of it: the answer must come at once, not after a timeout.
        let head = "POST /votes HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 50000000\r\n\r\n"
        let started = Date()
        let response = await running.http.send(Array(head.utf8), readTimeout: 3)
        #expect(response?.status == 413)
        #expect(Date().timeIntervalSince(started) < 2.5)
        try await running.stop()
    }

    @Test func aSlowClientIsCutOff() async throws {
        let running = try await Self.start(limits: .init(maxBody: 16 * 1024, requestTimeout: .milliseconds(300)))
        let head = "POST /votes HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\narticle="
        let started = Date()
        let response = await running.http.send(Array(head.utf8), readTimeout: 5)
        #expect(response?.status == 408)
        #expect(Date().timeIntervalSince(started) < 3)
        try await running.stop()
    }

    @Test func theHoneypotIsThankedButNotCounted() async throws {
        let running = try await Self.start()
        let response = try #require(await running.http.post(body: frenchPage + "&helpful=yes&website=http%3A%2F%2Fspam.test"))
        #expect(response.status == 303)
        #expect(try await running.store.voteCount() == 0)
        try await running.stop()
    }

    @Test func eachClientIsRateLimited() async throws {
        let running = try await Self.start(rateLimit: 3)
        var statuses: [Int?] = []
        for _ in 0..<5 { statuses.append(await running.http.post(body: frenchPage + "&helpful=yes&reply=json")?.status) }
        #expect(statuses == [200, 200, 200, 429, 429])
        #expect(try await running.store.voteCount() == 3)
        try await running.stop()
    }

    @Test func healthAndZeroResultSearches() async throws {
        let running = try await Self.start()
        #expect(await running.http.request("GET", "/health")?.status == 200)
        #expect(await running.http.post("/searches", body: "query=r%C3%A9siliation&language=fr")?.status == 200)
        #expect(await running.http.post("/searches", body: "query=&language=fr")?.status == 400)
        #expect(await running.http.post("/searches", body: "query=x&language=xx")?.status == 422)
        #expect(try await running.store.snapshot().searches.map(\.query) == ["résiliation"])
        try await running.stop()
    }

    @Test func clientAddressesAreStoredOnlyAsKeyedHashes() async throws {
        let running = try await Self.start()
        _ = await running.http.post(body: frenchPage + "&helpful=yes&reply=json&vote=hash-check-0001")
        let stored = try #require(try await running.store.vote(id: "hash-check-0001"))
        #expect(stored.clientHash.count == 32)
        #expect(!stored.clientHash.contains("127.0.0.1"))
        try await running.stop()
    }

    @Test func aRefusedFormWithoutJavaScriptLinksBackToTheArticle() async throws {
        let running = try await Self.start()
        let page = SampleSite.baseURL + "fr/billing/refunds/"
        let stale = "article=billing%2Frefunds&language=fr&revision=0123456789abcdef&helpful=yes"
        let response = try #require(await running.http.post(body: stale + "&return=" + page.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!))
        #expect(response.status == 422)
        #expect(response.headers["content-type"] == "text/html; charset=utf-8")
        #expect(response.body.contains(#"<a href="\#(page)">"#))
        #expect(response.body.contains("unknown revision of this page"))
        // Elsewhere than the site is never linked; the article's own address is used instead.
        let evil = try #require(await running.http.post(body: stale + "&return=https%3A%2F%2Fevil.test%2F%22%3E%3Cscript%3E"))
        #expect(evil.body.contains(#"<a href="\#(page)">"#) && !evil.body.contains("evil.test") && !evil.body.contains("<script"))
        // The page's script asks for JSON and still gets the plain reason.
        let json = try #require(await running.http.post(body: stale + "&reply=json"))
        #expect(json.status == 422 && json.headers["content-type"] == "text/plain; charset=utf-8")
        #expect(try await running.store.voteCount() == 0)
        try await running.stop()
    }
}
