import Mustache

/// swift-mustache's HTML escaping (`&`, `<`, `>`, `"`, `'`) done on UTF-8 bytes, returning the
/// string untouched when nothing needs escaping — the common case. Escaping was a tenth of a
/// full build's time. Templates opt in with `{{% CONTENT_TYPE: HTML }}`, which this replaces;
/// a template without it gets the library's own (identical, slower) escaping.
struct HTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: bytes.append(contentsOf: "&amp;".utf8)
            case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
            case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
            case 0x22: bytes.append(contentsOf: "&quot;".utf8)
            case 0x27: bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Installs this escaping under the name `HTML`, once, before templates are parsed.
    static let registered: Bool = {
        MustacheContentTypes.register(HTMLContentType(), named: "HTML")
        return true
    }()
}
