import Foundation
import Synchronization

/// Every reuse decision of a build about pages, in one place. A page of the last build is
/// reused when
/// - its own-input key is unchanged: the theme, the UI strings, site.yml and the generator
///   (global inputs of every page), its output path and the revisions of its own sources, and
/// - every fact it read of other documents while it rendered (`SiteReads`) still has the value
///   it had then,
/// and its file is still in the output as that build left it. `--verify-cache` renders the
/// pages it would reuse anyway and reports any that come out different.
struct BuildCache: Sendable {
    private let site: Site
    private let previous: PageCache?
    private let global: String
    /// Per fact of `previous`, whether its value changed since.
    private let changed: [Bool]
    private let table: FactTable
    let verifying: Bool

    init(site: Site, templates: TemplateSet, strings: [String: UIStrings], assets: ThemeAssets, previous: PageCache?, verifying: Bool = false) async {
        self.site = site
        self.previous = previous
        self.verifying = verifying
        var hasher = StableHasher()
        hasher.combine(GeneratorVersion.current)
        hasher.combine(site.config.revision)
        for (name, text) in templates.sources.sorted(by: { $0.key < $1.key }) { hasher.combine(name); hasher.combine(text) }
        // Pages link the assets by their hashed names: a changed stylesheet changes every page.
        for file in assets.files { hasher.combine(file.hashedPath) }
        for (language, table) in strings.sorted(by: { $0.key < $1.key }) {
            hasher.combine(language)
            for (key, value) in table.values.sorted(by: { $0.key < $1.key }) { hasher.combine(key); hasher.combine(value) }
        }
        global = hasher.value
        let facts = previous?.facts ?? []
        let digests = await Self.digests(facts, in: site)
        changed = zip(digests, previous?.factDigests ?? []).map { $0 != $1 }
        table = FactTable(facts: facts, digests: digests)
    }

    /// The current digest of every fact, computed on all cores.
    private static func digests(_ facts: [SiteFact], in site: Site) async -> [UInt64] {
        let chunkCount = max(1, min(16, facts.count / 512))
        return await parallelMap(chunkCount) { chunk in
            let reads = SiteReads(site)
            return facts[(chunk * facts.count / chunkCount)..<((chunk + 1) * facts.count / chunkCount)].map { $0.digest(in: reads) }
        }.flatMap { $0 }
    }

    /// What the page is rendered from of its own: changes with the global inputs, its path and
    /// its own sources (and their dates from git, which change without the files changing).
    func ownKey(_ plan: PagePlan) -> String {
        var hasher = StableHasher()
        hasher.combine(global)
        hasher.combine(plan.outputPath)
        switch plan {
        case .article(let key, let language):
            if let article = site.article(key) {
                hasher.combine(article.source.revision)
                hasher.combine(article.translations[language]?.revision)
                hasher.combine(article.source.frontMatter.updated?.description)
                hasher.combine(article.translations[language]?.frontMatter.updated?.description)
            }
        case .home(let language):
            hasher.combine(site.homes[language]?.revision)
            hasher.combine(site.homes[site.config.defaultLanguage]?.revision)
        case .category(let key, let language):
            if let category = site.category(key) {
                hasher.combine(category.source?.revision)
                hasher.combine(category.translations[language]?.revision)
            }
        case .languagePicker, .rootNotFound, .availability, .notFound, .search:
            break
        }
        return hasher.value
    }

    /// The last build's entry for `path`.
    func entry(_ path: String) -> PageCache.Entry? { previous?.entries[path] }

    /// Whether `entry` may stand for a page whose own inputs now have `key`.
    func mayReuse(_ entry: PageCache.Entry, key: String) -> Bool {
        entry.inputKey == key && !entry.reads.contains { changed[Int($0)] }
    }

    /// The positions of `facts` in the fact table the next build will read.
    func record(_ facts: Set<SiteFact>) -> [UInt32] {
        table.positions(of: facts, in: site)
    }

