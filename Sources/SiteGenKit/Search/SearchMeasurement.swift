import Foundation

/// Search figures for the benchmark (`sitegen-bench`): which files a query makes the browser
/// fetch (timing the index work needs a whole build, so it is in Build/). `fetchedFiles`
/// restates the lookup of search-index.js — exact words, completions of the word being typed,
/// documents ranked by words matched, then by score — without its typo matching, which never changes which shards are fetched.
public enum SearchMeasurement {
    /// The files under `output` (relative paths) the search box of `language` fetches for
    /// `query`, in order, the 5 results' detail groups included.
    public static func fetchedFiles(query: String, language: String, output: String) -> [String] {
        let fileSystem = LocalFileSystem()
        func json(_ path: String) -> [String: Any]? {
            (try? fileSystem.readFile(output + "/" + path)).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        }
        let terms = SearchTokenizer.terms(query)
        let typing = query.unicodeScalars.last.map { SearchTokenizer.isWordCharacter($0) || SearchTokenizer.isCJK($0) } ?? false
        var files: [String] = []
        var ranked: [(folder: String, group: Int, document: Int, words: Int, score: Double)] = []
        func search(_ folder: String, allowed: Set<Int>?) {
            let entryPath = folder + "index.json"
            files.append(entryPath)
            guard let entry = json(entryPath), let count = entry["count"] as? Int, let shards = entry["shards"] as? Int,
                  let cjk = entry["cjk"] as? Int, let group = entry["group"] as? Int else { return }
            var scores: [Int: (words: Int, score: Double)] = [:]
            for (index, term) in Set(terms).sorted().enumerated() {
                let isCJK = term.unicodeScalars.first.map(SearchTokenizer.isCJK) ?? false
                guard (isCJK ? cjk : shards) > 0 else { continue }
                let path = folder + SearchIndexFormat.shardFile(of: term, counts: (shards, cjk))
                files.append(path)
                let text = (try? fileSystem.readFile(output + "/" + path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                let expands = typing && index == terms.count - 1 && term.unicodeScalars.count >= 3
                var best: [Int: Double] = [:]
                for line in text.split(separator: "\n") {
                    guard let tab = line.firstIndex(of: "\t") else { continue }
                    let candidate = line[..<tab]
                    let factor = candidate == term ? 1.0 : (expands && candidate.hasPrefix(term) ? 0.8 : 0)
                    guard factor > 0, let postings = SearchIndexFormat.decodePostings(line[line.index(after: tab)...]) else { continue }
                    let df = Double(postings.count)
                    let idf = log(1 + (Double(count) - df + 0.5) / (df + 0.5))
                    for posting in postings where allowed?.contains(posting.document) ?? true {
                        best[posting.document] = max(best[posting.document] ?? 0, idf * Double(posting.weight) * factor)
                    }
                }
                for (document, score) in best { scores[document, default: (0, 0)].words += 1; scores[document, default: (0, 0)].score += score }
            }
            ranked += scores.map { (folder, group, $0.key, $0.value.words, $0.value.score) }
        }
        let folder = SiteURLs.searchIndex(language)
        search(folder, allowed: nil)
        if let fallback = json(folder + "index.json")?["fallback"] as? [String: Any], let source = fallback["lang"] as? String,
           let bitmap = fallback["docs"] as? String, !bitmap.isEmpty {
            let documents = bitmap.utf8.enumerated().flatMap { index, byte in
                (0..<6).filter { ((SearchIndexFormat.digits.firstIndex(of: byte) ?? 0) >> $0) & 1 == 1 }.map { index * 6 + $0 }
            }
            search(SiteURLs.searchIndex(source), allowed: Set(documents))
        }
        ranked.sort { ($0.words, $0.score, $1.document) > ($1.words, $1.score, $0.document) }
        for result in ranked.prefix(5) { files.append(result.folder + "d\(result.document / result.group).json") }
        var seen = Set<String>()
        return files.filter { seen.insert($0).inserted }
    }
}
