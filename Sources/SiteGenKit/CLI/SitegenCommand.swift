import ArgumentParser
import Foundation

/// The `sitegen` command line, kept in the library so tests can run it.
public struct SitegenCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build a multilingual help centre from Markdown.",
        subcommands: [BuildCommand.self, CheckCommand.self, TranslationsCommand.self, RenderCommand.self, ThemeCommand.self, NewCommand.self, ServeCommand.self]
    )

    public init() {}

    /// Parses `arguments` (without the program name), runs the subcommand and returns the exit
    /// status; what `main` calls, and what tests call.
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
                if !message.isEmpty {
                    FileHandle.standardError.write(Data((message + "\n").utf8))
                }
            }
            return code.rawValue
        }
    }
}
