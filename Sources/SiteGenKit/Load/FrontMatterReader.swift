/// Turns front-matter YAML into a `FrontMatter`, reporting every problem with its position.
enum FrontMatterReader {
    static let knownKeys: Set<String> = ["title", "description", "updated", "order", "draft", "availability", "translation"]

    static func read(_ split: FrontMatterSplitter, kind: SourceDocument.Kind, file: String, config: SiteConfig, diagnostics: inout Diagnostics) -> FrontMatter {
        var matter = FrontMatter()
        if split.unterminated {
            diagnostics.append(.error(file, line: 1, column: 1, code: "frontmatter.unclosed", "front matter opened with '---' is never closed"))
            return matter
        }
        // No front matter is fine: the title can come from a '# heading', the date from git.
        guard let yaml = split.yaml else { return matter }
        let root: YAMLValue
        switch YAMLValue.parse(yaml, file: file, lineOffset: 1, typeCode: "frontmatter.type") {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return matter
        case .success(nil):
            return matter
        case .success(let value?):
            root = value
        }
        guard let pairs = root.pairs else {
            diagnostics.append(root.error(code: "frontmatter.type", "front matter must be a mapping of keys to values"))
            return matter
        }
        for (key, keyValue, value) in pairs {
            switch key {
            case "title": matter.title = value.string(diagnostics: &diagnostics, what: "title")
            case "description": matter.description = value.string(diagnostics: &diagnostics, what: "description")
            case "updated":
                guard let text = value.scalar, let date = SimpleDate(text) else {
                    diagnostics.append(value.error(code: "frontmatter.type", "updated must be a date written YYYY-MM-DD, not '\(value.scalar ?? value.kindName)'"))
                    continue
                }
                matter.updated = date
            case "order":
                matter.order = value.int(diagnostics: &diagnostics, what: "order")
                matter.inheritedKeyLines["order"] = keyValue.line
            case "draft": matter.draft = value.bool(diagnostics: &diagnostics, what: "draft") ?? false
            case "availability":
                matter.availability = readAvailability(value, config: config, diagnostics: &diagnostics)
                matter.inheritedKeyLines["availability"] = keyValue.line
            case "translation":
                matter.translationMethod = readTranslation(value, diagnostics: &diagnostics)
                matter.translationStamp = value["source"].flatMap { readStamp($0, diagnostics: &diagnostics) }
            default:
                // Kept for templates; when site.yml declares its keys, any other is likely a typo.
                if let declared = config.declaredParams, !declared.contains(key) {
                    let known = knownKeys.union(declared).sorted().joined(separator: ", ")
                    diagnostics.append(keyValue.warning(code: "frontmatter.unknown-key", "unknown front-matter key '\(TerminalText.escaped(key, invisibles: true))' (built in or declared in site.yml's params: \(known))"))
                }
                if let param = ParamValue(value) { matter.params[key] = param }
            }
        }
        return matter
    }

    private static func readAvailability(_ value: YAMLValue, config: SiteConfig, diagnostics: inout Diagnostics) -> Availability? {
        guard let pairs = value.pairs else {
            diagnostics.append(value.error(code: "frontmatter.type", "availability must map product ids to lists of tier ids, e.g. 'mail: [starter, pro]'"))
            return nil
        }
        var entries: [Availability.Entry] = []
        for (product, keyValue, tiersValue) in pairs {
            if config.product(product) == nil {
                diagnostics.append(keyValue.error(code: "frontmatter.unknown-product", "unknown product id '\(product)' (site.yml defines: \(config.products.map(\.id).joined(separator: ", ")))"))
                continue
            }
            let tierValues = tiersValue.items ?? (tiersValue.scalar != nil ? [tiersValue] : nil)
            guard let tierValues else {
                diagnostics.append(tiersValue.error(code: "frontmatter.type", "tiers of '\(product)' must be a list of tier ids"))
                continue
            }
            var tiers: [String] = []
            for tierValue in tierValues {
                guard let tier = tierValue.string(diagnostics: &diagnostics, what: "tier id") else { continue }
                if config.tier(tier) == nil {
                    diagnostics.append(tierValue.error(code: "frontmatter.unknown-tier", "unknown tier id '\(tier)' (site.yml defines: \(config.tiers.map(\.id).joined(separator: ", ")))"))
                } else if !tiers.contains(tier) {
                    tiers.append(tier)
                }
            }
            // Tiers are listed in site.yml order whatever order the author wrote them in.
            let rank = Dictionary(config.tiers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            tiers.sort { (rank[$0] ?? Int.max) < (rank[$1] ?? Int.max) }
            entries.append(.init(product: product, tiers: tiers))
        }
        return Availability(entries: entries)
    }

    private static func readStamp(_ value: YAMLValue, diagnostics: inout Diagnostics) -> TranslationStamp? {
        guard let revision = value["revision"]?.scalar else {
            diagnostics.append(value.error(code: "frontmatter.type", "translation.source must have a 'revision' (written by 'sitegen translations stamp')"))
            return nil
        }
        var sections: [(id: String, hash: String)] = []
        if let map = value["sections"] {
            guard let pairs = map.pairs else {
                diagnostics.append(map.error(code: "frontmatter.type", "translation.source.sections must map section ids to hashes"))
                return nil
            }
            sections = pairs.map { ($0.key, $0.value.scalar ?? "") }
        }
        return TranslationStamp(revision: revision, sections: sections)
    }

    private static func readTranslation(_ value: YAMLValue, diagnostics: inout Diagnostics) -> TranslationMethod? {
        guard let pairs = value.pairs else {
            diagnostics.append(value.error(code: "frontmatter.type", "translation must be a mapping, e.g. '{method: machine}'"))
            return nil
        }
        var method: TranslationMethod?
        for (key, keyValue, entry) in pairs {
            switch key {
            case "method":
                guard let text = entry.string(diagnostics: &diagnostics, what: "translation.method") else { continue }
                method = TranslationMethod(rawValue: text)
                if method == nil { diagnostics.append(entry.error(code: "frontmatter.invalid-value", "translation.method must be 'machine' or 'human', not '\(text)'")) }
            case "source":
                continue // reserved for translation stamps
            default:
                diagnostics.append(keyValue.warning(code: "frontmatter.unknown-key", "unknown key 'translation.\(TerminalText.escaped(key, invisibles: true))'"))
            }
        }
        return method
    }
}
