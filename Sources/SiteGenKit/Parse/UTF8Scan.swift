import Foundation

/// Byte searches over a string's UTF-8 storage.
///
/// The generic `utf8.contains` and `utf8.split` step through `String.Index` values, checking each
/// one; over every body, text node and template value of a site that came to several percent of
/// a full build. Native Swift strings keep their UTF-8 contiguously, so these run over the
/// buffer (with `memchr` for single bytes) and fall back to the generic walk for the rare
/// string that is not contiguous (one bridged from Foundation, say).
enum UTF8Scan {
    /// Whether `byte` occurs in `text`.
    static func contains(_ text: some StringProtocol, byte: UInt8) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }) {
            return found
        }
        return text.utf8.contains(byte)
    }

    /// Whether any byte of `text` satisfies `predicate`.
    @inline(__always)
    static func contains(_ text: some StringProtocol, where predicate: (UInt8) -> Bool) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            for byte in buffer where predicate(byte) { return true }
            return false
        }) {
            return found
        }
        return text.utf8.contains(where: predicate)
    }

    /// `text` cut at every `separator` byte, empty pieces included: always one more piece than
    /// there are separators. The separator must be ASCII: a byte inside a multi-byte character
    /// is not a place a string can be cut.
    static func split(_ text: String, at separator: UInt8) -> [Substring] {
        assert(separator < 0x80, "UTF8Scan.split cuts at ASCII bytes only")
        let offsets: [Int] = text.utf8.withContiguousStorageIfAvailable { buffer in
            var offsets: [Int] = []
            guard let base = buffer.baseAddress else { return offsets }
            var start = 0
            while start < buffer.count, let hit = memchr(base + start, Int32(separator), buffer.count - start) {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                offsets.append(offset)
                start = offset + 1
            }
            return offsets
        } ?? text.utf8.enumerated().compactMap { $0.element == separator ? $0.offset : nil }
        var pieces: [Substring] = []
        pieces.reserveCapacity(offsets.count + 1)
        let utf8 = text.utf8
        var start = utf8.startIndex
        for offset in offsets {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            pieces.append(text[start..<end])
            start = utf8.index(after: end)
        }
        pieces.append(text[start...])
        return pieces
    }
}
