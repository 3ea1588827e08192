import Foundation

/// Turns text into search terms. `templates/assets/search-index.js` applies exactly these rules to
/// what the reader types, so a word is split and folded the same way at index and query time:
///
/// - Words are runs of letters, digits and combining marks (Unicode general categories L, N, M).
/// - Latin, Greek and Cyrillic are folded for case and diacritics ("Résumé" → "resume"),
///   final sigma is a sigma and "ß" is "ss".
/// - Arabic loses its diacritics (tashkeel) and tatweel; alef forms become a bare alef, taa
///   marbuta becomes haa, alef maksura and yaa with hamza become yaa, waw with hamza waw.
/// - Chinese and Japanese (Han, kana) have no spaces: each run is cut into overlapping character
///   pairs (bigrams), with no dictionary; a run of one character is its own term.
/// - Full-width ASCII and Arabic-Indic digits read as ASCII.
enum SearchTokenizer {
    /// Longer words (URLs, hashes) are cut to this many characters, on both sides.
    static let maxWordLength = 40

    /// Every term of `text`, in order, repeats included.
    static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        forEachTerm(text) { terms.append($0) }
        return terms
    }

    /// Calls `body` with each term of `text`, in order.
    static func forEachTerm(_ text: String, _ body: (String) -> Void) {
        forEachTermBytes(text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// Calls `body` with the UTF-8 bytes of each term of `text`, in order, valid only during
    /// the call: an index build tokenizes every article of the site, and most terms repeat, so
    /// counting them needs no string per term.
    static func forEachTermBytes(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var scanner = TermScanner()
        scanner.feed(text, body)
        scanner.end(body)
    }

    /// Full-width ASCII and Arabic-Indic digits as ASCII.
    @inline(__always)
    static func widen(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x30)!
        case 0x06F0...0x06F9: return Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!
        default: return scalar
        }
    }

    /// Arabic diacritics and tatweel: dropped without ending the word.
    @inline(__always)
    static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x064B...0x065F, 0x0670, 0x0640: return true
        default: return false
        }
    }

    /// Han, hiragana, katakana (not the middle dot), and the iteration mark 々.
    @inline(__always)
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3005, 0x3040...0x309F, 0x30A0...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// A word lowercased and folded (see the type's notes).
    static func fold(_ word: [Unicode.Scalar]) -> String {
        String(decoding: word.flatMap(foldedBytes), as: UTF8.self)
    }

    /// The UTF-8 of `scalar` lowercased and folded (for scalars the fold table does not cover,
    /// and to build it).
    static func foldedBytes(_ scalar: Unicode.Scalar) -> [UInt8] {
        let value = scalar.value
        if value < 0x80 { return [value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value)] }
        return slowFold(scalar)
    }

    private static func slowFold(_ scalar: Unicode.Scalar) -> [UInt8] {
        var out = String.UnicodeScalarView()
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { appendFoldedScalar(lower, to: &out) }
        return Array(String(out).utf8)
    }

    /// One lowercased scalar folded: marks dropped, Arabic letter forms unified, final sigma,
    /// "ß", and Latin, Greek and Cyrillic letters without their diacritics.
    private static func appendFoldedScalar(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        switch scalar.value {
        case 0x0300...0x036F, 0x0483...0x0489: return
        case 0x00DF: out.append("s"); out.append("s")
        case 0x03C2: out.append("\u{03C3}")
        case 0x0622, 0x0623, 0x0625, 0x0671: out.append("\u{0627}")
        case 0x0629: out.append("\u{0647}")
        case 0x0649, 0x0626: out.append("\u{064A}")
        case 0x0624: out.append("\u{0648}")
        case 0x00C0...0x052F, 0x1E00...0x1FFF:
            for folded in decomposedBase(scalar) { out.append(folded) }
        default: out.append(scalar)
        }
    }

    /// Latin, Greek and Cyrillic letters without their combining marks, computed once.
    private static let bases: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for value in Array(UInt32(0x00C0)...0x052F) + Array(UInt32(0x1E00)...0x1FFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            let kept = decomposed.filter { !(0x0300...0x036F).contains($0.value) && !(0x0483...0x0489).contains($0.value) }
            if kept.count != 1 || kept.first != scalar { table[value] = Array(kept) }
        }
        return table
    }()

    private static func decomposedBase(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        bases[scalar.value] ?? [scalar]
    }
}
