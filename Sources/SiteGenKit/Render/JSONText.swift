/// A JSON string literal. With `forScript`, `<`, `>` and `&` are escaped too, so the JSON can
/// sit inside a `<script>` element without ending it.
enum JSONText {
    static func string(_ text: String, forScript: Bool = false) -> String {
        // Most values (ids, revisions, dates, titles) need no escaping at all.
        let plain = !UTF8Scan.contains(text) { byte in
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                || (forScript && (byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == 0xE2))
        }
        if plain { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where forScript: out += "\\u003c"
            case ">" where forScript: out += "\\u003e"
            case "&" where forScript: out += "\\u0026"
            default:
                if scalar.value < 0x20 || (forScript && (scalar == "\u{2028}" || scalar == "\u{2029}")) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
