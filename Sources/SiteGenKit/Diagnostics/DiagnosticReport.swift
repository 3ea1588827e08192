/// What a command reports: the diagnostics of every stage it ran, with the site's severities
/// applied and duplicates dropped. Stages collect into `Diagnostics`; the command adds those
/// here, and hands the report to a `DiagnosticConsumer` (the terminal printer, serve's overlay).
public struct DiagnosticReport: Sendable {
    public private(set) var items = Diagnostics()
    private var seen: Set<Diagnostic> = []
    /// The site's severities (`diagnostics:` in site.yml), applied to everything added from
    /// then on: the one place they take effect.
    public var policy = DiagnosticPolicy()

    public init() {}

    /// Adds `diagnostic`, with the severity the site's policy gives its code, unless the policy
    /// ignores it or an identical one was already reported.
    public mutating func add(_ diagnostic: Diagnostic) {
        guard let diagnostic = policy.apply(diagnostic) else { return }
        if seen.insert(diagnostic).inserted { items.append(diagnostic) }
    }

    /// Adds what a stage collected, in its order.
    public mutating func add(contentsOf diagnostics: Diagnostics) {
        diagnostics.forEach { add($0) }
    }

    public var errorCount: Int { items.filter { $0.severity == .error }.count }
    public var warningCount: Int { items.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { items.hasErrors }
    /// By file, then position: the order every consumer shows them in.
    public var sorted: [Diagnostic] { items.sorted() }

    /// "2 errors, 1 warning".
    public var summary: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(errorCount, "error")), \(plural(warningCount, "warning"))"
    }
}

/// Where a command's diagnostics leave the program: the terminal printer (text, GitHub
/// annotations, JSON) and `serve`'s terminal and browser overlay. No command prints a
/// diagnostic by itself.
protocol DiagnosticConsumer {
    func receive(_ report: DiagnosticReport)
}
