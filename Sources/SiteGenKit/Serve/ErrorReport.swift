import Foundation

/// The errors of a failed preview build as the browser overlay shows them: each with its
/// place, message and the source lines around it. Sent as JSON; the overlay inserts every
/// string as text, never as markup.
struct ErrorReport: Codable, Sendable, Equatable {
    struct Problem: Codable, Sendable, Equatable {
        var location: String
        var message: String
        /// The source lines around the error, numbered, the failing one marked.
        var excerpt: [Line]
    }

    struct Line: Codable, Sendable, Equatable {
        var number: Int
        var text: String
        var failing: Bool
    }

    var problems: [Problem]

    /// - Parameter root: the site folder the diagnostics' paths are relative to.
    init(_ report: DiagnosticReport, root: String, fileSystem: FileSystem) {
        problems = report.sorted.filter { $0.severity == .error }.prefix(20).map { diagnostic in
            var location = diagnostic.file
            if let line = diagnostic.line { location += ":\(line):\(diagnostic.column ?? 1)" }
            let message = diagnostic.message + (diagnostic.code.isEmpty ? "" : " (\(diagnostic.code))")
            return Problem(location: location, message: message, excerpt: Self.excerpt(of: diagnostic, root: root, fileSystem: fileSystem))
        }
    }

    /// Two lines either side of the failing one.
    private static func excerpt(of diagnostic: Diagnostic, root: String, fileSystem: FileSystem) -> [Line] {
        guard let line = diagnostic.line, line > 0, !diagnostic.file.contains(".."),
              let data = try? fileSystem.readFile(root + "/" + diagnostic.file) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard line <= lines.count else { return [] }
        return (max(1, line - 2)...min(lines.count, line + 2)).map { number in
            Line(number: number, text: String(lines[number - 1].prefix(300)), failing: number == line)
        }
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{\"problems\":[]}"
    }
}

/// `serve`'s browser overlay as a `DiagnosticConsumer`: the report of a failed build becomes the
/// `ErrorReport` handed to `show`, which keeps it and sends it to every open page.
struct ErrorOverlay: DiagnosticConsumer {
    let root: String
    let fileSystem: FileSystem
    let show: (ErrorReport) -> Void

    func receive(_ report: DiagnosticReport) {
        show(ErrorReport(report, root: root, fileSystem: fileSystem))
    }
}
