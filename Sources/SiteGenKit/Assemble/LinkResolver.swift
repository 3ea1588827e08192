/// Resolves the links an author wrote as relative file paths (`../billing/refunds.md#fees`,
/// `images/flow.png`) to the URL of the page or asset in the language being built.
struct LinkResolver {
    enum Outcome: Equatable {
        /// Left as written: absolute URLs, `mailto:`, in-page `#anchors`, site-absolute paths.
        case unchanged
        case resolved(String)
        case broken(String)
        /// The target exists but the `#anchor` does not.
        case missingAnchor(url: String, message: String)
    }

    let site: Site

    init(site: Site) {
        self.site = site
    }

    /// - Parameters:
    ///   - document: the file the link was written in.
    ///   - language: the language of the page being built (a fallback page shows a source file).
    ///   - pagePath: the folder path of that page.
    func resolve(_ destination: String, in document: SourceDocument, language: String, pagePath: String) -> Outcome {
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("/"), !hasScheme(destination) else { return .unchanged }
        var path = Substring(destination)
        var fragment = ""
        if let hash = path.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(path[hash...])
            path = path[..<hash]
        }
        if let query = path.utf8.firstIndex(of: UInt8(ascii: "?")) { path = path[..<query] }
        guard let target = normalize(folder: document.folder, relative: percentDecoded(path)) else {
            return .broken("link '\(destination)' leads outside content/\(document.language)/")
        }
        if target.hasSuffix(".md") {
            return resolvePage(target, fragment: fragment, destination: destination, language: language, pagePath: pagePath)
        }
        for candidate in [language, document.language, site.config.defaultLanguage] where site.assets.contains("\(candidate)/\(target)") {
            return .resolved(SiteURLs.relative(from: pagePath, to: "\(candidate)/\(target)") + fragment)
        }
        return .broken("link target '\(destination)' does not exist (looked for content/\(document.language)/\(target))")
    }

    private func resolvePage(_ target: String, fragment: String, destination: String, language: String, pagePath: String) -> Outcome {
        let name = target.utf8.lastIndex(of: UInt8(ascii: "/")).map { target[target.utf8.index(after: $0)...] } ?? target[...]
        let key = name == "_index.md" ? String(target.dropLast(name.count).dropLast(target.contains("/") ? 1 : 0)) : String(target.dropLast(3))
        let targetPath: String
        let shown: SourceDocument?
        if name == "_index.md" {
            if key.isEmpty {
                targetPath = SiteURLs.home(language)
                shown = site.homes[language] ?? site.homes[site.config.defaultLanguage]
            } else if let category = site.category(key) {
                targetPath = SiteURLs.category(key, language: language)
                shown = category.translations[language] ?? category.source
            } else {
                return .broken("link '\(destination)' points to a category that does not exist (content/\(site.config.defaultLanguage)/\(target))")
            }
        } else if let article = site.article(key) {
            let published = site.publishedLanguages(of: article).contains(language)
            let pageLanguage = published ? language : site.config.defaultLanguage
            targetPath = SiteURLs.article(key, language: pageLanguage)
            shown = article.translations[language] ?? article.source
        } else if site.draftArticles.contains(key) {
            return .broken("link '\(destination)' points to a draft (content/\(site.config.defaultLanguage)/\(target)); publish it or build with --drafts")
        } else {
            return .broken("link '\(destination)' points to an article that does not exist (content/\(site.config.defaultLanguage)/\(target))")
        }
        let url = SiteURLs.relative(from: pagePath, to: targetPath) + fragment
        // Anchors are checked on articles only, as they always were.
        if fragment.count > 1, let shown, shown.kind == .article {
            let anchor = percentDecoded(fragment.dropFirst())
            // A page has a few headings: a scan costs less than indexing every document up front.
            if !shown.headingIDs.contains(anchor) {
                return .missingAnchor(url: url, message: "link '\(destination)': \(shown.displayPath) has no heading with id '\(anchor)'")
            }
        }
        return .resolved(url)
    }

    /// `text` with `%XX` escapes decoded; as written when it has none or they are malformed.
    private func percentDecoded(_ text: Substring) -> String {
        UTF8Scan.contains(text, byte: UInt8(ascii: "%")) ? text.removingPercentEncoding ?? String(text) : String(text)
    }

    // Links are resolved for every page, so the string work here is done on UTF-8 bytes:
    // splitting and scanning by Character was most of the resolver's time.
    private func hasScheme(_ url: String) -> Bool {
        guard let colon = url.utf8.firstIndex(of: UInt8(ascii: ":")) else { return url.hasPrefix("//") }
        let scheme = url.utf8[..<colon]
        if scheme.allSatisfy({ $0 < 0x80 }) {
            func letter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte | 0x20) }
            return scheme.first.map(letter) == true
                && scheme.allSatisfy { letter($0) || (0x30...0x39).contains($0) || $0 == 0x2B || $0 == 0x2E || $0 == 0x2D }
        }
        let characters = url[..<colon]
        return characters.first?.isLetter == true && characters.allSatisfy { $0.isLetter || $0.isNumber || "+.-".contains($0) }
    }

    /// `folder` + `relative` with `.` and `..` applied; nil when it climbs above the language folder.
    private func normalize(folder: String, relative: String) -> String? {
        let slash = UInt8(ascii: "/")
        var parts = folder.utf8.split(separator: slash).map { Substring($0) }
        for bytes in relative.utf8.split(separator: slash) {
            let part = Substring(bytes)
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
