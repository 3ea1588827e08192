import Foundation

/// `--verify-cache`: what the build cache says about a page it would have reused but rendered.
extension BuildCache {
    /// Why a page the cache would have reused renders differently now; nil when it does not.
    /// - Parameter path: the page's file, as the diagnostic names it.
    func staleness(of path: String, entry: PageCache.Entry, rendered data: Data?, diagnostics: Diagnostics, log: ReadLog, published: Data?) -> Diagnostic? {
        let hash = data.map(outputDigest) ?? ""
        guard hash != entry.outputHash || diagnostics != entry.diagnostics else { return nil }
        var reasons: [String] = []
        if hash != entry.outputHash { reasons.append(Self.firstDifference(published, data)) }
        if diagnostics != entry.diagnostics { reasons.append("its diagnostics differ") }
        let recorded = Set(entry.reads.map(fact(at:)))
        let unrecorded = log.facts.subtracting(recorded).map { "\($0)" }.sorted()
        if !unrecorded.isEmpty { reasons.append("it read facts the cache did not record: " + unrecorded.prefix(5).joined(separator: ", ")) }
        return .error(path, code: "cache.stale", "the build cache would reuse this page, but it renders differently: " + reasons.joined(separator: "; "))
    }

    /// The first line where the published bytes and the new ones differ.
    static func firstDifference(_ old: Data?, _ new: Data?) -> String {
        guard let old, let new else { return "the file is new or gone" }
        let oldLines = String(decoding: old, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = String(decoding: new, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in newLines.enumerated() where index >= oldLines.count || oldLines[index] != line {
            let was = index < oldLines.count ? String(oldLines[index].prefix(120)) : "(nothing)"
            return "line \(index + 1) was '\(was)', is '\(line.prefix(120))'"
        }
        return "the published file has \(oldLines.count - newLines.count) more lines"
    }
}
