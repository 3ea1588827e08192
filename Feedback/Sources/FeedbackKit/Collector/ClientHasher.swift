import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Client addresses are never stored: only HMAC-SHA256(secret of the day, address). The secret
/// lives in the database (shared by every collector) and is replaced each UTC day, the old one
/// deleted, so hashes from different days cannot be linked.
public final class ClientHasher: @unchecked Sendable {
    private let store: any FeedbackStore
    private let lock = NSLock()
    private var cached: (day: String, key: SymmetricKey)?
    /// Hashes already computed with today's key, by address: the same clients come back.
    private var hashes: [String: String] = [:]

    public init(store: any FeedbackStore) {
        self.store = store
    }

    public func hash(_ address: String, now: Date = Date()) async throws -> String {
        let day = Self.day(now)
        if let known = lock.withLock({ cached?.day == day ? hashes[address] : nil }) { return known }
        let key = try await key(for: day)
        let code = HMAC<SHA256>.authenticationCode(for: Data(address.utf8), using: key)
        let hash = code.withUnsafeBytes { Self.hex($0.prefix(16)) }
        lock.withLock {
            guard cached?.day == day else { return }
            // Bounded: a flood of distinct addresses empties the memo instead of growing it.
            if hashes.count >= 10_000 { hashes.removeAll(keepingCapacity: true) }
            hashes[address] = hash
        }
        return hash
    }

    private func key(for day: String) async throws -> SymmetricKey {
        if let cached = lock.withLock({ cached }), cached.day == day { return cached.key }
        let candidate = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
        let secret = try await store.clientKey(day: day, candidate: candidate)
        let key = SymmetricKey(data: Data(base64Encoded: secret) ?? Data(secret.utf8))
        lock.withLock {
            if cached?.day != day { hashes.removeAll() }
            cached = (day, key)
        }
        return key
    }

    private static func hex(_ bytes: some Collection<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `YYYY-MM-DD` of the UTC day (Calendar and String(format:) would cost more than the HMAC).
    static func day(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func padded(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(parts.tm_year + 1900, 4) + "-" + padded(parts.tm_mon + 1, 2) + "-" + padded(parts.tm_mday, 2)
    }
}
