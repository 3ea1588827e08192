import Foundation
import GRDB
import Testing
@testable import FeedbackKit

/// Client addresses become keyed hashes whose key changes every UTC day.
struct ClientHasherTests {
    static let november30 = Date(timeIntervalSince1970: 1_795_996_800)  // 2026-11-30T00:00:00Z

    @Test func utcDaysAreNamedAsTheStoreKeysThem() {
        #expect(ClientHasher.day(Date(timeIntervalSince1970: 0)) == "1970-01-01")
        #expect(ClientHasher.day(Self.november30) == "2026-11-30")
        #expect(ClientHasher.day(Self.november30.addingTimeInterval(86_399)) == "2026-11-30")
        #expect(ClientHasher.day(Self.november30.addingTimeInterval(86_400)) == "2026-12-01")
        #expect(JSONLogHandler.timestamp(Self.november30.addingTimeInterval(3 * 3600 + 62)) == "2026-11-30T03:01:02Z")
    }

    @Test func theSameAddressHashesAlikeWithinADayAndDifferentlyTheNextDay() async throws {
        let path = SampleSite.sqlitePath()
        let store = try await FeedbackStores.open(path)
        let hasher = ClientHasher(store: store)
        let morning = try await hasher.hash("203.0.113.7", now: Self.november30.addingTimeInterval(3600))
        #expect(morning.count == 32 && morning.allSatisfy(\.isHexDigit))
        #expect(try await hasher.hash("203.0.113.7", now: Self.november30.addingTimeInterval(80_000)) == morning)
        #expect(try await hasher.hash("203.0.113.8", now: Self.november30.addingTimeInterval(3600)) != morning)
        // Another collector on the same database computes the same hash: the key is shared.
        #expect(try await ClientHasher(store: store).hash("203.0.113.7", now: Self.november30) == morning)

        let nextDay = try await hasher.hash("203.0.113.7", now: Self.november30.addingTimeInterval(86_400 + 60))
        #expect(nextDay != morning)
        #expect(try await ClientHasher(store: store).hash("203.0.113.7", now: Self.november30.addingTimeInterval(90_000)) == nextDay)
        try await store.close()
        // Yesterday's key is gone, so yesterday's hashes can no longer be recomputed.
        let queue = try DatabaseQueue(path: path)
        #expect(try await queue.read { try String.fetchAll($0, sql: "SELECT day FROM client_keys") } == ["2026-12-01"])
    }
}
