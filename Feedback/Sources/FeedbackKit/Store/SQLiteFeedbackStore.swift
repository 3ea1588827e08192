import Foundation
import GRDB

/// Votes in one SQLite file, in WAL mode: readers (the report) never block the collector, and a
/// vote acknowledged to the browser is in the WAL file, so it survives the collector being killed.
public final class SQLiteFeedbackStore: FeedbackStore {
    private let pool: DatabasePool
    private let batcher: VoteBatcher

    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // In WAL mode a commit has written the transaction's frames to the -wal file (write(2),
            // so they are in the kernel) before it returns; NORMAL only leaves out the fsync at
            // each commit (the WAL is synced at checkpoints). A collector killed with kill -9 or
            // crashing therefore loses no acknowledged vote (CrashRecoveryTests), and a torn
            // transaction is discarded by the WAL checksums on the next open; only an OS crash or
            // a power loss may drop the last commits.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        batcher = VoteBatcher(pool: pool)
    }

    public func migrate() async throws {
        try await pool.write { db in
            try db.execute(sql: Schema.migrationsTable)
            let applied = Set(try Int.fetchAll(db, sql: "SELECT version FROM sitegen_migrations"))
            for migration in Schema.migrations where !applied.contains(migration.version) {
                for statement in migration.statements(.sqlite) { try db.execute(sql: statement) }
                try db.execute(sql: "INSERT INTO sitegen_migrations (version, applied_at) VALUES (?, ?)",
                               arguments: [migration.version, Int64(Date().timeIntervalSince1970)])
            }
        }
    }

    public func record(_ vote: Vote) async throws -> Bool {
        try await batcher.record(vote)
    }

    public func record(_ search: ZeroResultSearch) async throws {
        try await pool.write { db in
            try db.execute(sql: Schema.insertSearch(.sqlite), arguments: [search.query, search.language, search.clientHash, search.time])
        }
    }

    public func clientKey(day: String, candidate: String) async throws -> String {
        try await pool.write { db in
            try db.execute(sql: Schema.deleteOldKeys(.sqlite), arguments: [day])
            try db.execute(sql: Schema.insertKey(.sqlite), arguments: [day, candidate])
            return try String.fetchOne(db, sql: Schema.selectKey(.sqlite), arguments: [day]) ?? candidate
        }
    }

    public func snapshot() async throws -> FeedbackSnapshot {
        try await pool.read { db in
            let tallies = try Row.fetchAll(db, sql: Schema.tallies).map { row in
                FeedbackSnapshot.Tally(article: row[0], language: row[1], sourceRevision: row[2], yes: row[3], no: row[4], first: row[5], last: row[6])
            }
            let remarks = try Row.fetchAll(db, sql: Schema.remarks).map { row in
                FeedbackSnapshot.Remark(article: row[0], language: row[1], helpful: (row[2] as Int64) == 1,
                                        reasons: Reason.decode(row[3]), comment: row[4], time: row[5])
            }
            let searches = try Row.fetchAll(db, sql: Schema.searches).map { row in
                FeedbackSnapshot.SearchCount(language: row[0], query: row[1], count: row[2])
            }
            return FeedbackSnapshot(tallies: tallies, remarks: remarks, searches: searches)
        }
    }

    public func vote(id: String) async throws -> Vote? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: Schema.selectVote(.sqlite), arguments: [id]).map { row in
                Vote(id: row[0], article: row[1], language: row[2], revision: row[3], sourceRevision: row[4],
                     helpful: (row[5] as Int64) == 1, reasons: Reason.decode(row[6]), comment: row[7], clientHash: row[8], time: row[9])
            }
        }
    }

    public func voteCount() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: Schema.countVotes) ?? 0 }
    }

    public func ping() async throws {
        _ = try await pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    public func close() async throws {
        try pool.close()
    }
}
