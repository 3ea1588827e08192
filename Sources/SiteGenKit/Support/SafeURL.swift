/// URLs sitegen writes from paths (article and folder names): always relative references that
/// a browser cannot read as anything else.
enum SafeURL {
    /// `path` as a relative reference: when its first segment contains `:` (`javascript:x/`,
    /// `data:…`) a browser would read it as a scheme, and a leading `\` as a host (`\\evil/`),
    /// so those get `./` in front; anything else is returned as it is.
    static func relativeReference(_ path: String) -> String {
        var needsPrefix = false
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "\\") { needsPrefix = true; break }
        }
        if path.utf8.first == UInt8(ascii: "\\") { needsPrefix = true }
        return needsPrefix ? "./" + path : path
    }

    /// Whether a byte of a path segment must be percent-encoded in a URL we write: a file named
    /// `a#b?c.md` would otherwise link to `a` with a fragment, `%` would start an escape, and
    /// spaces, quotes and controls are not URL characters. Bytes of non-ASCII characters stay
    /// as they are (browsers encode them as UTF-8, the same URL). The search index carries paths
    /// encoded the same way, which search.js uses as they are.
    @inline(__always)
    static func mustEncode(_ byte: UInt8) -> Bool {
        switch byte {
        case 0...0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "?"), UInt8(ascii: "\\"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            return true
        default:
            return false
        }
    }

    /// Appends `bytes` (path segments and `/`) to `out` with `mustEncode` bytes as `%XX`.
    static func appendEncoded<Bytes: Sequence>(_ bytes: Bytes, to out: inout [UInt8]) where Bytes.Element == UInt8 {
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in bytes {
            if mustEncode(byte) {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            } else {
                out.append(byte)
            }
        }
    }

    /// A site path (`en/a#b/`) as a URL path (`en/a%23b/`).
    static func encodedPath(_ path: String) -> String {
        guard path.utf8.contains(where: mustEncode) else { return path }
        var out: [UInt8] = []
        appendEncoded(path.utf8, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `url` with control characters and spaces percent-encoded, for a `<loc>` in sitemap.xml
    /// (XML 1.0 cannot hold most control characters at all, even escaped).
    static func encodingControlCharacters(_ url: String) -> String {
        guard url.utf8.contains(where: { $0 < 0x21 || $0 == 0x7F }) || url.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) else { return url }
        var out = ""
        for scalar in url.unicodeScalars {
            if scalar.value < 0x21 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                for byte in String(scalar).utf8 { out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
