import Foundation

/// Reads and checks `content/site.yml`.
enum SiteConfigLoader {
    static let knownKeys: Set<String> = ["title", "baseURL", "defaultLanguage", "languages", "products", "tiers", "feedback", "support", "unsafe", "fallback", "diagnostics", "params", "brand"]

    /// The configuration, or nil when it has errors (appended to `diagnostics`).
    static func load(fileSystem: FileSystem, path: String, displayPath: String, diagnostics: inout Diagnostics) -> SiteConfig? {
        guard let data = try? fileSystem.readFile(path) else {
            diagnostics.append(.error(displayPath, code: "config.missing", "missing site configuration (expected \(displayPath))"))
            return nil
        }
        guard let text = String(validatingUTF8Data: data) else {
            diagnostics.append(.error(displayPath, code: "file.not-utf8", "file is not valid UTF-8"))
            return nil
        }
        switch YAMLValue.parse(text, file: displayPath, lineOffset: 0, typeCode: "config.type") {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(nil):
            diagnostics.append(.error(displayPath, code: "config.missing", "site.yml is empty"))
            return nil
        case .success(let root?):
            var own = Diagnostics()
            var config = read(root, diagnostics: &own)
            config?.revision = stableHash(data)
            diagnostics.append(contentsOf: own)
            return own.hasErrors ? nil : config
        }
    }

