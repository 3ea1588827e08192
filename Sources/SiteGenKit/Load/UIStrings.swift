import Foundation

/// The words of the theme in one language, from `templates/i18n/<lang>.yml`, with the default
/// language filling any gap.
public struct UIStrings: Sendable {
    public var language: String
    public var values: [String: String]

    public subscript(key: String) -> String { values[key] ?? key }

    /// Replaces `{name}` placeholders: `format("fallback_notice", ["language": "Deutsch"])`.
    /// One pass over the text: a value is never searched for placeholders itself, and an
    /// unknown `{name}` stays as written. (The availability matrix formats a label per cell
    /// of every page; the generic `replacing` was a twentieth of a full build.)
    public func format(_ key: String, _ arguments: [String: String]) -> String {
        let template = self[key]
        guard UTF8Scan.contains(template, byte: UInt8(ascii: "{")) else { return template }
        let bytes = Array(template.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "}")),
               let value = arguments[String(decoding: bytes[(index + 1)..<close], as: UTF8.self)] {
                out.append(contentsOf: value.utf8)
                index = close + 1
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Loads every language's UI strings and reports, once per key and language, what is missing.
enum UIStringsLoader {
    static func load(theme: ThemeFiles, config: SiteConfig, diagnostics: inout Diagnostics) -> [String: UIStrings] {
        var raw: [String: [String: String]] = [:]
        for language in config.languages {
            let display = "templates/i18n/\(language.code).yml"
            guard let data = theme.data("i18n/\(language.code).yml") else {
                diagnostics.append(language.code == config.defaultLanguage
                    ? .error(display, code: "i18n.missing-file", "missing UI strings for the default language")
                    : .warning(display, code: "i18n.missing-file", "missing UI strings for '\(language.code)'; the \(config.defaultLanguage) strings are used"))
                raw[language.code] = [:]
                continue
            }
            guard let text = String(validatingUTF8Data: data) else {
                diagnostics.append(.error(display, code: "file.not-utf8", "file is not valid UTF-8"))
                continue
            }
            switch YAMLValue.parse(text, file: display, lineOffset: 0, typeCode: "i18n.type") {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(nil): raw[language.code] = [:]
            case .success(let root?):
                var flat: [String: String] = [:]
                flatten(root, prefix: "", into: &flat, diagnostics: &diagnostics)
                raw[language.code] = flat
            }
        }
        let defaults = raw[config.defaultLanguage] ?? [:]
        var result: [String: UIStrings] = [:]
        for language in config.languages {
            var values = raw[language.code] ?? [:]
            let missing = defaults.keys.filter { values[$0] == nil }.sorted()
            if language.code != config.defaultLanguage, raw[language.code]?.isEmpty == false {
                for key in missing {
                    diagnostics.append(.warning("templates/i18n/\(language.code).yml", code: "i18n.missing-string", "missing UI string '\(key)'; using the \(config.defaultLanguage) text"))
                }
            }
            for key in missing { values[key] = defaults[key] }
            result[language.code] = UIStrings(language: language.code, values: values)
        }
        return result
    }

    /// Nested mappings become dotted keys (`feedback: {yes: …}` → `feedback.yes`).
    static func flatten(_ value: YAMLValue, prefix: String, into result: inout [String: String], diagnostics: inout Diagnostics) {
        if let pairs = value.pairs {
            for pair in pairs { flatten(pair.value, prefix: prefix.isEmpty ? pair.key : "\(prefix).\(pair.key)", into: &result, diagnostics: &diagnostics) }
        } else if let text = value.scalar {
            result[prefix] = text
        } else {
            diagnostics.append(value.error(code: "i18n.type", "UI string '\(prefix)' must be text"))
        }
    }
}
