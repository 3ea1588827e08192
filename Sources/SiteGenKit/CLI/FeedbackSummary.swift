import Foundation

/// Helpfulness per article × language for `sitegen translations --html`, read from
/// `sitegen-feedback report --format json`: sitegen itself links no database library, and the
/// same code serves SQLite and PostgreSQL stores.
struct FeedbackSummary: Sendable {
    struct Cell: Sendable, Equatable {
        var yes: Int
        var no: Int
        /// nil when there were too few votes to tell.
        var helpfulness: Double?

        var text: String {
            guard let helpfulness else { return "\(yes + no) vote\(yes + no == 1 ? "" : "s"): too few" }
            return "\(Int((helpfulness * 100).rounded())) % helpful (\(yes + no))"
        }
    }

    var cells: [String: Cell] = [:]

    func cell(article: String, language: String) -> Cell? { cells[article + "\u{0}" + language] }

    init(json: Data) throws {
        struct Report: Decodable {
            struct Row: Decodable {
                var article: String
                var language: String
                var yes: Int
                var no: Int
                var helpfulness: Double?
            }
            var articles: [Row]
        }
        for row in try JSONDecoder().decode(Report.self, from: json).articles {
            cells[row.article + "\u{0}" + row.language] = Cell(yes: row.yes, no: row.no, helpfulness: row.helpfulness)
        }
    }

    /// Runs `sitegen-feedback report --format json`: the one next to this executable, else the
    /// one built in this checkout's `Feedback/` package, else the one on PATH.
    static func load(database: String, siteRoot: String) async throws -> FeedbackSummary {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [folder.appendingPathComponent("sitegen-feedback").path]
            + ["release", "debug"].map { "Feedback/.build/\($0)/sitegen-feedback" }
        let arguments = ["report", "--format", "json", "--site", siteRoot, "--database", database]
        let outcome: ExternalProgram.Outcome
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            outcome = try await ExternalProgram.run(found, arguments)
        } else {
            outcome = try await ExternalProgram.run("/usr/bin/env", ["sitegen-feedback"] + arguments)
        }
        guard outcome.status == 0 else {
            throw FeedbackError(description: "sitegen-feedback report failed (exit \(outcome.status)); build it with `swift build --package-path Feedback`")
        }
        return try FeedbackSummary(json: outcome.output)
    }

    struct FeedbackError: Error, CustomStringConvertible {
        var description: String
    }
}
