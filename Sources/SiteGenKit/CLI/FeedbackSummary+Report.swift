import Foundation

extension FeedbackSummary {
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
