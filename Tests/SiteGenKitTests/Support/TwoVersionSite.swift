import Foundation
import Testing
@testable import SiteGenKit

/// A site on disk large enough that a build takes a while, in two versions that differ on every
/// page (the site title), with the full output of each built clean as the reference: for the
/// tests that race and kill real `sitegen` processes.
struct TwoVersionSite {
    let root: String
    let references: [[String: Data]]

    static func make() async throws -> TwoVersionSite {
        var extra: [String: String] = [:]
        for index in 0..<60 {
            extra["content/en/start/generated-\(index).md"] = "---\ntitle: Generated \(index)\nupdated: 2025-01-10\n---\n" +
                (0..<12).map { "## Part \($0)\n\nSome text about part \($0) of article \(index), with [a link](welcome.md).\n" }.joined(separator: "\n")
        }
        let root = try Fixture.onDisk(extra)
        var references: [[String: Data]] = []
        for version in 0..<2 {
            try setVersion(version, root: root)
            references.append(await DiskTree.cleanBuild(root: root))
        }
        #expect(references[0] != references[1] && references[0].count > 150)
        return TwoVersionSite(root: root, references: references)
    }

    static func setVersion(_ version: Int, root: String) throws {
        let yaml = Fixture.siteYAML.replacingOccurrences(of: "en: Acme Help", with: "en: Acme Help \(version == 0 ? "A" : "B")")
        try yaml.write(toFile: root + "/content/site.yml", atomically: true, encoding: .utf8)
    }

    func setVersion(_ version: Int) throws { try Self.setVersion(version, root: root) }

    /// Which version `public/` holds whole, or nil for anything else (a mix, or missing).
    func publishedVersion() -> Int? {
        version(of: DiskTree.snapshot(root + "/public"))
    }

    private func version(of tree: [String: Data]) -> Int? {
        references.firstIndex(of: tree)
    }

    /// Everything needed to tell what went wrong from a failure message alone: per file of
    /// `public/` that is not the same in both versions, which version it matches; the staging
    /// tree likewise; what else lies next to `public/`; and the cache files.
    func explain() -> String {
        var lines: [String] = []
        for name in ["public", "public.sitegen-staging"] {
            let tree = DiskTree.snapshot(root + "/" + name)
            guard !tree.isEmpty else { lines.append("\(name)/: missing or empty"); continue }
            if let version = version(of: tree) { lines.append("\(name)/: version \(version) whole"); continue }
            var counts: [String: Int] = [:]
            var samples: [String] = []
            for path in Set(tree.keys).union(references[0].keys).union(references[1].keys).sorted() {
                let bytes = tree[path]
                guard bytes != references[0][path] || bytes != references[1][path] else { continue }
                let verdict = bytes == nil ? "missing" : bytes == references[0][path] ? "0" : bytes == references[1][path] ? "1"
                    : references[0][path] == nil ? "extra" : "neither"
                counts[verdict, default: 0] += 1
                if samples.count < 8 { samples.append("\(path)=\(verdict)") }
            }
            lines.append("\(name)/: a mix; files by the version they match: \(counts.sorted { $0.key < $1.key }); e.g. \(samples.joined(separator: ", "))")
        }
        let beside = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { $0.hasPrefix("public") }.sorted()
        lines.append("next to public/: \(beside)")
        let cache = root + "/.sitegen-cache"
        // The records that say what public/ holds, with their times, and any leftover; not the
        // hundreds of document and search shards.
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []).sorted()
        let shards = names.filter { $0.range(of: #"-[0-9]+\.bin$"#, options: .regularExpression) != nil }
        let files = names.filter { !shards.contains($0) }.map { name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: cache + "/" + name)
            let modified = (attributes?[.modificationDate] as? Date).map { String(format: "%.3f", $0.timeIntervalSince1970) } ?? "?"
            return "\(name) (\(attributes?[.size] ?? "?") bytes, \(modified))"
        }
        lines.append("cache: \(files.joined(separator: ", ")), and \(shards.count) shards")
        return lines.joined(separator: "\n")
    }
}
