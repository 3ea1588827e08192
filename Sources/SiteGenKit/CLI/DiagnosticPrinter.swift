import ArgumentParser
import Foundation

/// How diagnostics are printed.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// `path:line:col: severity: message`, one per line, then a summary.
    case text
    /// GitHub Actions workflow commands, so problems show up as annotations on the pull request.
    case github
    /// A JSON object with the list of diagnostics and the counts.
    case json
}

/// The terminal's `DiagnosticConsumer`: every command's diagnostics are printed by one of these.
struct DiagnosticPrinter: DiagnosticConsumer {
    var format: DiagnosticFormat = .text
    /// False where the command prints its own closing line (`build`) or none (`render`,
    /// `translations stamp`): text is then one diagnostic a line and nothing more.
    var summary = true
    /// Where the text goes: standard error by default (standard output for `check` and
    /// `theme check`, whose output is the report; serve's log).
    var write: @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }

    static let standardOutput: @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) }

    func receive(_ report: DiagnosticReport) {
        write(summary ? Self.render(report, format: format) : report.sorted.map { "\($0)\n" }.joined())
    }

    /// Formats `diagnostics` (sorted) with the summary line for text output.
    static func render(_ diagnostics: DiagnosticReport, format: DiagnosticFormat) -> String {
        let sorted = diagnostics.sorted
        switch format {
        case .text:
            return sorted.map { "\($0)\n" }.joined() + "\(diagnostics.summary)\n"
        case .github:
            return sorted.map { diagnostic in
                var properties = ["file=\(escapeProperty(diagnostic.file))"]
                if let line = diagnostic.line { properties.append("line=\(line)") }
                if let column = diagnostic.column { properties.append("col=\(column)") }
                properties.append("title=\(escapeProperty(diagnostic.code))")
                return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(diagnostic.message))\n"
            }.joined() + "\(diagnostics.summary)\n"
        case .json:
            struct Output: Encodable {
                struct Item: Encodable { var file: String; var line: Int?; var column: Int?; var severity: String; var code: String; var message: String }
                var diagnostics: [Item]
                var errors: Int
                var warnings: Int
            }
            let output = Output(diagnostics: sorted.map { .init(file: $0.file, line: $0.line, column: $0.column, severity: $0.severity.rawValue, code: $0.code, message: $0.message) },
                                errors: diagnostics.errorCount, warnings: diagnostics.warningCount)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return ((try? encoder.encode(output)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
        }
    }

    private static func escapeData(_ text: String) -> String {
        TerminalText.escaped(text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A"))
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
