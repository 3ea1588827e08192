/// A problem found in a user's files, reported as `path:line:col: severity: message (code)`.
/// The pipeline collects these in `Diagnostics` values instead of stopping at the first one;
/// only a failure that stops a build (the build lock, an unusable cache) is thrown as one.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    /// Path relative to the site root (e.g. `content/en/billing/refunds.md`).
    public var file: String
    /// 1-based; `nil` when the problem concerns a whole file.
    public var line: Int?
    public var column: Int?
    public var message: String
    /// A stable identifier of the kind of problem (`link.broken`, `area.kind`), printed after the
    /// message and used by `site.yml`'s `diagnostics:` map to change its severity. Every code is
    /// listed in `DiagnosticCodes.all` and in the README.
    public var code: String

    public init(_ severity: Severity, _ file: String, line: Int? = nil, column: Int? = nil, code: String, _ message: String) {
        self.severity = severity
        self.code = code
        self.file = file
        self.line = line.flatMap { $0 > 0 ? $0 : nil }
        self.column = self.line == nil ? nil : column.flatMap { $0 > 0 ? $0 : nil }
        self.message = message
    }

    public static func error(_ file: String, line: Int? = nil, column: Int? = nil, code: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, file, line: line, column: column, code: code, message)
    }

    public static func warning(_ file: String, line: Int? = nil, column: Int? = nil, code: String, _ message: String) -> Diagnostic {
        Diagnostic(.warning, file, line: line, column: column, code: code, message)
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        // Paths and messages quote users' files: control bytes are shown, never sent to the terminal.
        return TerminalText.escaped("\(location): \(severity.rawValue): \(message) (\(code))")
    }

    /// Sorted by file, then position, so reports are stable from run to run.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0, lhs.message) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0, rhs.message)
    }
}
