import Crypto
import Foundation

/// Client addresses are never stored: only HMAC-SHA256(secret of the day, address). The secret
/// lives in the database (shared by every collector) and is replaced each UTC day, the old one
/// deleted, so hashes from different days cannot be linked.
public final class ClientHasher: @unchecked Sendable {
    private let store: any FeedbackStore
    private let lock = NSLock()
    private var cached: (day: String, key: SymmetricKey)?

    public init(store: any FeedbackStore) {
        self.store = store
    }

    public func hash(_ address: String, now: Date = Date()) async throws -> String {
        let key = try await key(for: Self.day(now))
        let code = HMAC<SHA256>.authenticationCode(for: Data(address.utf8), using: key)
        return code.withUnsafeBytes { Array($0.prefix(16)) }.map { String(format: "%02x", $0) }.joined()
    }

    private func key(for day: String) async throws -> SymmetricKey {
        if let cached = lock.withLock({ cached }), cached.day == day { return cached.key }
        let candidate = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
        let secret = try await store.clientKey(day: day, candidate: candidate)
        let key = SymmetricKey(data: Data(base64Encoded: secret) ?? Data(secret.utf8))
        lock.withLock { cached = (day, key) }
        return key
    }

    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
