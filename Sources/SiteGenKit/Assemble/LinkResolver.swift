import Foundation

/// Resolves every link and image an author writes — relative `.md` paths, site-absolute paths
/// (`/en/docs/x/`, `/docs/x.md`, `/images/x.png`), `#anchors` on the same page or another — to
/// a URL relative to the page being built, in the reader's language where the target exists
/// in it. URLs with a scheme are left alone.
struct LinkResolver {
    enum Outcome: Equatable {
        /// Left as written: absolute URLs, `mailto:`, `//host/…`.
        case unchanged
        case resolved(String)
        case broken(String)
        /// The target exists but the `#anchor` does not.
        case missingAnchor(url: String, message: String)
    }

    /// Every existence and heading check goes through here, so a page notes what its links read.
    let site: SiteReads

    init(site: Site) {
        self.site = SiteReads(site)
    }

    init(reads: SiteReads) {
        site = reads
    }

    /// - Parameters:
    ///   - document: the file the link was written in.
    ///   - language: the language of the page being built (a fallback page shows a source file).
    ///   - pagePath: the folder path of that page.
    func resolve(_ destination: String, in document: SourceDocument, language: String, pagePath: String) -> Outcome {
        guard let located = locate(destination, in: document) else { return .unchanged }
        let target: LinkTarget, fragment: String
        switch located {
        case .failure(.broken(let message)): return .broken(message)
        case .success(let found): (target, fragment) = found
        }
        switch target {
        case .samePage(let anchor):
            if !anchor.isEmpty, !document.hasHeading(anchor) {
                return .missingAnchor(url: destination, message: "link '\(destination)': this page (\(document.displayPath)) has no heading with id '\(anchor)'")
            }
            return .unchanged
        case .staticFile(let path):
            return .resolved(SiteURLs.relative(from: pagePath, to: path) + fragment)
        case .file(let path):
            for candidate in [language, document.language, site.config.defaultLanguage] where site.hasAsset("\(candidate)/\(path)") {
                return .resolved(SiteURLs.relative(from: pagePath, to: "\(candidate)/\(path)") + fragment)
            }
            return .broken("link target '\(destination)' does not exist (looked for content/\(document.language)/\(path))")
        case .page(let page, let anchor):
            let targetPath = location(of: page, language: language)
            let url = SiteURLs.relative(from: pagePath, to: targetPath) + fragment
            if !anchor.isEmpty {
                let check = site.anchor(anchor, on: page, language: language)
                if !check.found {
                    let what = check.shown ?? "the page at /\(targetPath)"
                    return .missingAnchor(url: url, message: "link '\(destination)': \(what) has no heading with id '\(anchor)'")
                }
            }
            return .resolved(url)
        }
    }

    /// The page's folder path in the reader's language (or, for an article not published in
    /// it, the source language).
    func location(of page: LinkTarget.Page, language: String) -> String {
        switch page {
        case .home: return SiteURLs.home(language)
        case .section(let key): return SiteURLs.category(key, language: language)
        case .availability: return SiteURLs.availability(language)
        case .search: return SiteURLs.search(language)
        case .article(let key):
            let published = site.publishedLanguages(of: key).contains(language)
            return SiteURLs.article(key, language: published || !site.hasArticle(key) ? language : site.config.defaultLanguage)
        }
    }

    /// `text` with `%XX` escapes decoded; as written when it has none or they are malformed.
    func percentDecoded(_ text: Substring) -> String {
        UTF8Scan.contains(text, byte: UInt8(ascii: "%")) ? text.removingPercentEncoding ?? String(text) : String(text)
    }

    // Links are resolved for every page, so the string work here is done on UTF-8 bytes:
    // splitting and scanning by Character was most of the resolver's time.
    func hasScheme(_ url: String) -> Bool {
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
    func normalize(folder: String, relative: String) -> String? {
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
