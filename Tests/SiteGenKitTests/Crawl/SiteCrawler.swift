import Foundation

/// Follows every `href` and `src` of every page written to `public/`, as a browser would when
/// the site is served under `prefix` (e.g. "/docs/"): an independent oracle for what `check`
/// says, which knows nothing of sitegen but the files it wrote.
struct SiteCrawler {
    /// A link a reader would find broken.
    struct BrokenLink: Hashable, CustomStringConvertible {
        var page: String
        var href: String
        var anchorOnly: Bool
        var description: String { "\(page): \(href)\(anchorOnly ? " (anchor)" : "")" }
    }

    /// Output path (`en/a/index.html`) → bytes as text.
    let files: [String: String]
    let prefix: String

    func brokenLinks() -> [BrokenLink] {
        var broken: [BrokenLink] = []
        for (page, html) in files.sorted(by: { $0.key < $1.key }) where page.hasSuffix(".html") {
            for href in Self.attributes(in: html) {
                if let problem = check(href, on: page, html: html) { broken.append(problem) }
            }
        }
        return broken
    }

    private func check(_ href: String, on page: String, html: String) -> BrokenLink? {
        if href.isEmpty || href.hasPrefix("//") || href.range(of: #"^[A-Za-z][A-Za-z0-9+.-]*:"#, options: .regularExpression) != nil { return nil }
        var path = href
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        guard let target = resolve(path, from: page) else { return BrokenLink(page: page, href: href, anchorOnly: false) }
        let file = files[target] != nil ? target : (files[target + "index.html"] != nil ? target + "index.html" : (files[target + "/index.html"] != nil ? target + "/index.html" : nil))
        guard let file else { return BrokenLink(page: page, href: href, anchorOnly: false) }
        let anchor = fragment.removingPercentEncoding ?? fragment
        if !anchor.isEmpty, file.hasSuffix(".html"), !Self.ids(in: files[file] ?? "").contains(anchor) {
            return BrokenLink(page: page, href: href, anchorOnly: true)
        }
        return nil
    }

    /// The output path a URL on `page` leads to, or nil when it leaves the site.
    private func resolve(_ url: String, from page: String) -> String? {
        let decoded = url.removingPercentEncoding ?? url
        var parts: [Substring]
        if decoded.hasPrefix("/") {
            // Absolute paths only work when they start with the prefix the site is served under.
            guard decoded.hasPrefix(prefix) else { return nil }
            parts = decoded.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: true)
        } else {
            parts = page.split(separator: "/").dropLast()
            for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
                if part == "." { continue }
                if part == ".." {
                    guard !parts.isEmpty else { return nil }
                    parts.removeLast()
                } else {
                    parts.append(part)
                }
            }
        }
        let joined = parts.joined(separator: "/")
        return decoded.hasSuffix("/") || decoded.isEmpty ? (joined.isEmpty ? "" : joined + "/") : joined
    }

    static func attributes(in html: String) -> [String] {
        matches(#"\s(?:href|src)="([^"]*)""#, in: html)
    }

    static func ids(in html: String) -> Set<String> {
        Set(matches(#"\sid="([^"]*)""#, in: html))
    }

    private static func matches(_ pattern: String, in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            unescape(String(html[Range($0.range(at: 1), in: html)!]))
        }
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&#x27;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
