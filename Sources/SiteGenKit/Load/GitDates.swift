import Foundation

/// The date of the last commit of each file under `content/`, for articles without an
/// `updated:` key. One `git log` for the whole site, read once: asking per file would cost a
/// process per article. Dates are commit dates, so the output depends only on the commit built.
enum GitDates {
    /// Path below `content/` (`en/billing/refunds.md`) → date of its last commit; empty when
    /// `content/` is not in a git work tree or git is not installed.
    static func read(contentDirectory: String) async -> [String: SimpleDate] {
        guard let output = await run(["git", "-c", "core.quotePath=false", "-C", contentDirectory, "log",
                                "--format=%x01%cs", "--name-only", "--relative", "--no-renames", "--", "."]) else { return [:] }
        return parse(output)
    }

    /// Newest commits come first: the first date seen for a path is its last change.
    static func parse(_ output: String) -> [String: SimpleDate] {
        var dates: [String: SimpleDate] = [:]
        var current: SimpleDate?
        for line in output.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("\u{01}") {
                current = SimpleDate(String(line.dropFirst()))
            } else if let current, dates[String(line)] == nil {
                dates[String(line)] = current
            }
        }
        return dates
    }

    private static func run(_ arguments: [String]) async -> String? {
        guard let outcome = try? await ExternalProgram.run("/usr/bin/env", arguments, quiet: true), outcome.status == 0 else { return nil }
        return String(decoding: outcome.output, as: UTF8.self)
    }
}
