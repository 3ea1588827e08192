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
