import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The moments of publishing between two disk changes that must not be trusted apart (the swap,
/// the page cache, the listings). A test names one in `SITEGEN_TEST_KILL_AT` and the `sitegen`
/// process kills itself there with SIGKILL, as a user's kill -9 could: the deterministic
/// counterpart of the random kills, for windows too short for a random kill to hit. Unset (as
/// everywhere but in tests), reaching a point is one comparison with nil.
enum PublishKillPoint: String, CaseIterable, Sendable {
    /// Every page rendered into staging, nothing linked yet.
    case rendered
    /// Kept files linked into staging.
    case linked
    /// Staging swept of what this build does not produce.
    case swept
    /// Staging and `public/` swapped; nothing recorded of it yet.
    case swapped
    /// The page cache saved.
    case pageCacheSaved = "page-cache-saved"
    /// The listing of the staging tree saved; the listing of `public/` is next.
    case stagingListed = "staging-listed"
    /// Everything saved; the build lock is still held.
    case outputListed = "output-listed"

    /// The point named by the environment, read once per process.
    static let chosen: PublishKillPoint? = ProcessInfo.processInfo.environment["SITEGEN_TEST_KILL_AT"].flatMap(PublishKillPoint.init(rawValue:))

    /// Kills this process when it is the chosen point.
    static func reach(_ point: PublishKillPoint) {
        guard let chosen, chosen == point else { return }
        kill(getpid(), SIGKILL)
    }
}
