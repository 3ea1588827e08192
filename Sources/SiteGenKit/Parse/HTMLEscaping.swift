/// HTML and URL escaping with exactly cmark's rules, so sitegen's output matches `cmark` byte
/// for byte on plain CommonMark.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` and `"` (cmark leaves `'` and `/` alone outside secure mode).
    public static func escapeHTML(_ text: String) -> String {
        escape(text, apostrophe: false)
    }

    /// `&`, `<`, `>`, `"` and, with `apostrophe`, `'` replaced by entities, working on UTF-8
    /// bytes; the string itself comes back when nothing needs escaping, the common case.
    static func escape(_ text: String, apostrophe: Bool) -> String {
        func special(_ byte: UInt8) -> Bool {
            byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || (apostrophe && byte == 0x27)
        }
        guard UTF8Scan.contains(text, where: special) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: bytes.append(contentsOf: "&amp;".utf8)
            case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
            case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
            case 0x22: bytes.append(contentsOf: "&quot;".utf8)
            case 0x27 where apostrophe: bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Percent-encodes a URL for an `href`/`src` attribute the way cmark's houdini does.
    public static func escapeHref(_ url: String) -> String {
        // Most destinations (relative page URLs, https links) are already safe as they are.
        guard UTF8Scan.contains(url, where: { !hrefSafe($0) }) else { return url }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(url.utf8.count + 16)
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#x27;".utf8)
            default:
                if hrefSafe(byte) {
                    bytes.append(byte)
                } else {
                    bytes.append(UInt8(ascii: "%"))
                    bytes.append(hex(byte >> 4))
                    bytes.append(hex(byte & 0xF))
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// cmark's safe mode drops these schemes (keeping inline raster images).
    public static func isDangerousURL(_ url: String) -> Bool {
        // Compare ASCII bytes, as cmark does: as Characters, ":" followed by a combining mark
        // would not match ":".
        // Every link on every page comes through here: most start with none of these letters.
        guard let first = url.utf8.first, [UInt8(ascii: "d"), UInt8(ascii: "j"), UInt8(ascii: "v"), UInt8(ascii: "f")].contains(first | 0x20) else { return false }
        let lower = url.utf8.prefix(20).map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        func starts(_ prefix: String) -> Bool { lower.starts(with: prefix.utf8) }
        if starts("data:") {
            return !["png", "gif", "jpeg", "webp"].contains { starts("data:image/\($0)") }
        }
        return starts("javascript:") || starts("vbscript:") || starts("file:")
    }

    /// Bytes written as they are (`&` and `'` are safe for a URL but still need an entity).
    private static func hrefSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "!"), UInt8(ascii: "*"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "%"), UInt8(ascii: "#"), UInt8(ascii: "@"),
             UInt8(ascii: "?"), UInt8(ascii: "="), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "$"),
             UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func hex(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x41 + nibble - 10
    }
}
