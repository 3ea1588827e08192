import Foundation

/// A 64-bit checksum of cache bytes, eight bytes per step. Every step is a bijection of the
/// state for a given word, and each word changes the state injectively, so any change confined
/// to one word (every single bit flip) always changes the result. Not a cryptographic hash:
/// it guards against damaged disks and torn writes, not against an attacker.
func checksum64(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
    var state: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(buffer.count)
    var offset = 0
    while offset + 8 <= buffer.count {
        state = (state ^ buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
        state ^= state >> 32
        offset += 8
    }
    while offset < buffer.count {
        state = (state ^ UInt64(buffer[offset])) &* 0xC4CE_B9FE_1A85_EC53
        state ^= state >> 29
        offset += 1
    }
    return state
}

func checksum64(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
    bytes.withUnsafeBytes { checksum64(UnsafeRawBufferPointer(rebasing: $0[range])) }
}

/// A digest of a page's bytes for the page cache, which only compares it with the digest of
/// the last build's bytes. Eight bytes per step instead of FNV's one: every page of a full
/// build is hashed (the cache checksum's mixing). Not for anything users see or store
/// (revisions, stamps use `stableHash`).
func outputDigest(_ data: Data) -> String {
    let state = data.withUnsafeBytes { checksum64($0) }
    let hex = String(state, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}
