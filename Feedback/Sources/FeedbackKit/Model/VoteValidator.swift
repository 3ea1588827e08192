import Foundation

/// Why a submission was refused, with the HTTP status the collector answers.
public struct Rejection: Error, Equatable, CustomStringConvertible {
    public var status: Int
    public var reason: String

    public init(_ status: Int, _ reason: String) {
        self.status = status
        self.reason = reason
    }

    public var description: String { "\(status): \(reason)" }
}

/// Turns posted fields into a vote or a search report, checked against the published site.
public struct VoteValidator: Sendable {
    public static let maxCommentCharacters = 2000
    public static let maxQueryCharacters = 200

    public var catalog: SiteCatalog
    /// `article\u{0}language\u{0}revision` of pages published by earlier builds since the collector
    /// started: a reader may still have such a page open after a deploy.
    public var earlierPages: Set<String>

    public init(catalog: SiteCatalog, earlierPages: Set<String> = []) {
        self.catalog = catalog
        self.earlierPages = earlierPages
    }

    public func vote(from fields: FormFields, clientHash: String, now: Int64, newID: () -> String = { UUID().uuidString.lowercased() }) throws -> Vote {
        let article = try required(fields, "article")
        let language = try required(fields, "language")
        let revision = try required(fields, "revision")
        let helpful: Bool
        switch try required(fields, "helpful").lowercased() {
        case "yes", "true": helpful = true
        case "no", "false": helpful = false
        default: throw Rejection(400, "helpful must be yes or no")
        }
        guard catalog.articles[article] != nil else { throw Rejection(422, "unknown article") }
        guard catalog.isPublished(article, in: language) else { throw Rejection(422, "unknown language for this article") }
        let current = catalog.pageRevision(article, in: language)
        guard revision == current || earlierPages.contains(Self.pageKey(article, language, revision)) else {
            throw Rejection(422, "unknown revision of this page")
        }
        var reasons: [Reason] = []
        for value in fields.all("reasons").flatMap({ $0.split(separator: ",") }) {
            guard let reason = Reason(rawValue: value.trimmingCharacters(in: .whitespaces)) else { throw Rejection(400, "unknown reason") }
            if !reasons.contains(reason) { reasons.append(reason) }
        }
        let comment = Self.clean(fields["comment"] ?? "")
        guard comment.count <= Self.maxCommentCharacters else { throw Rejection(400, "comment longer than \(Self.maxCommentCharacters) characters") }
        var id = fields["vote"] ?? ""
        if id.isEmpty { id = newID() }
        guard Self.isValidID(id) else { throw Rejection(400, "vote must be 8 to 64 letters, digits or dashes") }
        return Vote(id: id, article: article, language: language, revision: revision,
                    sourceRevision: catalog.sourceRevision(article) ?? revision,
                    helpful: helpful, reasons: reasons.sorted(), comment: comment, clientHash: clientHash, time: now)
    }

    public func search(from fields: FormFields, clientHash: String, now: Int64) throws -> ZeroResultSearch {
        let query = Self.clean(try required(fields, "query"))
        let language = try required(fields, "language")
        guard !query.isEmpty else { throw Rejection(400, "empty query") }
        guard query.count <= Self.maxQueryCharacters else { throw Rejection(400, "query longer than \(Self.maxQueryCharacters) characters") }
        guard catalog.languages.contains(language) else { throw Rejection(422, "unknown language") }
        return ZeroResultSearch(query: query, language: language, clientHash: clientHash, time: now)
    }

    public static func pageKey(_ article: String, _ language: String, _ revision: String) -> String {
        article + "\u{0}" + language + "\u{0}" + revision
    }

    static func isValidID(_ id: String) -> Bool {
        (8...64).contains(id.utf8.count) && id.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
        }
    }

    /// Trimmed, with control characters other than line breaks and tabs removed.
    static func clean(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { scalar in
            scalar == "\n" || scalar == "\t" || !(scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format && scalar.value == 0xFEFF)
        }
        return String(String.UnicodeScalarView(kept)).replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func required(_ fields: FormFields, _ name: String) throws -> String {
        guard let value = fields[name], !value.isEmpty else { throw Rejection(400, "missing \(name)") }
        guard value.utf8.count <= 512 || name == "comment" || name == "query" else { throw Rejection(400, "\(name) too long") }
        return value
    }
}