    private static func read(_ root: YAMLValue, diagnostics: inout Diagnostics) -> SiteConfig? {
        guard let pairs = root.pairs else {
            diagnostics.append(root.error(code: "config.type", "site.yml must be a mapping of settings"))
            return nil
        }
        for pair in pairs where !knownKeys.contains(pair.key) {
            diagnostics.append(pair.keyValue.warning(code: "config.unknown-key", "unknown setting '\(TerminalText.escaped(pair.key, invisibles: true))' (ignored)"))
        }
        let languages = readLanguages(root["languages"], root, diagnostics: &diagnostics)
        let codes = Set(languages.map(\.code))
        var defaultLanguage = languages.first?.code ?? "en"
        if let value = root["defaultLanguage"], let code = value.string(diagnostics: &diagnostics, what: "defaultLanguage") {
            if codes.contains(code) { defaultLanguage = code } else {
                diagnostics.append(value.error(code: "config.invalid-value", "defaultLanguage '\(code)' is not one of the languages (\(languages.map(\.code).joined(separator: ", ")))"))
            }
        }
        var titles: [String: String] = [:]
        if let title = root["title"] {
            if let text = title.scalar { titles[defaultLanguage] = text } else {
                titles = names(title, what: "title", languages: codes, diagnostics: &diagnostics)
            }
        }
        var baseURL = root["baseURL"]?.string(diagnostics: &diagnostics, what: "baseURL") ?? "/"
        if let value = root["baseURL"], !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://") || baseURL.hasPrefix("/")) || baseURL.hasPrefix("//") || baseURL.hasPrefix("/\\") {
            // `//host/` and `/\host/` are read by browsers as another host, not a path.
            diagnostics.append(value.error(code: "config.invalid-value", "baseURL must be an absolute http(s) URL or a path starting with a single '/'"))
        } else if let value = root["baseURL"], baseURL.unicodeScalars.contains(where: { $0.properties.isWhitespace || TerminalText.hasControlCharacter(String($0)) }) {
            diagnostics.append(value.error(code: "config.invalid-value", "baseURL '\(TerminalText.escaped(baseURL))' contains spaces or control characters; write them percent-encoded (%20)"))
        }
        if !baseURL.hasSuffix("/") { baseURL += "/" }
        var endpoint: String?
        if let feedback = root["feedback"] {
            endpoint = feedback["endpoint"]?.string(diagnostics: &diagnostics, what: "feedback.endpoint")
            if let text = endpoint, let value = feedback["endpoint"], !isWebURL(text) {
                // The form posts to this URL: any other scheme (javascript:, data:) would run.
                diagnostics.append(value.error(code: "config.invalid-value", "feedback.endpoint '\(TerminalText.escaped(text))' must be an https:// or http:// URL"))
                endpoint = nil
            }
        }
        let support = readSupportURL(root["support"], diagnostics: &diagnostics)
        var fallback = SiteConfig.Fallback.source
        if let value = root["fallback"], let text = value.string(diagnostics: &diagnostics, what: "fallback") {
            if let parsed = SiteConfig.Fallback(rawValue: text) { fallback = parsed } else {
                diagnostics.append(value.error(code: "config.invalid-value", "fallback must be 'source' or 'none', not '\(text)'"))
            }
        }
        var config = SiteConfig(
            titles: titles, baseURL: baseURL, defaultLanguage: defaultLanguage, languages: languages,
            products: entities(root["products"], what: "products", languages: codes, diagnostics: &diagnostics),
            tiers: entities(root["tiers"], what: "tiers", languages: codes, diagnostics: &diagnostics),
            feedbackEndpoint: endpoint,
            supportURL: support,
            unsafe: root["unsafe"]?.bool(diagnostics: &diagnostics, what: "unsafe") ?? false,
            fallback: fallback
        )
        config.diagnostics = readDiagnosticPolicy(root["diagnostics"], diagnostics: &diagnostics)
        config.declaredParams = readDeclaredParams(root["params"], diagnostics: &diagnostics)
        config.brand = readBrand(root["brand"], languages: codes, diagnostics: &diagnostics)
        return config
    }

    /// `support: {url: …}`: a link written into every article, so only http(s) and mailto.
    private static func readSupportURL(_ value: YAMLValue?, diagnostics: inout Diagnostics) -> String? {
        guard let value, let urlValue = value["url"], let url = urlValue.string(diagnostics: &diagnostics, what: "support.url") else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") else {
            diagnostics.append(urlValue.error(code: "config.support-url-scheme", "support.url must start with https://, http:// or mailto:"))
            return nil
        }
        return url
    }

    /// `https://host…` or `http://host…`, without spaces or control characters.
    static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard let rest = ["https://", "http://"].first(where: lower.hasPrefix).map({ lower.dropFirst($0.count) }),
              let host = rest.first, host != "/" else { return false }
        return !text.unicodeScalars.contains { $0.properties.isWhitespace || TerminalText.hasControlCharacter(String($0)) }
    }

    private static func readLanguages(_ value: YAMLValue?, _ root: YAMLValue, diagnostics: inout Diagnostics) -> [SiteConfig.Language] {
        guard let value, let items = value.items, !items.isEmpty else {
            diagnostics.append((value ?? root).error(code: "config.type", "languages must be a non-empty list of {code, name}"))
            return []
        }
        var result: [SiteConfig.Language] = []
        for item in items {
            guard let code = item["code"]?.string(diagnostics: &diagnostics, what: "language code") else {
                diagnostics.append(item.error(code: "config.invalid-value", "each language needs a code"))
                continue
            }
            guard LanguageTag.isValid(code) else {
                diagnostics.append(item.error(code: "config.invalid-value", "language code '\(TerminalText.escaped(code))' is not a BCP 47 tag such as 'en' or 'pt-BR'"))
                continue
            }
            if result.contains(where: { $0.code == code }) {
                diagnostics.append(item.error(code: "config.duplicate", "language '\(code)' is listed twice"))
                continue
            }
            let direction = item["direction"]?.string(diagnostics: &diagnostics, what: "direction") ?? "ltr"
            if direction != "ltr" && direction != "rtl" {
                diagnostics.append((item["direction"] ?? item).error(code: "config.invalid-value", "direction must be 'ltr' or 'rtl', not '\(direction)'"))
            }
            let name = item["name"]?.string(diagnostics: &diagnostics, what: "language name") ?? code
            result.append(.init(code: code, name: name, rightToLeft: direction == "rtl"))
        }
        return result
    }

    private static func entities(_ value: YAMLValue?, what: String, languages: Set<String>, diagnostics: inout Diagnostics) -> [SiteConfig.Entity] {
        guard let value else { return [] }
        guard let items = value.items else {
            diagnostics.append(value.error(code: "config.type", "\(what) must be a list of {id, name}"))
            return []
        }
        var result: [SiteConfig.Entity] = []
        for item in items {
            guard let idValue = item["id"], let id = idValue.string(diagnostics: &diagnostics, what: "id") else {
                diagnostics.append(item.error(code: "config.invalid-value", "each entry of \(what) needs an id"))
                continue
            }
            if result.contains(where: { $0.id == id }) {
                diagnostics.append(idValue.error(code: "config.duplicate", "duplicate id '\(id)' in \(what)"))
            }
            var entityNames: [String: String] = [:]
            if let name = item["name"] {
                if let single = name.scalar {
                    entityNames = Dictionary(uniqueKeysWithValues: languages.map { ($0, single) })
                } else {
                    entityNames = names(name, what: "name of '\(id)'", languages: languages, diagnostics: &diagnostics)
                }
            }
            result.append(.init(id: id, names: entityNames))
        }
        return result
    }

    /// A `{en: …, fr: …}` mapping of names per language.
    static func names(_ value: YAMLValue, what: String, languages: Set<String>, diagnostics: inout Diagnostics) -> [String: String] {
        guard let pairs = value.pairs else {
            diagnostics.append(value.error(code: "config.type", "\(what) must be a string or a mapping of language code to text"))
            return [:]
        }
        var result: [String: String] = [:]
        for pair in pairs {
            if !languages.contains(pair.key) {
                diagnostics.append(pair.keyValue.warning(code: "config.unknown-language", "\(what): '\(pair.key)' is not one of the site's languages"))
            }
            if let text = pair.value.string(diagnostics: &diagnostics, what: "\(what) in '\(pair.key)'") { result[pair.key] = text }
        }
        return result
    }
}
