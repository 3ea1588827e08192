import Foundation

/// The search box's lookup (search.js and search-index.js) restated over a built index, for the
/// benchmark: the files a query fetches and the articles it ranks first. Same words (the last
/// one a prefix while it is being typed), same shards and vocabulary files for typos, same
/// factors (1 exact, 0.8 a completion, 0.5 and 0.4 one typo away), same order.
public struct SearchQuery {
    public struct Result: Equatable, Sendable {
        /// The article key; `language` is set for a fallback result from the source language.
        public var key: String
        public var language: String?
    }

    /// Bytes of a file under the output folder (`search/en/s3.txt`), nil when missing.
    let read: (String) -> Data?
    /// Every file fetched so far, in order, each once (the browser caches them).
    public private(set) var fetched: [String] = []
    private var cache: [String: Data] = [:]

    public init(output: String) {
        let fileSystem = LocalFileSystem()
        read = { try? fileSystem.readFile(output + "/" + $0) }
    }

    init(read: @escaping (String) -> Data?) { self.read = read }

    /// The top `limit` results of `query` in `language`, fetching what the browser would.
    public mutating func run(_ query: String, language: String, limit: Int = 5) -> [Result] {
        var words: [(term: String, prefix: Bool, cjk: Bool)] = []
        let typing = query.unicodeScalars.last.map { SearchTokenizer.isWordCharacter($0) || SearchTokenizer.isCJK($0) } ?? false
        let terms = SearchTokenizer.terms(query)
        for (index, term) in terms.enumerated() where !words.contains(where: { $0.term == term }) {
            let cjk = term.unicodeScalars.first.map(SearchTokenizer.isCJK) ?? false
            words.append((term, typing && (index == terms.count - 1 || (cjk && term.unicodeScalars.count == 1)), cjk))
        }
        guard !words.isEmpty else { return [] }
        let folder = SiteURLs.searchIndex(language)
        guard let entry = json(folder + "index.json") else { return [] }
        var ranked: [(folder: String, entry: [String: Any], doc: Int, words: Int, title: Int, score: Double, language: String?)] = []
        for (doc, score) in score(folder, entry: entry, words: words, allowed: nil) {
            ranked.append((folder, entry, doc, score.words, score.title, score.score, nil))
        }
        if let fallback = entry["fallback"] as? [String: Any], let source = fallback["lang"] as? String,
           let bitmap = fallback["docs"] as? String, !bitmap.isEmpty {
            var allowed = Set<Int>()
            for (index, byte) in bitmap.utf8.enumerated() {
                let value = SearchIndexFormat.digits.firstIndex(of: byte) ?? 0
                for bit in 0..<6 where (value >> bit) & 1 == 1 { allowed.insert(index * 6 + bit) }
            }
            let sourceFolder = SiteURLs.searchIndex(source)
            if let sourceEntry = json(sourceFolder + "index.json") {
                for (doc, score) in score(sourceFolder, entry: sourceEntry, words: words, allowed: allowed) {
                    ranked.append((sourceFolder, sourceEntry, doc, score.words, score.title, score.score, source))
                }
            }
        }
        ranked.sort { a, b in
            if a.words != b.words { return a.words > b.words }
            if a.title != b.title { return a.title > b.title }
            if a.score != b.score { return a.score > b.score }
            if (a.language == nil) != (b.language == nil) { return a.language == nil }
            return a.doc < b.doc
        }
        return ranked.prefix(limit).compactMap { result in
            let group = result.entry["group"] as? Int ?? 1
            guard let details = details(result.folder + "d\(result.doc / group).json"), result.doc % group < details.count,
                  let key = details[result.doc % group].first else { return nil }
            return Result(key: key.removingPercentEncoding ?? key, language: result.language)
        }
    }

    private mutating func score(_ folder: String, entry: [String: Any], words: [(term: String, prefix: Bool, cjk: Bool)],
                                allowed: Set<Int>?) -> [Int: (words: Int, title: Int, score: Double)] {
        let count = entry["count"] as? Int ?? 0
        var scores: [Int: (words: Int, title: Int, score: Double)] = [:]
        for word in words {
            var best: [Int: (value: Double, title: Bool)] = [:]
            for match in lookUp(folder, entry: entry, word: word) {
                guard let postings = SearchIndexFormat.decodePostings(Substring(match.postings)) else { continue }
                let df = Double(postings.count)
                let idf = log(1 + (Double(count) - df + 0.5) / (df + 0.5))
                for posting in postings where allowed?.contains(posting.document) ?? true {
                    let value = idf * Double(posting.weight) * match.factor
                    if value > best[posting.document]?.value ?? -1 { best[posting.document] = (value, posting.weight >= 48) }
                }
            }
            for (doc, hit) in best {
                scores[doc, default: (0, 0, 0)].words += 1
                scores[doc, default: (0, 0, 0)].title += hit.title ? 1 : 0
                scores[doc, default: (0, 0, 0)].score += hit.value
            }
        }
        return scores
    }

    private mutating func lookUp(_ folder: String, entry: [String: Any], word: (term: String, prefix: Bool, cjk: Bool)) -> [(term: String, factor: Double, postings: String)] {
        let counts = (words: entry["shards"] as? Int ?? 0, cjk: entry["cjk"] as? Int ?? 0)
        guard (word.cjk ? counts.cjk : counts.words) > 0 else { return [] }
        let terms = shard(folder + SearchIndexFormat.shardFile(of: word.term, counts: counts))
        var found = SearchTypos.matches(word.term, prefix: word.prefix, cjk: word.cjk, in: terms.keys).map { (term: $0.term, factor: $0.factor, postings: terms[$0.term] ?? "") }
        let typo = entry["typo"] as? Int ?? 0
        guard found.isEmpty, !word.cjk, typo > 0, word.term.unicodeScalars.count >= 5 else { return found }
        let vocabulary = text(folder + SearchIndexFormat.typoFile(of: word.term, count: typo)).split(separator: "\n").map(String.init)
        var byShard: [String: [String]] = [:]
        for term in vocabulary where SearchTypos.withinOne(Array(word.term.unicodeScalars), Array(term.unicodeScalars)) {
            byShard[SearchIndexFormat.shardFile(of: term, counts: counts), default: []].append(term)
        }
        for name in byShard.keys.sorted().prefix(SearchTypos.maxShards) {
            let terms = shard(folder + name)
            for term in byShard[name] ?? [] { if let postings = terms[term] { found.append((term, 0.5, postings)) } }
        }
        return found
    }

    private mutating func data(_ path: String) -> Data? {
        if let data = cache[path] { return data }
        fetched.append(path)
        let data = read(path) ?? Data()
        cache[path] = data
        return data
    }

    private mutating func text(_ path: String) -> String { String(decoding: data(path) ?? Data(), as: UTF8.self) }

    private mutating func json(_ path: String) -> [String: Any]? {
        data(path).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
    }

    private mutating func details(_ path: String) -> [[String]]? {
        data(path).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [[String]] }
    }

    private mutating func shard(_ path: String) -> [String: String] {
        var terms: [String: String] = [:]
        for line in text(path).split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            terms[String(line[..<tab])] = String(line[line.index(after: tab)...])
        }
        return terms
    }
}