    /// Why a page the cache would have reused renders differently now; nil when it does not.
    /// - Parameter path: the page's file, as the diagnostic names it.
    func staleness(of path: String, entry: PageCache.Entry, rendered data: Data?, diagnostics: Diagnostics, log: ReadLog, published: Data?) -> Diagnostic? {
        let hash = data.map(outputDigest) ?? ""
        guard hash != entry.outputHash || diagnostics != entry.diagnostics else { return nil }
        var reasons: [String] = []
        if hash != entry.outputHash { reasons.append(Self.firstDifference(published, data)) }
        if diagnostics != entry.diagnostics { reasons.append("its diagnostics differ") }
        let recorded = Set(entry.reads.map { table.fact(at: Int($0)) })
        let unrecorded = log.facts.subtracting(recorded).map { "\($0)" }.sorted()
        if !unrecorded.isEmpty { reasons.append("it read facts the cache did not record: " + unrecorded.prefix(5).joined(separator: ", ")) }
        return .error(path, code: "cache.stale", "the build cache would reuse this page, but it renders differently: " + reasons.joined(separator: "; "))
    }

    /// The first line where the published bytes and the new ones differ.
    private static func firstDifference(_ old: Data?, _ new: Data?) -> String {
        guard let old, let new else { return "the page is new or gone" }
        let oldLines = String(decoding: old, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = String(decoding: new, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in newLines.enumerated() where index >= oldLines.count || oldLines[index] != line {
            let was = index < oldLines.count ? String(oldLines[index].prefix(120)) : "(nothing)"
            return "line \(index + 1) was '\(was)', is '\(line.prefix(120))'"
        }
        return "the published file has \(oldLines.count - newLines.count) more lines"
    }

    /// The page cache this build leaves: `entries` with the fact table they refer to, without
    /// the facts no page reads any more once they are a tenth of it.
    func pageCache(_ entries: [String: PageCache.Entry], outputDirectory: String, inputs: String = "",
                   prepareDiagnostics: Diagnostics, policy: DiagnosticPolicy) -> PageCache {
        var cache = PageCache(entries: entries, outputDirectory: outputDirectory, inputFingerprint: inputs, prepareDiagnostics: prepareDiagnostics, policy: policy)
        let (facts, digests) = table.contents
        var used = [Bool](repeating: false, count: facts.count)
        for entry in entries.values { for position in entry.reads { used[Int(position)] = true } }
        // Renumbering rewrites every entry's reads: worth it only once a tenth of the table is
        // dead weight, not after each edit (`serve` keeps the cache from save to save).
        guard used.lazy.filter({ !$0 }).count * 10 > facts.count else {
            (cache.facts, cache.factDigests) = (facts, digests)
            return cache
        }
        var renumbered = [UInt32](repeating: 0, count: facts.count)
        for index in facts.indices where used[index] {
            renumbered[index] = UInt32(cache.facts.count)
            cache.facts.append(facts[index])
            cache.factDigests.append(digests[index])
        }
        for (path, entry) in entries where !entry.reads.isEmpty {
            cache.entries[path]?.reads = entry.reads.map { renumbered[Int($0)] }
        }
        return cache
    }
}

/// The facts pages of this build read, each with one position: those of the last build keep
/// theirs, so reused entries stay valid, and new ones are added as pages record them.
private final class FactTable: Sendable {
    private struct State {
        var facts: [SiteFact]
        var digests: [UInt64]
        var positions: [SiteFact: UInt32]
    }

    private let state: Mutex<State>

    init(facts: [SiteFact], digests: [UInt64]) {
        var positions: [SiteFact: UInt32] = [:]
        positions.reserveCapacity(facts.count)
        for (index, fact) in facts.enumerated() { positions[fact] = UInt32(index) }
        state = Mutex(State(facts: facts, digests: digests, positions: positions))
    }

    func positions(of facts: Set<SiteFact>, in site: Site) -> [UInt32] {
        // Digests of new facts are computed outside the lock; most facts are known already.
        let known = state.withLock { state in facts.map { state.positions[$0] } }
        let reads = SiteReads(site)
        let fresh = zip(facts, known).filter { $0.1 == nil }.map { ($0.0, $0.0.digest(in: reads)) }
        return state.withLock { state in
            var result = known.compactMap { $0 }
            for (fact, digest) in fresh {
                if let position = state.positions[fact] {
                    result.append(position)
                    continue
                }
                let position = UInt32(state.facts.count)
                state.facts.append(fact)
                state.digests.append(digest)
                state.positions[fact] = position
                result.append(position)
            }
            return result.sorted()
        }
    }

    func fact(at position: Int) -> SiteFact { state.withLock { $0.facts[position] } }

    var contents: ([SiteFact], [UInt64]) { state.withLock { ($0.facts, $0.digests) } }
}
