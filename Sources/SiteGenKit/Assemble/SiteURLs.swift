/// Where each page lives in `public/`. Paths are folder paths relative to the output root,
/// ending in `/` ("fr/billing/refunds/"); the page itself is that folder's `index.html`.
public enum SiteURLs {
    public static func home(_ language: String) -> String { "\(language)/" }
    public static func article(_ key: String, language: String) -> String { "\(language)/\(key)/" }
    public static func category(_ key: String, language: String) -> String { key.isEmpty ? home(language) : "\(language)/\(key)/" }
    public static func availability(_ language: String) -> String { "\(language)/availability/" }
    public static func notFound(_ language: String) -> String { "\(language)/404.html" }

    /// The file written for a folder path.
    public static func file(for path: String) -> String { path.hasSuffix("/") ? path + "index.html" : path }

    /// A relative URL from the page at folder `from` to `to` (a folder path or a file path), so
    /// links work whether `public/` is served from a domain root or a sub-path.
    public static func relative(from: String, to: String) -> String {
        let fromParts = from.split(separator: "/")
        let toIsFolder = to.hasSuffix("/") || to.isEmpty
        let toParts = to.split(separator: "/")
        var common = 0
        while common < fromParts.count, common < toParts.count, fromParts[common] == toParts[common],
              toIsFolder || common < toParts.count - 1 {
            common += 1
        }
        let up = String(repeating: "../", count: fromParts.count - common)
        let down = toParts[common...].joined(separator: "/")
        let result = up + down + (toIsFolder && !down.isEmpty ? "/" : "")
        return result.isEmpty ? "./" : result
    }

    /// The absolute URL of a path under `baseURL`.
    public static func absolute(_ path: String, baseURL: String) -> String {
        baseURL + path
    }
}
