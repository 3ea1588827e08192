import Foundation

/// The build cache's decisions about single output files, pages and others alike: a file of the
/// last build is reused when its own-input key is unchanged, every fact it read of other
/// documents has the value it had then, and the output still holds it as that build left it.
extension BuildCache {
    /// What the cache decided for one output file.
    struct Decision {
        /// The last build's entry for the file.
        var cached: PageCache.Entry?
        /// The output still holds the file as the last build left it.
        var present: Bool
        /// The last build's file stands as it is: the entry to keep, or nil when the file must
        /// be made again.
        var reused: PageCache.Entry?
    }

    /// Whether the file at `path`, whose own inputs now have `key`, may be kept as `sink` holds it.
    func decide(_ path: String, key: String, in sink: some OutputSink) -> Decision {
        var decision = made(path, in: sink)
        if let cached = decision.cached, decision.present, mayReuse(cached, key: key) { decision.reused = cached }
        return decision
    }

    /// The last build's entry for a file that is made again in any case, and whether the
    /// output still holds it (its bytes are then written only if they changed).
    func made(_ path: String, in sink: some OutputSink) -> Decision {
        let cached = entry(path)
        return Decision(cached: cached, present: cached != nil && sink.existsInOutput(path), reused: nil)
    }

    /// The last build's entries for the files under a folder of the output.
    func previousEntries(under folder: String) -> [(path: String, entry: PageCache.Entry)] {
        entries.compactMap { $0.key.hasPrefix(folder) ? ($0.key, $0.value) : nil }
    }

    /// Files that are not pages but read the site's documents; each has own inputs besides the
    /// facts it records while it is made, as a page has its templates.
    enum GeneratedFile {
        /// `sitemap.xml`: site.yml's base URL, languages and products.
        case sitemap
        /// A language's search index: its format, site.yml (languages, products and tiers and
        /// their names, fallback) and the UI string naming articles outside any section.
        case searchIndex(language: String)
    }

    func ownKey(_ file: GeneratedFile) -> String {
        var hasher = StableHasher()
        hasher.combine(GeneratorVersion.current)
        hasher.combine(site.config.revision)
        switch file {
        case .sitemap:
            hasher.combine("sitemap")
        case .searchIndex(let language):
            hasher.combine("search:" + language)
            hasher.combine(SearchIndexFormat.version)
            hasher.combine(strings[language]?["more_articles"])
        }
        return hasher.value
    }

    /// What to do with a group of files made together from one set of reads (a language's
    /// search index): `anchor` is the file whose entry holds the group's reads.
    enum GroupDecision: Equatable {
        /// Every file stands as it is.
        case reuse
        /// Only facts of `patchable` kind changed: the files may be updated in place.
        case patch
        /// Made again from scratch.
        case rebuild
    }

    /// - Parameters:
    ///   - members: every file of the group as the last build left it (the anchor included).
    ///   - patchable: the kind of fact whose change alone lets the group be patched.
    func decideGroup(anchor: String, members: [String], key: String, in sink: some OutputSink, patchable: (SiteFact) -> Bool) -> GroupDecision {
        guard let cached = entry(anchor), cached.inputKey == key, members.contains(anchor),
              members.allSatisfy({ sink.existsInOutput($0) }) else { return .rebuild }
        let changedReads = changedFacts(cached)
        if changedReads.isEmpty { return .reuse }
        return changedReads.allSatisfy(patchable) ? .patch : .rebuild
    }
}
