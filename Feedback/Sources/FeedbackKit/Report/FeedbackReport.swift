import Foundation

/// Helpfulness per article × language, built from the store's aggregates and the site catalog.
public struct FeedbackReport: Sendable, Encodable {
    public struct Comment: Sendable, Encodable, Equatable {
        public var text: String
        public var reasons: [String]
        public var helpful: Bool
        /// `YYYY-MM-DD` (UTC).
        public var date: String
    }

    public struct Revision: Sendable, Encodable, Equatable {
        /// The source-language revision the votes were cast on.
        public var sourceRevision: String
        public var yes: Int
        public var no: Int
        public var helpfulness: Double?
        public var firstVote: String
        public var lastVote: String
    }

    public struct SourceComparison: Sendable, Encodable, Equatable {
        public var language: String
        public var helpfulness: Double?
        public var low: Double?
        public var high: Double?
        /// Both have enough votes and this translation's interval lies wholly below the source's.
        public var clearlyWorse: Bool
    }

    public struct Row: Sendable, Encodable, Equatable {
        public var article: String
        public var language: String
        public var yes: Int
        public var no: Int
        public var votes: Int
        /// Share of "yes"; nil when there are fewer votes than the report's minimum.
        public var helpfulness: Double?
        /// The 95 % Wilson interval; nil with too few votes.
        public var low: Double?
        public var high: Double?
        public var enoughVotes: Bool
        /// `machine`, `outdated`, `unstamped`, `fallback` (from the manifest); empty for the source.
        public var translationState: [String]
        public var source: SourceComparison?
        public var revisions: [Revision]
        public var reasons: [String: Int]
        public var comments: [Comment]
    }

    public struct LanguageRemarks: Sendable, Encodable, Equatable {
        public struct Remark: Sendable, Encodable, Equatable {
            public var article: String
            public var comment: Comment
        }
        public var language: String
        public var reasons: [String: Int]
        public var comments: [Remark]
    }

    public struct LanguageSearches: Sendable, Encodable, Equatable {
        public struct Query: Sendable, Encodable, Equatable {
            public var query: String
            public var count: Int
        }
        public var language: String
        public var queries: [Query]
    }

    public var minimumVotes: Int
    public var sourceLanguage: String
    /// Most in need of attention first: clearly unhelpful pages with enough votes, lowest upper bound first.
    public var articles: [Row]
    public var byLanguage: [LanguageRemarks]
    public var zeroResultSearches: [LanguageSearches]

    public init(snapshot: FeedbackSnapshot, catalog: SiteCatalog, minimumVotes: Int = 10) {
        self.minimumVotes = minimumVotes
        self.sourceLanguage = catalog.defaultLanguage
        var groups: [String: [FeedbackSnapshot.Tally]] = [:]
        for tally in snapshot.tallies { groups[tally.article + "\u{0}" + tally.language, default: []].append(tally) }
        var remarks: [String: [FeedbackSnapshot.Remark]] = [:]
        for remark in snapshot.remarks { remarks[remark.article + "\u{0}" + remark.language, default: []].append(remark) }

        var rows: [Row] = []
        for (key, tallies) in groups {
            let first = tallies[0]
            let yes = tallies.reduce(0) { $0 + $1.yes }, no = tallies.reduce(0) { $0 + $1.no }
            let enough = yes + no >= minimumVotes
            let interval = enough ? WilsonInterval(yes: yes, total: yes + no) : nil
            let pageRemarks = remarks[key] ?? []
            var reasons: [String: Int] = [:]
            for remark in pageRemarks { for reason in remark.reasons { reasons[reason.rawValue, default: 0] += 1 } }
            rows.append(Row(
                article: first.article, language: first.language, yes: yes, no: no, votes: yes + no,
                helpfulness: enough ? Double(yes) / Double(yes + no) : nil, low: interval?.low, high: interval?.high,
                enoughVotes: enough, translationState: catalog.states(first.article, in: first.language), source: nil,
                revisions: tallies.sorted { ($0.first, $0.sourceRevision) < ($1.first, $1.sourceRevision) }.map {
                    Revision(sourceRevision: $0.sourceRevision, yes: $0.yes, no: $0.no,
                             helpfulness: $0.yes + $0.no >= minimumVotes ? Double($0.yes) / Double($0.yes + $0.no) : nil,
                             firstVote: Self.date($0.first), lastVote: Self.date($0.last))
                },
                reasons: reasons,
                comments: pageRemarks.filter { !$0.comment.isEmpty }.map(Self.comment)
            ))
        }
        let sources = Dictionary(rows.filter { $0.language == catalog.defaultLanguage }.map { ($0.article, $0) }, uniquingKeysWith: { a, _ in a })
        for index in rows.indices where rows[index].language != catalog.defaultLanguage {
            guard let source = sources[rows[index].article] else { continue }
            let worse = rows[index].enoughVotes && source.enoughVotes && (rows[index].high ?? 1) < (source.low ?? 0)
            rows[index].source = SourceComparison(language: source.language, helpfulness: source.helpfulness, low: source.low, high: source.high, clearlyWorse: worse)
        }
        articles = rows.sorted(by: Self.needsAttentionFirst)

        var languages: [String: LanguageRemarks] = [:]
        for remark in snapshot.remarks {
            var entry = languages[remark.language] ?? LanguageRemarks(language: remark.language, reasons: [:], comments: [])
            for reason in remark.reasons { entry.reasons[reason.rawValue, default: 0] += 1 }
            if !remark.comment.isEmpty { entry.comments.append(.init(article: remark.article, comment: Self.comment(remark))) }
            languages[remark.language] = entry
        }
        byLanguage = languages.values.sorted { $0.language < $1.language }
        var searches: [String: [LanguageSearches.Query]] = [:]
        for search in snapshot.searches { searches[search.language, default: []].append(.init(query: search.query, count: search.count)) }
        zeroResultSearches = searches.keys.sorted().map { LanguageSearches(language: $0, queries: searches[$0]!) }
    }

    /// Pages with enough votes by their interval's upper bound (surely bad first), then pages
    /// with too few votes by their number of "no"; ties by article and language.
    static func needsAttentionFirst(_ a: Row, _ b: Row) -> Bool {
        if a.enoughVotes != b.enoughVotes { return a.enoughVotes }
        if a.enoughVotes, let ah = a.high, let bh = b.high, ah != bh { return ah < bh }
        if !a.enoughVotes, a.no != b.no { return a.no > b.no }
        return (a.article, a.language) < (b.article, b.language)
    }

    static func comment(_ remark: FeedbackSnapshot.Remark) -> Comment {
        Comment(text: remark.comment, reasons: remark.reasons.map(\.rawValue), helpful: remark.helpful, date: date(remark.time))
    }

    static func date(_ time: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(time)))
    }
}
