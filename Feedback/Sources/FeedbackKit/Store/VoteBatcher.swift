import Foundation
import GRDB

/// Group commit for SQLite: votes that arrive while a write transaction is running are written
/// together in the next one. One writer at a time is all SQLite allows, so under load this turns
/// thousands of small transactions into a few larger ones; each vote is still acknowledged only
/// after the transaction holding it has committed.
final class VoteBatcher: @unchecked Sendable {
    private typealias Waiting = (vote: Vote, continuation: CheckedContinuation<Bool, any Error>)

    private let pool: DatabasePool
    private let lock = NSLock()
    private var pending: [Waiting] = []
    private var flushing = false

    init(pool: DatabasePool) {
        self.pool = pool
    }

    func record(_ vote: Vote) async throws -> Bool {
        try await withCheckedThrowingContinuation { continuation in
            let start = lock.withLock { () -> Bool in
                pending.append((vote, continuation))
                guard !flushing else { return false }
                flushing = true
                return true
            }
            if start { Task { await self.flush() } }
        }
    }

    private func flush() async {
        while true {
            let batch = lock.withLock { () -> [Waiting] in
                let batch = pending
                pending = []
                if batch.isEmpty { flushing = false }
                return batch
            }
            if batch.isEmpty { return }
            let votes = batch.map(\.vote)
            do {
                let written = try await pool.write { db in try votes.map { try Self.upsert($0, db) } }
                for (waiting, result) in zip(batch, written) { waiting.continuation.resume(returning: result) }
            } catch {
                for waiting in batch { waiting.continuation.resume(throwing: error) }
            }
        }
    }

    /// The upsert is compiled once per connection (GRDB's statement cache), not once per vote.
    static func upsert(_ vote: Vote, _ db: Database) throws -> Bool {
        let statement = try db.cachedStatement(sql: upsertSQL)
        statement.setUncheckedArguments([
            vote.id, vote.article, vote.language, vote.revision, vote.sourceRevision, vote.helpful ? 1 : 0,
            Reason.encode(vote.reasons), vote.comment, vote.clientHash, vote.time, vote.time,
        ])
        return try String.fetchOne(statement) != nil
    }

    private static let upsertSQL = Schema.upsertVote(.sqlite)
}
