import Foundation

/// Helpfulness per article × language for `sitegen translations --html`, read from
/// `sitegen-feedback report --format json`: sitegen itself links no database library, and the
/// same code serves SQLite and PostgreSQL stores. Running that program is the command line's
/// part (`CLI/FeedbackSummary+Report.swift`).
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
}
