import Foundation
import Testing
@testable import FeedbackKit

/// One behaviour, two databases: every test runs on SQLite, and on PostgreSQL when
/// `SITEGEN_TEST_POSTGRES_URL` is set (`.ci/run` sets it); without it the PostgreSQL half is
/// reported as skipped. Tests use their own article ids, so they can share one PostgreSQL database.
struct StoreTests {
    enum Backend: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, postgres
        var testDescription: String { rawValue }
    }

    static let backends: [Backend] = SampleSite.postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]

    static func open(_ backend: Backend) async throws -> any FeedbackStore {
        switch backend {
        case .sqlite: return try await FeedbackStores.open(SampleSite.sqlitePath())
        case .postgres: return try await FeedbackStores.open(SampleSite.postgresURL!)
        }
    }

    static func vote(_ id: String, article: String, language: String = "fr", helpful: Bool, source: String = "s1",
                     reasons: [Reason] = [], comment: String = "", time: Int64 = 1_767_000_000) -> Vote {
        Vote(id: id, article: article, language: language, revision: "r-\(language)", sourceRevision: source, helpful: helpful,
             reasons: reasons, comment: comment, clientHash: "c", time: time)
    }

    static func unique(_ name: String) -> String { "\(name)-\(UUID().uuidString.prefix(8))" }

    @Test(.enabled(if: SampleSite.postgresURL != nil, "SITEGEN_TEST_POSTGRES_URL is not set: the PostgreSQL half of the store tests is skipped"))
    func postgresIsReachable() async throws {
        let store = try await Self.open(.postgres)
        try await store.ping()
        try await store.close()
    }

    @Test(arguments: backends)
    func aCommentUpdatesTheVoteInsteadOfAddingOne(_ backend: Backend) async throws {
        let store = try await Self.open(backend)
        let article = Self.unique("billing/refunds")
        let id = Self.unique("vote-one")
        #expect(try await store.record(Self.vote(id, article: article, helpful: false)))
        #expect(try await store.record(Self.vote(id, article: article, helpful: false, reasons: [.inaccurate, .missingInformation], comment: "Step 3 is wrong")))
        let stored = try #require(try await store.vote(id: id))
        #expect(stored.comment == "Step 3 is wrong")
        #expect(stored.reasons == [.missingInformation, .inaccurate])
        let tallies = try await store.snapshot().tallies.filter { $0.article == article }
        #expect(tallies.map(\.no) == [1])
        #expect(tallies.map(\.yes) == [0])
        try await store.close()
    }

    @Test(arguments: backends)
    func aVoteIDCannotBeMovedToAnotherPage(_ backend: Backend) async throws {
        let store = try await Self.open(backend)
        let article = Self.unique("billing/refunds"), other = Self.unique("billing/invoice")
        let id = Self.unique("vote-two")
        #expect(try await store.record(Self.vote(id, article: article, helpful: true)))
        #expect(try await store.record(Self.vote(id, article: other, helpful: false, comment: "hijack")) == false)
        let stored = try #require(try await store.vote(id: id))
        #expect(stored.article == article)
        #expect(stored.helpful)
        #expect(stored.comment.isEmpty)
        try await store.close()
    }

    @Test(arguments: backends)
    func talliesAreSplitBySourceRevisionAndPayloadsKeptVerbatim(_ backend: Backend) async throws {
        let store = try await Self.open(backend)
        let article = Self.unique("guide")
        let payload = "'); DROP TABLE votes; -- <script>alert(1)</script> ✓ مرحبا"
        for index in 0..<3 { _ = try await store.record(Self.vote(Self.unique("a\(index)"), article: article, helpful: false, source: "old", time: 100 + Int64(index))) }
        for index in 0..<2 { _ = try await store.record(Self.vote(Self.unique("b\(index)"), article: article, helpful: true, source: "new", time: 200 + Int64(index))) }
        _ = try await store.record(Self.vote(Self.unique("c"), article: article, helpful: false, source: "new", comment: payload, time: 300))
        let snapshot = try await store.snapshot()
        let tallies = snapshot.tallies.filter { $0.article == article }
        #expect(tallies.map(\.sourceRevision) == ["old", "new"])
        #expect(tallies.map(\.yes) == [0, 2])
        #expect(tallies.map(\.no) == [3, 1])
        #expect(tallies.first?.first == 100)
        #expect(snapshot.remarks.filter { $0.article == article }.map(\.comment) == [payload])
        #expect(try await store.voteCount() >= 6)
        try await store.close()
    }

    @Test(arguments: backends)
    func zeroResultSearchesAreCountedPerLanguage(_ backend: Backend) async throws {
        let store = try await Self.open(backend)
        let query = Self.unique("refund policy")
        for language in ["fr", "fr", "de"] { try await store.record(ZeroResultSearch(query: query, language: language, time: 1)) }
        let counts = try await store.snapshot().searches.filter { $0.query == query }
        #expect(counts.map { "\($0.language):\($0.count)" } == ["de:1", "fr:2"])
        try await store.close()
    }

    @Test(arguments: backends)
    func clientSecretsAreSharedPerDayAndOlderDaysForgotten(_ backend: Backend) async throws {
        let store = try await Self.open(backend)
        let day = "2999-01-0\(Int.random(in: 1...8))"
        let first = try await store.clientKey(day: day, candidate: "first")
        let again = try await store.clientKey(day: day, candidate: "second")
        #expect(again == first, "a second collector must get the same secret for the same day")
        let nextDay = String(day.dropLast()) + "9"
        #expect(try await store.clientKey(day: nextDay, candidate: "third") != first)
        try await store.close()
    }

    @Test(arguments: backends)
    func migratingTwiceChangesNothing(_ backend: Backend) async throws {
        let store = try await Self.open(backend)
        let id = Self.unique("kept")
        _ = try await store.record(Self.vote(id, article: Self.unique("a"), helpful: true))
        try await store.migrate()
        #expect(try await store.vote(id: id) != nil)
        try await store.close()
    }

    @Test func sqliteKeepsVotesInOneFileAcrossReopening() async throws {
        let path = SampleSite.sqlitePath()
        let store = try await FeedbackStores.open(path)
        _ = try await store.record(Self.vote("persisted-1", article: "a", helpful: true))
        try await store.close()
        let reopened = try await FeedbackStores.open(path)
        #expect(try await reopened.vote(id: "persisted-1")?.helpful == true)
        try await reopened.close()
    }
}
