/// Reads text into search terms by `SearchTokenizer`'s rules, a piece at a time: a word may go
/// on from one piece to the next (an article's text nodes are fed one after another, as if
/// joined), so an article's body is tokenized without first being copied into one string.
///
/// Each term's UTF-8 is handed to a closure, valid only during the call. ASCII is read through
/// one small table, a run of word characters (or of separators) in one tight loop; other
/// characters below `SearchFoldTable.limit` are decoded and looked up in `SearchFoldTable`;
/// only rarer ones go through the rules themselves. The word and the CJK pair being read live
/// in fixed buffers, so reading allocates nothing.
struct TermScanner: ~Copyable {
    private let table = SearchFoldTable.shared
    /// The folded bytes of the word being read, and its length in characters.
    private let word: UnsafeMutablePointer<UInt8>
    private var wordBytes = 0
    private var wordLength = 0
    /// The last CJK character read (its bytes first), then room for the next: a run is cut
    /// into bigrams as it is read.
    private let pair: UnsafeMutablePointer<UInt8>
    private var previousBytes = 0
    /// Characters in the current CJK run.
    private var cjkCount = 0

    private static let wordCapacity = SearchTokenizer.maxWordLength * 64

    init() {
        word = .allocate(capacity: Self.wordCapacity)
        pair = .allocate(capacity: 8)
    }

    deinit {
        word.deallocate()
        pair.deallocate()
    }

    /// Reads `text` as the continuation of what was fed before.
    mutating func feed(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // A native string lends its bytes without the copy `withUTF8` makes of a `var`.
        if text.utf8.withContiguousStorageIfAvailable({ feed($0, body) }) != nil { return }
        var text = text
        text.withUTF8 { feed($0, body) }
    }

    /// Ends the word or CJK run being read, as a space would.
    mutating func end(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if wordBytes > 0 { flushWord(body) }
        if cjkCount > 0 { flushCJK(body) }
    }

    private mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count, ascii = table.ascii
        var index = 0
        while index < count {
            let byte = base[index]
            if byte < 0x80 {
                var folded = ascii[Int(byte)]
                if folded == 0 {
                    end(body)
                    // The rest of a run of ASCII separators (spaces, punctuation) ends nothing more.
                    index &+= 1
                    while index < count, base[index] < 0x80, ascii[Int(base[index])] == 0 { index &+= 1 }
                    continue
                }
                if cjkCount > 0 { flushCJK(body) }
                // A run of ASCII word characters, read in locals (most of most text).
                let word = self.word
                var bytesRead = wordBytes, length = wordLength
                while true {
                    if length < SearchTokenizer.maxWordLength {
                        word[bytesRead] = folded
                        bytesRead &+= 1
                        length &+= 1
                    }
                    index &+= 1
                    guard index < count else { break }
                    let next = base[index]
                    guard next < 0x80 else { break }
                    folded = ascii[Int(next)]
                    if folded == 0 { break }
                }
                wordBytes = bytesRead
                wordLength = length
                continue
            }
            let (value, length) = Self.decode(base, at: index, count: count)
            let start = index
            index += length
            if value < UInt32(SearchFoldTable.limit) {
                switch table.kinds[Int(value)] {
                case SearchFoldTable.Kind.word.rawValue:
                    let span = table.spans[Int(value)]
                    appendWordCharacter(table.bytes + Int(span >> 8), Int(span & 0xFF), body)
                case SearchFoldTable.Kind.cjk.rawValue:
                    appendCJK(base + start, length, body)
                case SearchFoldTable.Kind.ignored.rawValue:
                    break
                default:
                    end(body)
                }
            } else {
                readRare(value, bytes: base + start, length: length, body)
            }
        }
    }

    /// A scalar the table does not cover, by the rules.
    private mutating func readRare(_ value: UInt32, bytes: UnsafePointer<UInt8>, length: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let scalar = SearchTokenizer.widen(Unicode.Scalar(value) ?? "\u{FFFD}")
        if scalar.value < 0x80 {
            // Full-width ASCII.
            let folded = table.ascii[Int(scalar.value)]
            if folded == 0 { return end(body) }
            var byte = folded
            return appendWordCharacter(&byte, 1, body)
        }
        if SearchTokenizer.isIgnored(scalar) { return }
        if SearchTokenizer.isCJK(scalar) {
            appendCJK(bytes, length, body)
        } else if SearchTokenizer.isWordCharacter(scalar) {
            let folded = SearchTokenizer.foldedBytes(scalar)
            folded.withUnsafeBufferPointer { appendWordCharacter($0.baseAddress!, min($0.count, 64), body) }
        } else {
            end(body)
        }
    }

    @inline(__always)
    private mutating func appendWordCharacter(_ folded: UnsafePointer<UInt8>, _ count: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if cjkCount > 0 { flushCJK(body) }
        guard wordLength < SearchTokenizer.maxWordLength else { return }
        (word + wordBytes).update(from: folded, count: count)
        wordBytes += count
        wordLength += 1
    }

    private mutating func appendCJK(_ character: UnsafePointer<UInt8>, _ length: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if wordBytes > 0 { flushWord(body) }
        if cjkCount > 0 {
            (pair + previousBytes).update(from: character, count: length)
            body(UnsafeBufferPointer(start: pair, count: previousBytes + length))
        }
        pair.update(from: character, count: length)
        previousBytes = length
        cjkCount += 1
    }

    private mutating func flushWord(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        body(UnsafeBufferPointer(start: word, count: wordBytes))
        wordBytes = 0
        wordLength = 0
    }

    private mutating func flushCJK(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // A run of one character is its own term; longer runs gave their bigrams already.
        if cjkCount == 1 { body(UnsafeBufferPointer(start: pair, count: previousBytes)) }
        cjkCount = 0
        previousBytes = 0
    }

    /// The scalar starting at a lead byte of valid UTF-8 (a Swift string's bytes), and its length.
    @inline(__always)
    private static func decode(_ bytes: UnsafePointer<UInt8>, at index: Int, count: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        func next(_ offset: Int) -> UInt32 { index + offset < count ? UInt32(bytes[index + offset]) & 0x3F : 0 }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | next(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3) }
        return ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
    }
}
