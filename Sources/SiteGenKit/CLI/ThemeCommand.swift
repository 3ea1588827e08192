import ArgumentParser
import Foundation

/// `sitegen theme …`: work with the theme (the default one built in, or a site's `templates/`).
struct ThemeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Render, check or copy the theme's templates.",
        subcommands: [ThemeRenderCommand.self, ThemeCheckCommand.self, ThemeEjectCommand.self]
    )
}

/// `sitegen theme render FILE.mustache --data DATA.json|.yml [--templates DIR]`: exactly the
/// rendered bytes of one template over plain data, with nothing added.
struct ThemeRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print one template rendered with JSON or YAML data (partials from --templates)."
    )

    @Argument(help: "The Mustache template.")
    var file: String

    @Option(help: "The data: a .json file, or YAML otherwise.")
    var data: String

    @Option(help: "Where {{> name}} and {{< name}} are found, as DIR/name.mustache.")
    var templates: String?

    func run() throws {
        let fileSystem = LocalFileSystem()
        guard let templateData = try? fileSystem.readFile(file), let text = String(validatingUTF8Data: templateData) else {
            throw ValidationError("cannot read \(file) as UTF-8 text")
        }
        let value: TemplateValue
        do {
            guard let bytes = try? fileSystem.readFile(data) else { throw TemplateDataError(message: "cannot read \(data)") }
            value = try DynamicTemplateRenderer.loadData(bytes, file: data)
        } catch {
            throw ValidationError("cannot read the data in \(data): \(error)")
        }
        let partials = templates.map { DynamicTemplateRenderer.sources(in: $0, fileSystem: fileSystem, displayPrefix: $0 + "/") } ?? [:]
        switch DynamicTemplateRenderer.render(template: text, displayPath: file, data: value, partials: partials) {
        case .success(let bytes):
            FileHandle.standardOutput.write(Data(bytes))
        case .failure(let failure):
            var report = DiagnosticReport()
            for error in failure.errors { report.add(error.diagnostic) }
            DiagnosticPrinter(summary: false).receive(report)
            throw ExitCode(1)
        }
    }
}
