/// The one way diagnostics travel through the pipeline: every stage and helper appends what it
/// finds to a `Diagnostics` value, and a stage returns it next to its result.
///
/// - A helper takes `diagnostics: inout Diagnostics` and appends to it.
/// - A stage that runs in parts at once (documents loading, pages rendering) gives each part its
///   own `Diagnostics` and merges them with `init(merging:)` in input order, so the output does
///   not depend on which part finished first.
/// - A failure that stops a build is thrown as a `Diagnostic` and appended by whoever catches it.
///
/// A `Diagnostics` value holds what was found, as it was found: the site's severities
/// (`site.yml` `diagnostics:`) are applied once, when it is added to the `DiagnosticReport` a
/// command hands to its `DiagnosticConsumer`.
public struct Diagnostics: Sendable, Hashable, RandomAccessCollection, ExpressibleByArrayLiteral {
    /// In the order they were appended.
    public private(set) var items: [Diagnostic]

    /// An empty collector, for a stage or a part of one to fill.
    public init() { items = [] }

    public init(arrayLiteral elements: Diagnostic...) { items = elements }

    /// Diagnostics gathered one by one elsewhere (the failures of files written at once).
    public init(_ diagnostics: some Sequence<Diagnostic>) { items = Array(diagnostics) }

    /// The diagnostics of parts that ran at once, in the order of `parts` (the input order).
    public init(merging parts: some Sequence<Diagnostics>) {
        items = parts.flatMap(\.items)
    }

    /// Records one problem; its severity is the one it was found with until a report applies the site's.
    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    /// Takes in what a helper or a part collected, after what is already here.
    public mutating func append(contentsOf other: Diagnostics) {
        items.append(contentsOf: other.items)
    }

    /// The same diagnostics `lines` further down their files: for Markdown parsed on its own
    /// that sits below front matter or inside a fence.
    public func shifted(lines: Int) -> Diagnostics {
        Diagnostics(items.map { var diagnostic = $0; diagnostic.line = diagnostic.line.map { $0 + lines }; return diagnostic })
    }

    /// Whether any was found as an error (a stage may stop on it before the site's severities apply).
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    public var startIndex: Int { items.startIndex }
    public var endIndex: Int { items.endIndex }
    public subscript(position: Int) -> Diagnostic { items[position] }
}
