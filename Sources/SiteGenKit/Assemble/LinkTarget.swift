/// What a link in a document points at, independent of the page it is shown on: the same link
/// in a source and in its translation has the same target (what translation checks compare).
enum LinkTarget: Hashable, Sendable {
    /// A page of the site, in whichever language the reader reads.
    enum Page: Hashable, Sendable {
        case home
        case section(String)
        case article(String)
        case availability
        /// The search page, a reserved name like `availability`.
        case search
    }

    /// `#anchor` on the page the link is on ("" for a bare `#`).
    case samePage(anchor: String)
    /// A page, with its `#anchor` ("" for none), percent-decoded.
    case page(Page, anchor: String)
    /// A file in a language folder (`billing/flow.png`), found in `language` or the default's.
    case file(String)
    /// A file from `static/`, published at the site root.
    case staticFile(String)
}

extension LinkResolver {
    /// Where `destination`, written in `document`, points; nil for links sitegen leaves alone
    /// (a scheme, `//host`); a failure message when it points at nothing.
    func locate(_ destination: String, in document: SourceDocument) -> Result<(target: LinkTarget, fragment: String), LinkProblem>? {
        guard !destination.isEmpty, !hasScheme(destination) else { return nil }
        var path = Substring(destination)
        var fragment = ""
        if let hash = path.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(path[hash...])
            path = path[..<hash]
        }
        let anchor = fragment.isEmpty ? "" : percentDecoded(fragment.dropFirst())
        // A query is kept in the written URL (a page may read it from a script), not in the target.
        if let query = path.utf8.firstIndex(of: UInt8(ascii: "?")) {
            fragment = String(path[query...]) + fragment
            path = path[..<query]
        }
        if path.isEmpty { return .success((.samePage(anchor: anchor), fragment)) }
        let decoded = percentDecoded(path)
        if decoded.hasPrefix("/") {
            var located = locateSiteAbsolute(decoded, anchor: anchor, destination: destination)
            // Written as served under the base URL's path (`/docs/guides/x/` for baseURL …/docs/).
            let basePath = site.config.basePath
            if case .failure = located, basePath.count > 1, decoded.hasPrefix(basePath),
               case .success(let target) = locateSiteAbsolute("/" + decoded.dropFirst(basePath.count), anchor: anchor, destination: destination) {
                located = .success(target)
            }
            return located.map { ($0, fragment) }
        }
        let target = normalize(folder: document.folder, relative: decoded)
        if let target, target.hasSuffix(".md") {
            return page(forFile: target, destination: destination).map { (.page($0, anchor: anchor), fragment) }
        }
        if let target, hasAsset(target, preferring: document.language) { return .success((.file(target), fragment)) }
        // A page URL relative to the page itself, as Hugo resolves it (`../install/`).
        let name = decoded.split(separator: "/").last { $0 != "." && $0 != ".." } ?? ""
        if !name.contains("."), let key = normalize(folder: document.kind == .home ? "" : document.key, relative: decoded) {
            if key.isEmpty { return .success((.page(.home, anchor: anchor), fragment)) }
            if site.hasArticle(key) { return .success((.page(.article(key), anchor: anchor), fragment)) }
            if site.hasSection(key) { return .success((.page(.section(key), anchor: anchor), fragment)) }
        }
        guard let target else {
            return .failure(.broken("link '\(destination)' leads outside content/\(document.language)/"))
        }
        return .failure(.broken("link target '\(destination)' does not exist (looked for content/\(document.language)/\(target))"))
    }

    /// `/en/docs/x/`, `/docs/x/`, `/docs/x.md`, `/images/x.png`: a page, a file of a language
    /// folder, or a file of `static/`. The language, when given, only says where to look first.
    private func locateSiteAbsolute(_ path: String, anchor: String, destination: String) -> Result<LinkTarget, LinkProblem> {
        guard let whole = normalize(folder: "", relative: String(path.dropFirst())) else {
            return .failure(.broken("link '\(destination)' leads outside the site"))
        }
        if site.hasStaticFile(whole) { return .success(.staticFile(whole)) }
        var rest = whole
        var language: String?
        if let slash = whole.utf8.firstIndex(of: UInt8(ascii: "/")), site.config.language(String(whole[..<slash])) != nil {
            language = String(whole[..<slash])
            rest = String(whole[whole.utf8.index(after: slash)...])
        } else if site.config.language(whole) != nil {
            language = whole
            rest = ""
        }
        if rest.hasSuffix(".md") { return page(forFile: rest, destination: destination).map { .page($0, anchor: anchor) } }
        var key = rest
        if key.hasSuffix("/index.html") { key.removeLast("/index.html".count) } else if key == "index.html" { key = "" }
        if key.isEmpty { return .success(.page(.home, anchor: anchor)) }
        if site.hasArticle(key) { return .success(.page(.article(key), anchor: anchor)) }
        if site.hasSection(key) { return .success(.page(.section(key), anchor: anchor)) }
        if key == "availability" { return .success(.page(.availability, anchor: anchor)) }
        if key == "search" { return .success(.page(.search, anchor: anchor)) }
        if hasAsset(rest, preferring: language ?? site.config.defaultLanguage) { return .success(.file(rest)) }
        if site.isDraft(key) {
            return .failure(.broken("link '\(destination)' points to a draft (content/\(site.config.defaultLanguage)/\(key).md); publish it or build with --drafts"))
        }
        return .failure(.broken("link '\(destination)' points to nothing: no page, section or file at '/\(whole)' (nor in static/)"))
    }

    /// The page of a Markdown file inside a language folder (`billing/refunds.md`, `billing/_index.md`).
    private func page(forFile target: String, destination: String) -> Result<LinkTarget.Page, LinkProblem> {
        let name = target.utf8.lastIndex(of: UInt8(ascii: "/")).map { target[target.utf8.index(after: $0)...] } ?? target[...]
        let defaultLanguage = site.config.defaultLanguage
        if name == "_index.md" {
            let key = String(target.dropLast(name.count).dropLast(target.contains("/") ? 1 : 0))
            if key.isEmpty { return .success(.home) }
            if site.hasSection(key) { return .success(.section(key)) }
            return .failure(.broken("link '\(destination)' points to a section that does not exist (content/\(defaultLanguage)/\(target))"))
        }
        let key = String(target.dropLast(3))
        if site.hasArticle(key) { return .success(.article(key)) }
        if site.isDraft(key) {
            return .failure(.broken("link '\(destination)' points to a draft (content/\(defaultLanguage)/\(target)); publish it or build with --drafts"))
        }
        return .failure(.broken("link '\(destination)' points to an article that does not exist (content/\(defaultLanguage)/\(target))"))
    }

    private func hasAsset(_ path: String, preferring language: String) -> Bool {
        site.hasAsset("\(language)/\(path)") || site.hasAsset("\(site.config.defaultLanguage)/\(path)")
    }
}

/// Why a link cannot be resolved.
enum LinkProblem: Error, Equatable {
    case broken(String)
}
