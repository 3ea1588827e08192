import ArgumentParser
import Foundation

/// `sitegen-feedback`: the collector, its report and a load client.
public struct FeedbackCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sitegen-feedback",
        abstract: "Collect \"Was this article helpful?\" votes and report on them by article and language.",
        subcommands: [ServeCommand.self, ReportCommand.self, LoadCommand.self]
    )

    public init() {}

    /// Parses `arguments` (without the program name), runs the subcommand, returns the exit status.
    public static func run(arguments: [String]) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch {
            let code = exitCode(for: error)
            if code != .success || !(error is ExitCode) {
                let message = fullMessage(for: error)
                if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            }
            return code.rawValue
        }
    }
}

struct SiteAndDatabase: ParsableArguments {
    @Option(help: "The site folder: content/site.yml and public/sitegen-manifest.json are read from it.")
    var site = "."

    @Option(help: "A SQLite file (created if missing) or a postgres://user:password@host/database URL.")
    var database: String
}

struct ToolError: Error, CustomStringConvertible {
    var description: String
}
