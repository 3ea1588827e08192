import Foundation
import Logging
import PostgresNIO

/// Votes in PostgreSQL, for several collectors behind a load balancer: the same schema and SQL as
/// SQLite. `postgres://user:password@host:port/database?sslmode=disable|prefer|require`.
public final class PostgresFeedbackStore: FeedbackStore {
    private let client: PostgresClient
    private let runner: Task<Void, Never>

    public struct URLError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(url: String) throws {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            throw URLError(description: "not a postgres://user@host/database URL")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let sslMode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        let tls: PostgresClient.Configuration.TLS
        switch sslMode {
        case "disable": tls = .disable
        case "prefer": tls = .prefer(.makeClientConfiguration())
        case "require": tls = .require(.makeClientConfiguration())
        default: throw URLError(description: "sslmode must be disable, prefer or require")
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432,
            username: components.user?.removingPercentEncoding ?? "postgres",
            password: components.password?.removingPercentEncoding,
            database: database.isEmpty ? nil : database, tls: tls
        )
        configuration.options.maximumConnections = 16
        client = PostgresClient(configuration: configuration)
        let client = client
        runner = Task { await client.run() }
    }

    public func migrate() async throws {
        try await client.withTransaction(logger: Self.logger) { connection in
            // Several collectors may start at once: one migrates, the others wait for it.
            try await connection.query("SELECT pg_advisory_xact_lock(160016)", logger: Self.logger)
            try await connection.query(PostgresQuery(unsafeSQL: Schema.migrationsTable), logger: Self.logger)
            var applied = Set<Int>()
            for try await version in try await connection.query("SELECT CAST(version AS BIGINT) FROM sitegen_migrations", logger: Self.logger).decode(Int64.self) {
                applied.insert(Int(version))
            }
            for migration in Schema.migrations where !applied.contains(migration.version) {
                for statement in migration.statements(.postgres) {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: Self.logger)
                }
                let version = migration.version, now = Int64(Date().timeIntervalSince1970)
                try await connection.query("INSERT INTO sitegen_migrations (version, applied_at) VALUES (\(version), \(now))", logger: Self.logger)
            }
        }
    }

    public func record(_ vote: Vote) async throws -> Bool {
        var binds = PostgresBindings(capacity: 11)
        binds.append(vote.id)
        binds.append(vote.article)
        binds.append(vote.language)
        binds.append(vote.revision)
        binds.append(vote.sourceRevision)
        binds.append(Int32(vote.helpful ? 1 : 0))
        binds.append(Reason.encode(vote.reasons))
        binds.append(vote.comment)
        binds.append(vote.clientHash)
        binds.append(vote.time)
        binds.append(vote.time)
        let rows = try await client.query(PostgresQuery(unsafeSQL: Schema.upsertVote(.postgres), binds: binds))
        var written = false
        for try await _ in rows { written = true }
        return written
    }

    public func record(_ search: ZeroResultSearch) async throws {
        var binds = PostgresBindings(capacity: 4)
        binds.append(search.query)
        binds.append(search.language)
        binds.append(search.clientHash)
        binds.append(search.time)
        try await drain(client.query(PostgresQuery(unsafeSQL: Schema.insertSearch(.postgres), binds: binds)))
    }

    public func clientKey(day: String, candidate: String) async throws -> String {
        try await client.withTransaction(logger: Self.logger) { connection in
            try await connection.query(PostgresQuery(unsafeSQL: Schema.deleteOldKeys(.postgres), binds: Self.binds(day)), logger: Self.logger)
            try await connection.query(PostgresQuery(unsafeSQL: Schema.insertKey(.postgres), binds: Self.binds(day, candidate)), logger: Self.logger)
            var secret = candidate
            for try await value in try await connection.query(PostgresQuery(unsafeSQL: Schema.selectKey(.postgres), binds: Self.binds(day)), logger: Self.logger).decode(String.self) {
                secret = value
            }
            return secret
        }
    }

    public func snapshot() async throws -> FeedbackSnapshot {
        var snapshot = FeedbackSnapshot()
        for try await (article, language, source, yes, no, first, last) in try await client.query(PostgresQuery(unsafeSQL: Schema.tallies))
            .decode((String, String, String, Int64, Int64, Int64, Int64).self) {
            snapshot.tallies.append(.init(article: article, language: language, sourceRevision: source, yes: Int(yes), no: Int(no), first: first, last: last))
        }
        for try await (article, language, helpful, reasons, comment, time) in try await client.query(PostgresQuery(unsafeSQL: Schema.remarks))
            .decode((String, String, Int64, String, String, Int64).self) {
            snapshot.remarks.append(.init(article: article, language: language, helpful: helpful == 1, reasons: Reason.decode(reasons), comment: comment, time: time))
        }
        for try await (language, query, count) in try await client.query(PostgresQuery(unsafeSQL: Schema.searches)).decode((String, String, Int64).self) {
            snapshot.searches.append(.init(language: language, query: query, count: Int(count)))
        }
        return snapshot
    }

    public func vote(id: String) async throws -> Vote? {
        let rows = try await client.query(PostgresQuery(unsafeSQL: Schema.selectVote(.postgres), binds: Self.binds(id)))
        for try await (id, article, language, revision, source, helpful, reasons, comment, hash, time) in rows
            .decode((String, String, String, String, String, Int64, String, String, String, Int64).self) {
            return Vote(id: id, article: article, language: language, revision: revision, sourceRevision: source, helpful: helpful == 1,
                        reasons: Reason.decode(reasons), comment: comment, clientHash: hash, time: time)
        }
        return nil
    }

    public func voteCount() async throws -> Int {
        for try await count in try await client.query(PostgresQuery(unsafeSQL: Schema.countVotes)).decode(Int64.self) { return Int(count) }
        return 0
    }

    public func ping() async throws {
        try await drain(client.query("SELECT 1"))
    }

    public func close() async throws {
        runner.cancel()
        _ = await runner.value
    }

    private func drain(_ rows: PostgresRowSequence) async throws {
        for try await _ in rows {}
    }

    private static func binds(_ values: String...) -> PostgresBindings {
        var binds = PostgresBindings(capacity: values.count)
        for value in values { binds.append(value) }
        return binds
    }

    private static let logger = Logger(label: "sitegen-feedback.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
}
