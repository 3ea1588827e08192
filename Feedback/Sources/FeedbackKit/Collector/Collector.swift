import Foundation
import Logging

/// The collector's endpoints: `POST /votes`, `POST /searches`, `GET /health`, CORS preflights.
public struct Collector: RequestResponder {
    public var store: any FeedbackStore
    public var catalog: CatalogWatcher
    public var hasher: ClientHasher
    public var limiter: RateLimiter
    /// Take the client address from the last `X-Forwarded-For` entry (behind a reverse proxy).
    public var trustForwardedFor: Bool
    public var logger: Logger

    public init(store: any FeedbackStore, catalog: CatalogWatcher, rateLimit: Int, trustForwardedFor: Bool, logger: Logger) {
        self.store = store
        self.catalog = catalog
        self.hasher = ClientHasher(store: store)
        self.limiter = RateLimiter(perMinute: rateLimit)
        self.trustForwardedFor = trustForwardedFor
        self.logger = logger
    }

    public func respond(to request: IncomingRequest) async -> OutgoingResponse {
        let started = ContinuousClock.now
        let validator = catalog.current()
        var response: OutgoingResponse
        var client = ""
        switch (request.method, request.path) {
        case ("GET", "/health"), ("HEAD", "/health"):
            do {
                try await store.ping()
                response = Self.json(200, #"{"status":"ok"}"#)
            } catch {
                response = Self.json(503, #"{"status":"database unavailable"}"#)
            }
        case ("OPTIONS", "/votes"), ("OPTIONS", "/searches"):
            response = preflight(request, validator.catalog)
        case ("POST", "/votes"), ("POST", "/searches"):
            do {
                client = try await hasher.hash(clientAddress(request))
                response = try await submit(request, validator: validator, client: client)
            } catch let rejection as Rejection {
                response = Self.text(rejection.status, rejection.reason)
                logger.notice("refused", metadata: ["path": "\(request.path)", "status": "\(rejection.status)", "reason": "\(rejection.reason)", "client": "\(client)"])
            } catch {
                response = Self.text(503, "the feedback database is unavailable")
                logger.error("store failed", metadata: ["error": "\(error)"])
            }
            if response.status >= 400, request.path == "/votes", FormErrorPage.isPlainForm(request) {
                response = FormErrorPage.response(to: request, refused: response, catalog: validator.catalog)
            }
            if let origin = request.headers["origin"], origin.lowercased() == validator.catalog.origin {
                response.headers += [("access-control-allow-origin", origin), ("vary", "Origin")]
            }
        case (_, "/votes"), (_, "/searches"):
            response = Self.text(405, "use POST")
            response.headers.append(("allow", "POST, OPTIONS"))
        default:
            response = Self.text(404, "not found")
        }
        let elapsed = started.duration(to: .now)
        logger.info("request", metadata: [
            "method": "\(request.method)", "path": "\(request.path)", "status": "\(response.status)", "client": "\(client)",
            "ms": "\(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds / 1_000_000_000_000) / 1000)",
        ])
        return response
    }

    private func submit(_ request: IncomingRequest, validator: VoteValidator, client: String) async throws -> OutgoingResponse {
        let catalog = validator.catalog
        if let origin = request.headers["origin"], origin.lowercased() != catalog.origin {
            throw Rejection(403, "cross-origin submissions are only accepted from \(catalog.origin)")
        }
        let contentType = (request.headers["content-type"] ?? "").lowercased()
        let fields: FormFields
        do {
            if contentType.hasPrefix("application/x-www-form-urlencoded") {
                fields = try FormFields.formEncoded(request.body)
            } else if contentType.hasPrefix("application/json") {
                fields = try FormFields.json(request.body)
            } else {
                throw Rejection(415, "send application/x-www-form-urlencoded or application/json")
            }
        } catch FormFields.ParseError.invalidUTF8 {
            throw Rejection(400, "the body is not valid UTF-8")
        } catch FormFields.ParseError.malformed(let message) {
            throw Rejection(400, message)
        }
        guard limiter.allow(client) else {
            var response = Self.text(429, "too many submissions: try again in a minute")
            response.headers.append(("retry-after", "60"))
            return response
        }
        let now = Int64(Date().timeIntervalSince1970)
        let wantsJSON = contentType.hasPrefix("application/json") || fields["reply"] == "json"
            || (request.headers["accept"] ?? "").contains("application/json")
        if request.path == "/searches" {
            try await store.record(validator.search(from: fields, clientHash: client, now: now))
            return Self.json(200, #"{"ok":true}"#)
        }
        // A bot that filled the hidden field is told it succeeded, and nothing is kept.
        let isBot = !(fields["website"] ?? "").isEmpty
        let vote = try validator.vote(from: fields, clientHash: client, now: now)
        if isBot {
            logger.notice("honeypot", metadata: ["client": "\(client)"])
        } else if !(try await store.record(vote)) {
            throw Rejection(409, "this vote id belongs to another page")
        }
        if wantsJSON { return Self.json(200, #"{"ok":true,"vote":"\#(vote.id)"}"#) }
        return OutgoingResponse(status: 303, headers: [("location", returnAddress(fields["return"], vote: vote, catalog: catalog)), ("cache-control", "no-store")])
    }

    /// The page the vote came from, on the site's own origin only (never an open redirect); its
    /// `#feedback-thanks` element shows the localized thank-you.
    func returnAddress(_ requested: String?, vote: Vote, catalog: SiteCatalog) -> String {
        let page = catalog.articleURL(vote.article, language: vote.language)
        var address = page
        if let requested, catalog.isOnSite(requested), !requested.contains(where: { $0.isWhitespace || $0 == "\\" }) {
            address = String(requested.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? Substring(page))
        }
        return address + "#feedback-thanks"
    }

    private func preflight(_ request: IncomingRequest, _ catalog: SiteCatalog) -> OutgoingResponse {
        guard let origin = request.headers["origin"], origin.lowercased() == catalog.origin else {
            return Self.text(403, "cross-origin requests are only accepted from \(catalog.origin)")
        }
        return OutgoingResponse(status: 204, headers: [
            ("access-control-allow-origin", origin), ("vary", "Origin"),
            ("access-control-allow-methods", "POST"), ("access-control-allow-headers", "Content-Type"),
            ("access-control-max-age", "86400"),
        ])
    }

    private func clientAddress(_ request: IncomingRequest) -> String {
        if trustForwardedFor, let forwarded = request.headers["x-forwarded-for"],
           let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty {
            return last
        }
        return request.peer
    }

    static func json(_ status: Int, _ body: String) -> OutgoingResponse {
        OutgoingResponse(status: status, headers: [("content-type", "application/json"), ("cache-control", "no-store")], body: Array(body.utf8))
    }

    static func text(_ status: Int, _ body: String) -> OutgoingResponse {
        OutgoingResponse(status: status, headers: [("content-type", "text/plain; charset=utf-8"), ("x-content-type-options", "nosniff")], body: Array((body + "\n").utf8))
    }
}
