/// Text from users' files shown in a terminal: control characters (an escape sequence could
/// rewrite the screen), bidirectional overrides and, where asked, invisible format characters
/// (a zero-width space before `title`) are shown as `\u{…}` instead of being acted on.
public enum TerminalText {
    /// - Parameter invisibles: also escape format characters (zero-width spaces and joiners,
    ///   byte order marks), for names that must be seen exactly, such as keys.
    public static func escaped(_ text: String, invisibles: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, invisibles: invisibles) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, invisibles: invisibles) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func needsEscape(_ scalar: Unicode.Scalar, invisibles: Bool) -> Bool {
        let value = scalar.value
        if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) { return true }
        // Bidirectional embeddings, overrides and isolates reorder what follows on the line.
        if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) { return true }
        return invisibles && scalar.properties.generalCategory == .format
    }

    /// Whether a name holds a control character (C0, DEL or C1): such names are refused.
    static func hasControlCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }
    }
}
