import Foundation

/// 64-bit FNV-1a: the one hash behind `stableHash`, `StableHasher` and `PathHash`, stable
/// across runs and machines (unlike `Hasher`).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    mutating func mix<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        // Through a raw buffer where there is one: walking a String's UTF-8 view checks every
        // index, and every path of both trees is hashed on each build.
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            for byte in buffer { mix(byte) }
        }
        if done == nil {
            for byte in bytes { mix(byte) }
        }
    }

    /// The value as 16 hex digits.
    var hex: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// The FNV-1a hash of some bytes, as 16 hex digits.
func stableHash<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    var hash = FNV1a()
    // `mix` reads contiguous storage through a raw buffer itself; `Data` is read through its
    // bytes here, as its iterator costs a call per byte.
    if let data = bytes as? Data { data.withUnsafeBytes { hash.mix($0) } } else { hash.mix(bytes) }
    return hash.hex
}

/// FNV-1a over a sequence of fields, with a separator between fields so ("ab", "c") and
/// ("a", "bc") differ.
struct StableHasher {
    private var hash = FNV1a()

    mutating func combine(_ text: String) {
        hash.mix(text.utf8)
        hash.mix(0x1F)
    }

    mutating func combine(_ number: Int) { combine(String(number)) }

    mutating func combine(_ text: String?) { combine(text ?? "\u{0}nil") }

    mutating func combine(_ flag: Bool) { hash.mix(flag ? 1 : 0); hash.mix(0x1F) }

    var value: String { hash.hex }
    /// The hash as a number, for digests kept in memory and in binary records.
    var number: UInt64 { hash.value }
}
