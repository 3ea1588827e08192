import Foundation

/// Where votes and zero-result searches are kept: SQLite by default, PostgreSQL for several
/// collectors behind a load balancer. Both run the same schema (`Schema`) and the same SQL.
public protocol FeedbackStore: Sendable {
    /// Brings the schema up to date; safe to call from several collectors at once.
    func migrate() async throws
    /// Stores a new vote, or updates the vote with the same id (a comment or reasons after the
    /// vote). Returns false, changing nothing, when that id belongs to another page.
    func record(_ vote: Vote) async throws -> Bool
    func record(_ search: ZeroResultSearch) async throws
    /// The secret of one UTC day (`YYYY-MM-DD`) for hashing client addresses, created on first use;
    /// the secrets of earlier days are deleted, so yesterday's hashes can no longer be linked.
    func clientKey(day: String, candidate: String) async throws -> String
    func snapshot() async throws -> FeedbackSnapshot
    func vote(id: String) async throws -> Vote?
    func voteCount() async throws -> Int
    /// Fails when the database cannot be reached (the health endpoint).
    func ping() async throws
    func close() async throws
}

/// Everything the report needs, aggregated by the database.
public struct FeedbackSnapshot: Sendable, Equatable {
    public struct Tally: Sendable, Equatable {
        public var article: String
        public var language: String
        public var sourceRevision: String
        public var yes: Int
        public var no: Int
        /// Seconds since 1970 of the first and last vote in this group.
        public var first: Int64
        public var last: Int64
    }

    public struct Remark: Sendable, Equatable {
        public var article: String
        public var language: String
        public var helpful: Bool
        public var reasons: [Reason]
        public var comment: String
        public var time: Int64
    }

    public struct SearchCount: Sendable, Equatable {
        public var language: String
        public var query: String
        public var count: Int
    }

    public var tallies: [Tally] = []
    public var remarks: [Remark] = []
    public var searches: [SearchCount] = []

    public init(tallies: [Tally] = [], remarks: [Remark] = [], searches: [SearchCount] = []) {
        self.tallies = tallies
        self.remarks = remarks
        self.searches = searches
    }
}

public enum FeedbackStores {
    /// A `postgres://` or `postgresql://` URL opens PostgreSQL; anything else is a SQLite file path.
    public static func open(_ location: String) async throws -> any FeedbackStore {
        let store: any FeedbackStore
        if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
            store = try PostgresFeedbackStore(url: location)
        } else {
            store = try SQLiteFeedbackStore(path: location)
        }
        try await store.migrate()
        return store
    }
}
