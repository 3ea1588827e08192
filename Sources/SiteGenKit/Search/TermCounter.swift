import Foundation

/// Occurrences of each term of one document per field (0 title, 1 headings, 2 body), keyed by
/// the term's UTF-8 bytes: an open-addressing table over one byte arena, so counting a term
/// that was seen before allocates nothing, and only distinct terms become strings. Its storage
/// is raw memory it owns (hence not copyable): a term is counted with no bounds or uniqueness
/// checks on the way.
struct TermCounter: ~Copyable {
    struct Count { var title: Int32 = 0, heading: Int32 = 0, body: Int32 = 0 }

    private struct Entry {
        var start: Int32
        var length: Int32
        var hash: UInt32
        var count = Count()
    }

    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCount = 0, arenaCapacity = 8192
    private var entries: UnsafeMutablePointer<Entry>
    private var entryCount = 0, entryCapacity = 512
    /// Entry number + 1 per slot, 0 for an empty slot; the count is a power of two, at least
    /// twice the entries'.
    private var slots: UnsafeMutablePointer<Int32>
    private var slotCount = 1024
    /// Terms counted, repeats included.
    private(set) var length = 0

    init() {
        arena = .allocate(capacity: arenaCapacity)
        entries = .allocate(capacity: entryCapacity)
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
    }

    deinit {
        arena.deallocate()
        entries.deallocate()
        slots.deallocate()
    }

    mutating func add(_ term: UnsafeBufferPointer<UInt8>, field: Int) {
        length += 1
        guard let bytes = term.baseAddress else { return }
        let count = term.count
        let hash = Self.hash(bytes, count)
        let mask = slotCount - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let number = Int(slots[slot])
            if number == 0 { break }
            let entry = entries + (number - 1)
            if entry.pointee.hash == hash, Int(entry.pointee.length) == count, Self.same(arena + Int(entry.pointee.start), bytes, count) {
                Self.bump(&entry.pointee.count, field: field)
                return
            }
            slot = (slot + 1) & mask
        }
        if arenaCount + count > arenaCapacity { growArena(to: arenaCount + count) }
        (arena + arenaCount).initialize(from: bytes, count: count)
        if entryCount == entryCapacity { growEntries() }
        var entry = Entry(start: Int32(arenaCount), length: Int32(count), hash: hash)
        Self.bump(&entry.count, field: field)
        (entries + entryCount).initialize(to: entry)
        arenaCount += count
        entryCount += 1
        slots[slot] = Int32(entryCount)
        if entryCount * 2 > slotCount { growSlots() }
    }

    /// Calls `body` with each distinct term and its counts, in order of first appearance.
    func forEachTerm(_ body: (String, Count) -> Void) {
        for number in 0..<entryCount {
            let entry = entries[number]
            body(String(decoding: UnsafeBufferPointer(start: arena + Int(entry.start), count: Int(entry.length)), as: UTF8.self), entry.count)
        }
    }

    /// Distinct terms counted.
    var distinct: Int { entryCount }

    /// A hash of a term's bytes, eight at a time: most terms take one or two multiplications.
    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> UInt32 {
        let factor: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(count) &* factor
        var index = 0
        while index + 8 <= count {
            hash = (hash ^ UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)) &* factor
            hash ^= hash >> 29
            index += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while index < count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* factor
        return UInt32(truncatingIfNeeded: hash >> 32 ^ hash)
    }

    @inline(__always)
    private static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard count <= 16 else { return memcmp(a, b, count) == 0 }
        for index in 0..<count where a[index] != b[index] { return false }
        return true
    }

    @inline(__always)
    private static func bump(_ count: inout Count, field: Int) {
        switch field {
        case 0: count.title += 1
        case 1: count.heading += 1
        default: count.body += 1
        }
    }

    private mutating func growArena(to needed: Int) {
        var capacity = arenaCapacity * 2
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.initialize(from: arena, count: arenaCount)
        arena.deallocate()
        arena = grown
        arenaCapacity = capacity
    }

    private mutating func growEntries() {
        let grown = UnsafeMutablePointer<Entry>.allocate(capacity: entryCapacity * 2)
        grown.moveInitialize(from: entries, count: entryCount)
        entries.deallocate()
        entries = grown
        entryCapacity *= 2
    }

    private mutating func growSlots() {
        slots.deallocate()
        slotCount *= 2
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
        let mask = slotCount - 1
        for number in 0..<entryCount {
            var slot = Int(entries[number].hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }
}
