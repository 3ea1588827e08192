/// The one schema both stores use, as numbered migrations, and the SQL they share. The only
/// dialect differences are placeholders (`?` or `$1`) and the searches' generated key.
enum Schema {
    enum Dialect: Sendable { case sqlite, postgres }

    struct Migration: Sendable {
        var version: Int
        var statements: @Sendable (Dialect) -> [String]
    }

    static let migrationsTable = """
        CREATE TABLE IF NOT EXISTS sitegen_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)
        """

    static let migrations: [Migration] = [
        Migration(version: 1) { dialect in
            [
                """
                CREATE TABLE votes (
                    id TEXT PRIMARY KEY,
                    article TEXT NOT NULL,
                    language TEXT NOT NULL,
                    revision TEXT NOT NULL,
                    source_revision TEXT NOT NULL,
                    helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
                    reasons TEXT NOT NULL DEFAULT '',
                    comment TEXT NOT NULL DEFAULT '',
                    client_hash TEXT NOT NULL DEFAULT '',
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL
                )
                """,
                "CREATE INDEX votes_by_page ON votes (article, language, source_revision)",
                """
                CREATE TABLE searches (
                    id \(dialect == .sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY"),
                    query TEXT NOT NULL,
                    language TEXT NOT NULL,
                    client_hash TEXT NOT NULL DEFAULT '',
                    created_at BIGINT NOT NULL
                )
                """,
                "CREATE INDEX searches_by_language ON searches (language, query)",
                "CREATE TABLE client_keys (day TEXT PRIMARY KEY, secret TEXT NOT NULL)",
            ]
        },
    ]

    static var latestVersion: Int { migrations.map(\.version).max() ?? 0 }

    /// Placeholders for `count` parameters.
    static func placeholders(_ dialect: Dialect, _ count: Int) -> [String] {
        (1...count).map { dialect == .sqlite ? "?" : "$\($0)" }
    }

    /// Insert, or update the reasons, comment and answer of the vote with the same id when it is
    /// for the same page; returns the id only when a row was written.
    static func upsertVote(_ dialect: Dialect) -> String {
        let p = placeholders(dialect, 11)
        return """
            INSERT INTO votes (id, article, language, revision, source_revision, helpful, reasons, comment, client_hash, created_at, updated_at)
            VALUES (\(p.joined(separator: ", ")))
            ON CONFLICT (id) DO UPDATE SET
                helpful = excluded.helpful,
                reasons = CASE WHEN excluded.reasons <> '' THEN excluded.reasons ELSE votes.reasons END,
                comment = CASE WHEN excluded.comment <> '' THEN excluded.comment ELSE votes.comment END,
                updated_at = excluded.updated_at
            WHERE votes.article = excluded.article AND votes.language = excluded.language AND votes.revision = excluded.revision
            RETURNING id
            """
    }

    static func insertSearch(_ dialect: Dialect) -> String {
        let p = placeholders(dialect, 4)
        return "INSERT INTO searches (query, language, client_hash, created_at) VALUES (\(p.joined(separator: ", ")))"
    }

    static func insertKey(_ dialect: Dialect) -> String {
        let p = placeholders(dialect, 2)
        return "INSERT INTO client_keys (day, secret) VALUES (\(p[0]), \(p[1])) ON CONFLICT (day) DO NOTHING"
    }

    static func selectKey(_ dialect: Dialect) -> String { "SELECT secret FROM client_keys WHERE day = \(placeholders(dialect, 1)[0])" }
    static func deleteOldKeys(_ dialect: Dialect) -> String { "DELETE FROM client_keys WHERE day < \(placeholders(dialect, 1)[0])" }

    static func selectVote(_ dialect: Dialect) -> String {
        """
        SELECT id, article, language, revision, source_revision, CAST(helpful AS BIGINT), reasons, comment, client_hash, created_at
        FROM votes WHERE id = \(placeholders(dialect, 1)[0])
        """
    }

    static let countVotes = "SELECT COUNT(*) FROM votes"

    static let tallies = """
        SELECT article, language, source_revision,
               SUM(CASE WHEN helpful = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN helpful = 0 THEN 1 ELSE 0 END),
               MIN(created_at), MAX(created_at)
        FROM votes GROUP BY article, language, source_revision
        ORDER BY article, language, MIN(created_at), source_revision
        """

    static let remarks = """
        SELECT article, language, CAST(helpful AS BIGINT), reasons, comment, created_at
        FROM votes WHERE reasons <> '' OR comment <> ''
        ORDER BY article, language, created_at, id
        """

    static let searches = """
        SELECT language, query, COUNT(*) FROM searches
        GROUP BY language, query ORDER BY language, COUNT(*) DESC, query
        """
}
