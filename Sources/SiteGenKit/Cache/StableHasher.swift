/// FNV-1a over a sequence of fields, stable across runs and machines (unlike `Hasher`), with a
/// separator between fields so ("ab", "c") and ("a", "bc") differ.
struct StableHasher {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0x1F)
    }

    mutating func combine(_ number: Int) { combine(String(number)) }

    mutating func combine(_ text: String?) { combine(text ?? "\u{0}nil") }

    private mutating func mix(_ byte: UInt8) {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
    }

    var value: String {
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// Runs `transform` over `items` on all cores in chunks; results keep the input order, so the
/// output is the same as a single-threaded run.
func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], chunks: Int = 64, _ transform: @escaping @Sendable (T) -> R) async -> [R] {
    guard items.count > 1 else { return items.map(transform) }
    let size = max(1, (items.count + chunks - 1) / chunks)
    let starts = Array(stride(from: 0, to: items.count, by: size))
    var results = [[R]](repeating: [], count: starts.count)
    await withTaskGroup(of: (Int, [R]).self) { group in
        for (chunk, start) in starts.enumerated() {
            let slice = Array(items[start..<min(start + size, items.count)])
            group.addTask { (chunk, slice.map(transform)) }
        }
        for await (chunk, values) in group { results[chunk] = values }
    }
    return results.flatMap { $0 }
}
