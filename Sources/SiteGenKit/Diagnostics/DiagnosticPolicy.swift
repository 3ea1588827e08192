/// The severities a site sets for diagnostic codes in `site.yml`:
///
/// ```yaml
/// diagnostics:
///   link.broken: warning
///   markdown.raw-html: ignore
/// ```
///
/// Applied in one place, `DiagnosticReport.add`, so `build`, `check` and `translations` agree.
public struct DiagnosticPolicy: Sendable, Hashable {
    public enum Setting: String, Sendable, Hashable, CaseIterable {
        case error, warning, ignore
    }

    /// Code → setting; codes not listed keep the severity they were reported with.
    public var settings: [String: Setting] = [:]

    public init(settings: [String: Setting] = [:]) {
        self.settings = settings
    }

    /// `diagnostic` with the site's severity, or nil when the site ignores its code.
    public func apply(_ diagnostic: Diagnostic) -> Diagnostic? {
        guard let setting = settings[diagnostic.code] else { return diagnostic }
        var result = diagnostic
        switch setting {
        case .ignore: return nil
        case .error: result.severity = .error
        case .warning: result.severity = .warning
        }
        return result
    }

    /// "code=setting" entries, sorted, for the build cache.
    var encodedEntries: [String] { settings.map { "\($0.key)=\($0.value.rawValue)" }.sorted() }

    init?(encodedEntries: [String]) {
        for entry in encodedEntries {
            guard let equals = entry.lastIndex(of: "="), let setting = Setting(rawValue: String(entry[entry.index(after: equals)...])) else { return nil }
            settings[String(entry[..<equals])] = setting
        }
    }
}
