import Foundation

/// A token bucket per client: `perMinute` requests, refilled continuously. 0 turns it off.
public final class RateLimiter: @unchecked Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    public let perMinute: Int
    private let lock = NSLock()
    private var buckets: [String: Bucket] = [:]

    public init(perMinute: Int) {
        self.perMinute = perMinute
    }

    /// Takes one token from `client`'s bucket; false when it is empty.
    public func allow(_ client: String, now: Double = ProcessInfo.processInfo.systemUptime) -> Bool {
        guard perMinute > 0 else { return true }
        let capacity = Double(perMinute), rate = capacity / 60
        return lock.withLock {
            if buckets.count > 100_000 { prune(now: now, rate: rate, capacity: capacity) }
            var bucket = buckets[client] ?? Bucket(tokens: capacity, updated: now)
            bucket.tokens = min(capacity, bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            guard bucket.tokens >= 1 else {
                buckets[client] = bucket
                return false
            }
            bucket.tokens -= 1
            buckets[client] = bucket
            return true
        }
    }

    /// Full buckets carry no information: dropping them bounds memory under many clients.
    private func prune(now: Double, rate: Double, capacity: Double) {
        buckets = buckets.filter { $0.value.tokens + (now - $0.value.updated) * rate < capacity }
    }
}
