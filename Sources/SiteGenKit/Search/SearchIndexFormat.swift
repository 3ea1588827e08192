/// The file layout of a language's index under `public/search/<lang>/`, shared with
/// `templates/assets/search-index.js` (which repeats these rules):
///
/// - `index.json`, the entry: document count, shard count, detail group size, facet names and
///   each document's facets, and for a translated language the source-language documents it
///   lacks (searched in the source index and labelled with their language).
/// - `s<N>.txt`, term shards: one `term<TAB>postings` line per term, in byte order. A term's shard is
///   a hash of its first three characters, so every term a prefix of three characters can
///   expand to is in one shard. Chinese and Japanese bigrams have shards of their own,
///   `c<N>.txt`, by their first character: a language without them has none, and its search
///   fetches nothing for a Japanese query.
/// - `t<N>.txt`, the vocabulary for typos: every word term of four characters or more, one a
///   line in byte order, in the file of a hash of its last two characters. A typo in the first
///   three letters sends a word to another shard; its last two letters are intact unless the
///   word is short or the typo swaps its third and fourth letters, so the file of the
///   typed word's last two letters lists the words it may stand for (then their shards are
///   fetched). Searched only for a word of five letters or more that its shard lacks.
/// - `d<N>.json`, details of documents `N × group` …: `[key, title, excerpt]` each.
enum SearchIndexFormat {
    static let version = 3
    /// Shards, vocabulary files and detail groups together stay under 300 files per language
    /// at any size (at most 128 + 32 + 128 and the entry).
    static let maxShards = 128, maxGroups = 128, minGroupSize = 16

    /// Vocabulary files for typos: one per four word shards.
    static func typoCount(words: Int) -> Int { max(1, words / 4) }

    /// Whether a term is listed in the vocabulary for typos: a word of four characters or more.
    static func hasTypoEntry(_ term: String) -> Bool {
        guard let first = term.unicodeScalars.first, !SearchTokenizer.isCJK(first) else { return false }
        return term.unicodeScalars.count >= 4
    }

    /// The vocabulary file listing `term` ("t3.txt"): a hash of its last two characters.
    static func typoFile(of term: String, count: Int) -> String {
        "t" + String(typoNumber(of: term, count: count)) + ".txt"
    }

    static func typoNumber(of term: String, count: Int) -> Int {
        hash(Substring(term.unicodeScalars.suffix(2)), count: count)
    }

    /// Enough shards for about 16 documents each, as a power of two: the count changes (and
    /// every shard with it) only when a language doubles or halves.
    static func shardCount(documents: Int) -> Int {
        var count = 1
        while count < maxShards, count * 16 < documents { count *= 2 }
        return count
    }

    static func groupSize(documents: Int) -> Int {
        var size = minGroupSize
        while documents > size * maxGroups { size *= 2 }
        return size
    }

    /// Shard counts for the two kinds of terms: together at most `maxShards`.
    static func shardCounts(documents: Int, documentsWithCJK: Int) -> (words: Int, cjk: Int) {
        var words = shardCount(documents: documents)
        var cjk = documentsWithCJK == 0 ? 0 : shardCount(documents: documentsWithCJK)
        while words + cjk > maxShards {
            words = max(1, words / 2)
            cjk = max(cjk == 0 ? 0 : 1, cjk / 2)
        }
        return (words, cjk)
    }

    /// The shard file holding `term` ("s3.txt", "c0.txt").
    static func shardFile(of term: String, counts: (words: Int, cjk: Int)) -> String {
        let cjk = term.unicodeScalars.first.map(SearchTokenizer.isCJK) ?? false
        return (cjk ? "c" : "s") + String(shard(of: term, count: max(1, cjk ? counts.cjk : counts.words))) + ".txt"
    }

    /// The part of a term that picks its shard.
    static func shardKey(_ term: String) -> Substring {
        let scalars = term.unicodeScalars
        guard let first = scalars.first else { return "" }
        let length = SearchTokenizer.isCJK(first) ? 1 : 3
        let end = scalars.index(scalars.startIndex, offsetBy: length, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return Substring(scalars[..<end])
    }

    /// 32-bit FNV-1a over the key's UTF-16 code units (what JavaScript strings are made of).
    static func shard(of term: String, count: Int) -> Int {
        hash(shardKey(term), count: count)
    }

    private static func hash(_ key: Substring, count: Int) -> Int {
        var hash: UInt32 = 0x811C_9DC5
        for unit in key.utf16 {
            hash ^= UInt32(unit)
            hash = hash &* 0x0100_0193
        }
        return Int(hash % UInt32(count))
    }

    static let digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Postings as text: per document, the gap from the previous document number in 5-bit
    /// digits (32 added to every digit but the last), then its weight as one digit (1…63).
    static func encodePostings(_ postings: [(document: Int, weight: UInt8)], into out: inout [UInt8]) {
        var previous = 0
        for posting in postings {
            encodePosting(gap: posting.document - previous, weight: posting.weight, into: &out)
            previous = posting.document
        }
    }

    /// In a term held by more than a quarter of the language's documents, and by more than
    /// `commonMinimum`, every body-only weight (1…31) is written as this one value. Such a term
    /// hardly tells articles apart (its idf is low), and its postings list, long and fetched
    /// by every query holding the term, compresses to about half its size when its weights
    /// repeat. Title and heading weights are written as they are, so title and heading
    /// matches still rank first; a short list is small anyway and keeps its weights.
    static let commonWeight: UInt8 = 13, commonMinimum = 64

    /// Whether a term in `frequency` of `documents` documents has its body weights written as
    /// `commonWeight`.
    @inline(__always)
    static func isCommon(frequency: Int, documents: Int) -> Bool { frequency > commonMinimum && frequency * 4 > documents }

    /// The weight a posting is written with (see `commonWeight`).
    @inline(__always)
    static func writtenWeight(_ weight: UInt8, common: Bool) -> UInt8 { common && weight < 32 ? commonWeight : weight }

    /// One posting: the gap from the previous document number, then the weight.
    @inline(__always)
    static func encodePosting(gap: Int, weight: UInt8, into out: inout [UInt8]) {
        var gap = gap
        while gap >= 32 {
            out.append(digits[32 + (gap & 31)])
            gap >>= 5
        }
        out.append(digits[gap])
        out.append(digits[Int(weight)])
    }

    /// The inverse of `encodePostings` (for tests and the benchmark); nil on foreign text.
    static func decodePostings(_ text: Substring) -> [(document: Int, weight: UInt8)]? {
        var values: [Int] = []
        for byte in text.utf8 {
            guard let value = digits.firstIndex(of: byte) else { return nil }
            values.append(value)
        }
        var result: [(Int, UInt8)] = []
        var index = 0, document = 0
        while index < values.count {
            var gap = 0, shift = 0
            while index < values.count, values[index] >= 32 {
                gap |= (values[index] - 32) << shift
                shift += 5
                index += 1
            }
            guard index + 1 < values.count else { return nil }
            gap |= values[index] << shift
            document += gap
            result.append((document, UInt8(values[index + 1])))
            index += 2
        }
        return result
    }
}
