import Foundation

/// The Wilson score interval for a proportion: honest at small counts, where `yes / n ± …`
/// gives intervals outside 0…1 or of zero width.
public struct WilsonInterval: Sendable, Equatable, Encodable {
    public var low: Double
    public var high: Double

    /// 95 % by default (z = 1.96). nil when there are no votes.
    public init?(yes: Int, total: Int, z: Double = 1.959964) {
        guard total > 0, yes >= 0, yes <= total else { return nil }
        let n = Double(total), p = Double(yes) / n, z2 = z * z
        let denominator = 1 + z2 / n
        let center = (p + z2 / (2 * n)) / denominator
        let margin = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
        low = max(0, center - margin)
        high = min(1, center + margin)
    }
}
