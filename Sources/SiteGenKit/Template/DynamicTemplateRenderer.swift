import Foundation
import Yams

/// The dynamic mode: one template rendered against plain data (JSON or YAML), partials and
/// parents read from a folder. What `sitegen theme render` runs, for tools and tests.
enum DynamicTemplateRenderer {
    /// The rendered bytes, or the template errors (lambdas and dynamic names included).
    static func render(template text: String, displayPath: String, data: TemplateValue, partials: [String: TemplateLibrary.Source]) -> Result<[UInt8], TemplateErrors> {
        if data.containsLambda {
            return .failure(TemplateErrors(errors: [TemplateError(.lambda, displayPath, nil, "the data holds a lambda; sitegen renders data only")]))
        }
        let parsed: ParsedTemplate
        do {
            parsed = try TemplateParser.parse(text, name: "", displayPath: displayPath)
        } catch {
            return .failure(TemplateErrors(errors: [error]))
        }
        let library = TemplateLibrary(sources: partials)
        let (op, errors) = TemplateCompiler.compile(parsed, root: TemplateValue.self, library: library, strict: false)
        let failures = errors + library.parseErrors.values.sorted { $0.file < $1.file }
        guard failures.isEmpty else { return .failure(TemplateErrors(errors: failures)) }
        var state = RenderState(capacity: text.utf8.count * 2)
        state.with(data, op)
        if let failure = state.failure { return .failure(TemplateErrors(errors: [failure])) }
        return .success(state.bytes)
    }

    /// JSON when the file name ends in `.json`, YAML otherwise.
    static func loadData(_ bytes: Data, file: String) throws -> TemplateValue {
        if file.hasSuffix(".json") { return try TemplateValue.parse(json: bytes) }
        guard let text = String(validatingUTF8Data: bytes) else { throw TemplateDataError(message: "\(file) is not UTF-8") }
        guard let node = try Yams.compose(yaml: text) else { return .null }
        return TemplateValue(yaml: node)
    }

    /// Every `.mustache` file below `directory`, named by its path without the extension.
    static func sources(in directory: String, fileSystem: FileSystem, displayPrefix: String) -> [String: TemplateLibrary.Source] {
        var sources: [String: TemplateLibrary.Source] = [:]
        for file in (try? fileSystem.filesRecursively(in: directory)) ?? [] where file.hasSuffix(".mustache") {
            guard let data = try? fileSystem.readFile(directory + "/" + file), let text = String(validatingUTF8Data: data) else { continue }
            sources[String(file.dropLast(".mustache".count))] = TemplateLibrary.Source(text: text, displayPath: displayPrefix + file)
        }
        return sources
    }
}

/// Every error of one template.
struct TemplateErrors: Error {
    var errors: [TemplateError]
}

struct TemplateDataError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
