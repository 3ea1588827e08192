/// Where each page lives in `public/`. Paths are folder paths relative to the output root,
/// ending in `/` ("fr/billing/refunds/"); the page itself is that folder's `index.html`.
public enum SiteURLs {
    public static func home(_ language: String) -> String { "\(language)/" }
    public static func article(_ key: String, language: String) -> String { "\(language)/\(key)/" }
    public static func category(_ key: String, language: String) -> String { key.isEmpty ? home(language) : "\(language)/\(key)/" }
    public static func availability(_ language: String) -> String { "\(language)/availability/" }
    public static func notFound(_ language: String) -> String { "\(language)/404.html" }
    /// The search page: every article A–Z, where the search form leads without JavaScript.
    public static func search(_ language: String) -> String { "\(language)/search/" }
    /// The folder of a language's search index files.
    public static func searchIndex(_ language: String) -> String { "search/\(language)/" }

    /// The file written for a folder path.
    public static func file(for path: String) -> String { path.hasSuffix("/") ? path + "index.html" : path }

    /// A relative URL from the page at folder `from` to `to` (a folder path or a file path, its
    /// segments percent-encoded where `SafeURL.mustEncode` says), so links work whether `public/` is served from a domain root or a sub-path.
    public static func relative(from: String, to: String) -> String {
        // On UTF-8 bytes: every page computes dozens of these (switcher, alternates, links).
        var from = from, to = to
        return from.withUTF8 { fromBytes in
            to.withUTF8 { toBytes in
                let fromParts = components(fromBytes), toParts = components(toBytes)
                let toIsFolder = toBytes.isEmpty || toBytes.last == UInt8(ascii: "/")
                var common = 0
                while common < fromParts.count, common < toParts.count, fromBytes[fromParts[common]].elementsEqual(toBytes[toParts[common]]),
                      toIsFolder || common < toParts.count - 1 {
                    common += 1
                }
                var out: [UInt8] = []
                out.reserveCapacity(3 * (fromParts.count - common) + toBytes.count + 1)
                for _ in common..<fromParts.count { out += [UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: "/")] }
                for (index, part) in toParts[common...].enumerated() {
                    if index > 0 { out.append(UInt8(ascii: "/")) }
                    SafeURL.appendEncoded(toBytes[part], to: &out)
                }
                if toIsFolder && common < toParts.count { out.append(UInt8(ascii: "/")) }
                return out.isEmpty ? "./" : SafeURL.relativeReference(String(decoding: out, as: UTF8.self))
            }
        }
    }

    /// The ranges of the non-empty `/`-separated parts of a path.
    private static func components(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
            if index > start { parts.append(start..<index) }
            start = index + 1
        }
        return parts
    }

    /// The absolute URL of a path under `baseURL`, its segments percent-encoded as in `relative`.
    public static func absolute(_ path: String, baseURL: String) -> String {
        baseURL + SafeURL.encodedPath(path)
    }
}
