import Foundation

/// Every reuse decision of a build, in one place. A file of the last build is reused when
/// - its own-input key is unchanged: for a page the theme, the UI strings, site.yml and the
///   generator (global inputs of every page), its output path and the revisions of its own
///   sources; for other files what they are made of besides documents (`ownKey(_:)` of a
///   `GeneratedFile`), or the stamp or bytes of the one file they come from, and
/// - every fact it read of other documents while it was made (`SiteReads`) still has the value
///   it had then,
/// and its file is still in the output as that build left it (`decide`, `decideGroup`).
/// `--verify-cache` renders the pages it would reuse anyway and reports any that come out
/// different.
struct BuildCache: Sendable {
    let site: Site
    let strings: [String: UIStrings]
    private let previous: PageCache?
    private let global: String
    /// Per fact of `previous`, whether its value changed since.
    private let changed: [Bool]
    private let table: FactTable
    private let subjects: SubjectStamps
    /// The keys whose documents changed since `previous` (nil when unknown), and whether the
    /// inputs of every page are the same: then a page of an unchanged key keeps its own key.
    private let changedSubjects: Set<String>?
    private let samePageInputs: Bool
    let verifying: Bool

    init(site: Site, templates: TemplateSet, strings: [String: UIStrings], assets: ThemeAssets, previous: PageCache?, verifying: Bool = false) async {
        self.site = site
        self.strings = strings
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
        subjects = SubjectStamps(site, inputs: Self.factInputs(site, strings: strings), pageInputs: global)
        let facts = previous?.facts ?? []
        if let known = previous?.subjects, known.inputs == subjects.inputs, previous?.factDigests.count == facts.count {
            changedSubjects = Set(known.changedKeys(since: subjects))
            samePageInputs = known.pageInputs == global
        } else {
            (changedSubjects, samePageInputs) = (nil, false)
        }
        let digests = await Self.digests(facts, in: site, previous: previous, changedSubjects: changedSubjects)
        changed = zip(digests, previous?.factDigests ?? []).map { $0 != $1 }
        let positions = previous?.factPositions.flatMap { $0.count == facts.count ? $0 : nil }
        table = FactTable(facts: facts, digests: digests, positions: positions)
    }

    /// What every fact's value depends on besides the documents: site.yml, the UI strings and
    /// the generator (not the templates, which no fact reads).
    private static func factInputs(_ site: Site, strings: [String: UIStrings]) -> String {
        var hasher = StableHasher()
        hasher.combine(GeneratorVersion.current)
        hasher.combine(site.config.revision)
        for (language, table) in strings.sorted(by: { $0.key < $1.key }) {
            hasher.combine(language)
            for (key, value) in table.values.sorted(by: { $0.key < $1.key }) { hasher.combine(key); hasher.combine(value) }
        }
        return hasher.value
    }

    /// The current digest of every fact, computed on all cores. A fact whose subject has the
    /// stamp it had when `previous` was built keeps its digest there; the others are computed.
    /// - Parameter changedSubjects: the subjects whose stamp changed since `previous`; nil when
    ///   that is not known (every fact is computed).
    private static func digests(_ facts: [SiteFact], in site: Site, previous: PageCache?, changedSubjects changedSet: Set<String>?) async -> [UInt64] {
        let previousDigests = previous?.factDigests ?? []
        // Few subjects change on a save: comparing a key with each is cheaper than hashing it.
        let changedSubjects = changedSet.map { Array($0) }
        let changedFew = changedSubjects.map { $0.count <= 8 } ?? false
        let chunkCount = max(1, min(16, facts.count / 512))
        return await parallelMap(chunkCount) { chunk in
            let reads = SiteReads(site)
            let range = (chunk * facts.count / chunkCount)..<((chunk + 1) * facts.count / chunkCount)
            var digests: [UInt64] = []
            digests.reserveCapacity(range.count)
            for index in range {
                if let changedSubjects, let subject = facts[index].subject,
                   !(changedFew ? changedSubjects.contains(subject) : changedSet?.contains(subject) != false) {
                    digests.append(previousDigests[index])
                } else {
                    digests.append(facts[index].digest(in: reads))
                }
            }
            return digests
        }.flatMap { $0 }
    }

    /// `ownKey(plan)`, taken from the last build's entry when neither the inputs of every page
    /// nor the stamp of the page's own article or section changed (the key is made of those).
    func ownKey(_ plan: PagePlan, cached: PageCache.Entry?) -> String {
        guard let cached, samePageInputs, let changedSubjects else { return ownKey(plan) }
        switch plan {
        case .article(let key, _), .category(let key, _):
            return changedSubjects.contains(key) ? ownKey(plan) : cached.inputKey
        case .languagePicker, .rootNotFound, .availability, .notFound, .search:
            return cached.inputKey
        case .home:
            return ownKey(plan)
        }
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

    /// Every entry of the last build.
    var entries: [String: PageCache.Entry] { previous?.entries ?? [:] }

    /// Whether `entry` may stand for a page whose own inputs now have `key`.
    func mayReuse(_ entry: PageCache.Entry, key: String) -> Bool {
        entry.inputKey == key && !entry.reads.contains { changed[Int($0)] }
    }

    /// The fact at a position of the table `PageCache.Entry.reads` refer to.
    func fact(at position: UInt32) -> SiteFact { table.fact(at: Int(position)) }

    /// The facts `entry` read whose value changed since.
    func changedFacts(_ entry: PageCache.Entry) -> [SiteFact] {
        entry.reads.filter { changed[Int($0)] }.map { table.fact(at: Int($0)) }
    }

    /// The positions of `facts` in the fact table the next build will read.
    func record(_ facts: Set<SiteFact>) -> [UInt32] {
        table.positions(of: facts, in: site)
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
        cache.subjects = subjects
        guard used.lazy.filter({ !$0 }).count * 10 > facts.count else {
            (cache.facts, cache.factDigests) = (facts, digests)
            cache.factPositions = table.positions
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
