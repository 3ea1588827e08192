import ArgumentParser
import Foundation

/// `sitegen render FILE.md`: the HTML body of one Markdown file, as `cmark FILE` would print it,
/// with sitegen's extensions. Outside a site, links stay as written.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the HTML body of one Markdown file (front matter is skipped)."
    )

    @Argument(help: "The Markdown file to render ('-' reads standard input).")
    var file: String

    @Flag(help: "Keep raw HTML and unsafe links, as cmark --unsafe does.")
    var unsafe = false

    func run() throws {
        let fileSystem = LocalFileSystem()
        let data: Data
        do {
            data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try fileSystem.readFile(file)
        } catch {
            // A usage error (64) is for wrong arguments; a file that cannot be read is a failure.
            let reason = fileSystem.isDirectory(file) ? "it is a folder; give a Markdown file"
                : (error as? FileSystemError).map { "\($0.reason.lowercased()); \($0.advice)" } ?? "\(error)"
            var report = DiagnosticReport()
            report.add(.error(file, code: "render.unreadable", "cannot read: \(reason)"))
            DiagnosticPrinter(summary: false).receive(report)
            throw ExitCode(1)
        }
        let output = MarkdownFileRenderer.render(data, file: file, unsafe: unsafe)
        FileHandle.standardOutput.write(Data(output.html.utf8))
        var report = DiagnosticReport()
        report.add(contentsOf: output.diagnostics)
        DiagnosticPrinter(summary: false).receive(report)
        if report.hasErrors { throw ExitCode(1) }
    }
}
