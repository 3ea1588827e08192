import Foundation

// sitegen-bench: see Options.usage and the README's benchmark section.

// The relay mode must run before anything else so the relay stays as small as possible.
MeasureMode.runIfRequested(CommandLine.arguments)

let options: Options
do {
    options = try Options(Array(CommandLine.arguments.dropFirst()))
} catch let error as Options.UsageError {
    if !error.message.isEmpty { FileHandle.standardError.write(Data("sitegen-bench: \(error.message)\n".utf8)) }
    // Asked-for help goes to stdout; usage after a mistake goes to stderr with the error.
    if error.message.isEmpty { print(Options.usage) } else { FileHandle.standardError.write(Data((Options.usage + "\n").utf8)) }
    exit(error.message.isEmpty ? 0 : 2)
}

do {
    try await Benchmark(options: options).run()
} catch let failure as ToolFailure {
    FileHandle.standardError.write(Data("sitegen-bench: \(failure.tool) failed (exit \(failure.status)):\n\(failure.stderr)\n".utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("sitegen-bench: \(error)\n".utf8))
    exit(1)
}
