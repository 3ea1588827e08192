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
    /// counting them needs no string per term. ASCII is read byte by byte; only other
    /// characters are decoded and folded.
    static func forEachTermBytes(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { forEachTerm($0, body) }
    }

    private static func forEachTerm(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // State in a local struct, not variables captured by nested functions: captured
        // variables live in boxes whose every access is checked at run time.
        var scanner = Scanner()
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                if asciiWord[Int(byte)] {
                    if scanner.cjkCount > 0 { scanner.flushCJK(body) }
                    if scanner.wordLength < maxWordLength {
                        scanner.word.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                        scanner.wordLength += 1
                    }
                } else {
                    if !scanner.word.isEmpty { scanner.flushWord(body) }
                    if scanner.cjkCount > 0 { scanner.flushCJK(body) }
                }
                continue
            }
            let (decoded, length) = decode(bytes, at: index)
            let start = index
            index += length
            let scalar = widen(decoded)
            if isIgnored(scalar) { continue }
            if isCJK(scalar) {
                scanner.flushWord(body)
                // Unwidened CJK characters are their own bytes.
                scanner.appendCJK(UnsafeBufferPointer(rebasing: bytes[start..<index]), body)
            } else if isWordCharacter(scalar) {
                if scanner.cjkCount > 0 { scanner.flushCJK(body) }
                if scanner.wordLength < maxWordLength {
                    appendFolded(scalar, to: &scanner.word)
                    scanner.wordLength += 1
                }
            } else {
                scanner.flushWord(body)
                if scanner.cjkCount > 0 { scanner.flushCJK(body) }
            }
        }
        scanner.flushWord(body)
        scanner.flushCJK(body)
    }

    /// The word or CJK run being read. A CJK run is cut into bigrams as it is read: only the
    /// last two characters are kept.
    private struct Scanner {
        var word: [UInt8] = []
        var wordLength = 0
        /// The last one or two CJK characters read, and how many the run has.
        var pair: [UInt8] = []
        var firstLength = 0
        var cjkCount = 0

        init() {
            word.reserveCapacity(64)
            pair.reserveCapacity(8)
        }

        mutating func flushWord(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            guard !word.isEmpty else { return }
            word.withUnsafeBufferPointer(body)
            word.removeAll(keepingCapacity: true)
            wordLength = 0
        }

        mutating func appendCJK(_ character: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            if cjkCount >= 2 {
                pair.removeFirst(firstLength)
                firstLength = pair.count
            } else if cjkCount == 1 {
                firstLength = pair.count
            }
            pair.append(contentsOf: character)
            cjkCount += 1
            if cjkCount >= 2 { pair.withUnsafeBufferPointer(body) }
        }

        mutating func flushCJK(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            // A run of one character is its own term; longer runs gave their bigrams already.
            if cjkCount == 1 { pair.withUnsafeBufferPointer(body) }
            pair.removeAll(keepingCapacity: true)
            cjkCount = 0
            firstLength = 0
        }
    }

    private static let asciiWord: [Bool] = (0..<128).map { isWordCharacter(Unicode.Scalar(UInt8($0))) }

    /// The scalar starting at a lead byte of valid UTF-8 (a Swift string's bytes), and its length.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        func next(_ offset: Int) -> UInt32 { index + offset < bytes.count ? UInt32(bytes[index + offset]) & 0x3F : 0 }
        let value: UInt32, length: Int
        if lead < 0xE0 {
            (value, length) = ((lead & 0x1F) << 6 | next(1), 2)
        } else if lead < 0xF0 {
            (value, length) = ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3)
        } else {
            (value, length) = ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
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
        var bytes: [UInt8] = []
        for scalar in word { appendFolded(scalar, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `scalar` lowercased and folded.
    @inline(__always)
    private static func appendFolded(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = Int(scalar.value)
        if value < 0x80 {
            bytes.append(value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value))
        } else if value < foldedTable.count {
            bytes.append(contentsOf: foldedTable[value])
        } else {
            bytes.append(contentsOf: slowFold(scalar))
        }
    }

    /// Folded UTF-8 of every scalar below U+2000 (Latin, Greek, Cyrillic, Arabic…), computed once.
    private static let foldedTable: [[UInt8]] = (0..<0x2000).map { value in
        Unicode.Scalar(UInt32(value)).map(slowFold) ?? []
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
