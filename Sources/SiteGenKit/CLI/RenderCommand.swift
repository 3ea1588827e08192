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
            throw ValidationError("cannot read \(file): \(error.localizedDescription)")
        }
        let output = MarkdownFileRenderer.render(data, file: file, unsafe: unsafe)
        FileHandle.standardOutput.write(Data(output.html.utf8))
        for diagnostic in output.diagnostics.sorted() {
            FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
        }
        if output.diagnostics.contains(where: { $0.severity == .error }) {
            throw ExitCode(1)
        }
    }
}
