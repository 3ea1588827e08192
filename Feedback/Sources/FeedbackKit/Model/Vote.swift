import Foundation

/// Why a reader found an article unhelpful: a fixed list, localized by the theme.
public enum Reason: String, CaseIterable, Sendable, Codable, Comparable {
    case missingInformation = "missing-information"
    case inaccurate
    case hardToUnderstand = "hard-to-understand"
    case brokenLinkOrImage = "broken-link-or-image"
    case other

    public static func < (lhs: Reason, rhs: Reason) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Stored as a comma-separated list in a fixed order.
    static func encode(_ reasons: [Reason]) -> String {
        Set(reasons).sorted().map(\.rawValue).joined(separator: ",")
    }

    static func decode(_ text: String) -> [Reason] {
        text.split(separator: ",").compactMap { Reason(rawValue: String($0)) }
    }
}

/// One reader's vote on one page view. A later comment or reasons update the same vote.
public struct Vote: Sendable, Equatable {
    /// Chosen by the page (one per view), or by the collector for a form posted without JavaScript.
    public var id: String
    public var article: String
    public var language: String
    /// The revision of the page the reader saw (the translation's file, or the source's on a fallback page).
    public var revision: String
    /// The source-language revision at the time of the vote: what an edit to the source changes.
    public var sourceRevision: String
    public var helpful: Bool
    public var reasons: [Reason]
    public var comment: String
    /// A keyed hash of the client address, never the address itself.
    public var clientHash: String
    /// Seconds since 1970.
    public var time: Int64

    public init(id: String, article: String, language: String, revision: String, sourceRevision: String,
                helpful: Bool, reasons: [Reason] = [], comment: String = "", clientHash: String = "", time: Int64) {
        self.id = id
        self.article = article
        self.language = language
        self.revision = revision
        self.sourceRevision = sourceRevision
        self.helpful = helpful
        self.reasons = reasons
        self.comment = comment
        self.clientHash = clientHash
        self.time = time
    }
}

/// A search that found nothing, reported by the site's search box (POST /searches).
public struct ZeroResultSearch: Sendable, Equatable {
    public var query: String
    public var language: String
    public var clientHash: String
    public var time: Int64

    public init(query: String, language: String, clientHash: String = "", time: Int64) {
        self.query = query
        self.language = language
        self.clientHash = clientHash
        self.time = time
    }
}
