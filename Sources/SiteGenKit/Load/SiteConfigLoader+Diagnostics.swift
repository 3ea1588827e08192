extension SiteConfigLoader {
    /// `diagnostics:` — a map of diagnostic code to `error`, `warning` or `ignore`. A code
    /// sitegen never reports is most likely a typo, so it is warned about rather than dropped.
    static func readDiagnosticPolicy(_ value: YAMLValue?, diagnostics: inout Diagnostics) -> DiagnosticPolicy {
        guard let value else { return DiagnosticPolicy() }
        guard let pairs = value.pairs else {
            diagnostics.append(value.error(code: "config.type", "diagnostics must map diagnostic codes to error, warning or ignore, e.g. 'link.broken: warning'"))
            return DiagnosticPolicy()
        }
        var policy = DiagnosticPolicy()
        for pair in pairs {
            guard DiagnosticCodes.known.contains(pair.key) else {
                diagnostics.append(pair.keyValue.warning(code: "config.unknown-code", "diagnostics: '\(pair.key)' is not a diagnostic code sitegen reports (see the README's list)"))
                continue
            }
            guard let text = pair.value.scalar, let setting = DiagnosticPolicy.Setting(rawValue: text) else {
                diagnostics.append(pair.value.error(code: "config.invalid-value", "diagnostics: '\(pair.key)' must be error, warning or ignore, not '\(pair.value.scalar ?? pair.value.kindName)'"))
                continue
            }
            policy.settings[pair.key] = setting
        }
        return policy
    }

    /// `params:` — the custom front-matter keys the site uses, as a list (`[tags, difficulty]`)
    /// or a mapping of key to a description.
    static func readDeclaredParams(_ value: YAMLValue?, diagnostics: inout Diagnostics) -> Set<String>? {
        guard let value else { return nil }
        if let pairs = value.pairs { return Set(pairs.map(\.key)) }
        if let items = value.items { return Set(items.compactMap { $0.string(diagnostics: &diagnostics, what: "each entry of params") }) }
        diagnostics.append(value.error(code: "config.type", "params must list the custom front-matter keys the site uses, e.g. '[tags, difficulty]'"))
        return nil
    }
}
