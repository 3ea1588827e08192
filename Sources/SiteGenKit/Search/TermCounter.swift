/// Occurrences of each term of one document per field (0 title, 1 headings, 2 body), keyed by
/// the term's UTF-8 bytes: an open-addressing table over one byte arena, so counting a term
/// that was seen before allocates nothing, and only distinct terms become strings.
struct TermCounter {
    struct Count { var title: Int32 = 0, heading: Int32 = 0, body: Int32 = 0 }

    private struct Entry {
        var start: Int32
        var length: Int32
        var hash: UInt32
        var count = Count()
    }

    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    /// Entry number + 1 per slot, 0 for an empty slot; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 1024)
    /// Terms counted, repeats included.
    private(set) var length = 0

    init() {
        arena.reserveCapacity(8192)
        entries.reserveCapacity(512)
    }

    mutating func add(_ term: UnsafeBufferPointer<UInt8>, field: Int) {
        length += 1
        var hash: UInt32 = 0x811C_9DC5
        for byte in term { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let number = Int(slots[slot])
            if number == 0 { break }
            let entry = entries[number - 1]
            if entry.hash == hash, Int(entry.length) == term.count, equal(entry, term) {
                bump(&entries[number - 1].count, field: field)
                return
            }
            slot = (slot + 1) & mask
        }
        var entry = Entry(start: Int32(arena.count), length: Int32(term.count), hash: hash)
        bump(&entry.count, field: field)
        arena.append(contentsOf: term)
        entries.append(entry)
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
    }

    /// Distinct terms with their counts, in UTF-8 byte order.
    func sortedTerms() -> [(term: String, count: Count)] {
        arena.withUnsafeBufferPointer { arena in
            func bytes(_ entry: Entry) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: arena[Int(entry.start)..<Int(entry.start + entry.length)])
            }
            // Sorted on the first eight bytes as one number, the rest compared only on a tie.
            func prefix(_ entry: Entry) -> UInt64 {
                var value: UInt64 = 0
                for index in 0..<8 {
                    value <<= 8
                    if index < Int(entry.length) { value |= UInt64(arena[Int(entry.start) + index]) }
                }
                return value
            }
            let keyed = entries.map { (prefix: prefix($0), entry: $0) }
            return keyed.sorted { a, b in
                a.prefix != b.prefix ? a.prefix < b.prefix : bytes(a.entry).lexicographicallyPrecedes(bytes(b.entry))
            }.map { (String(decoding: bytes($0.entry), as: UTF8.self), $0.entry.count) }
        }
    }

    @inline(__always)
    private func bump(_ count: inout Count, field: Int) {
        switch field {
        case 0: count.title += 1
        case 1: count.heading += 1
        default: count.body += 1
        }
    }

    @inline(__always)
    private func equal(_ entry: Entry, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { arena in
            let start = Int(entry.start)
            for index in 0..<term.count where arena[start + index] != term[index] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, entry) in entries.enumerated() {
            var slot = Int(entry.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }
}
