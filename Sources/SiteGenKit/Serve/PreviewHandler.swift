import Foundation

/// Answers the preview's HTTP requests from the site in memory: GET and HEAD for pages and
/// files, the live-reload script and event stream, and POST only for feedback votes and
/// searches that found nothing (both printed in the terminal).
struct PreviewHandler: Sendable {
    let site: PreviewSite

    @Sendable func handle(_ request: HTTPRequest) async -> HTTPResponse {
        switch request.method {
        case "GET":
            return get(request.path, request: request)
        case "HEAD" where request.path == LiveReloadScript.eventsPath:
            // Only the headers: no browser is registered for a stream nobody reads.
            return HTTPResponse(status: 200, headers: Self.headers(type: "text/event-stream"))
        case "HEAD":
            // The server sends a GET's status and headers (its length included) without the body.
            return get(request.path, request: request)
        case "POST" where request.path == LiveReloadScript.feedbackPath:
            return feedback(request)
        case "POST" where request.path == LiveReloadScript.searchesPath:
            site.log("search without results: " + Self.formFields(request).joined(separator: " "))
            return HTTPResponse(status: 204, headers: [])
        default:
            return HTTPResponse(status: 405, headers: [("Allow", "GET, HEAD")])
        }
    }

    private func get(_ rawPath: String, request: HTTPRequest) -> HTTPResponse {
        switch rawPath {
        case LiveReloadScript.path:
            return HTTPResponse(status: 200, headers: Self.headers(type: "text/javascript; charset=utf-8"), body: Data(LiveReloadScript.source.utf8))
        case LiveReloadScript.eventsPath:
            let page = request.queryValue("page") ?? "/"
            let stream = site.events.connect(page: PreviewSite.outputPath(forURLPath: page) ?? "", initial: site.initialEvents)
            return HTTPResponse(status: 200, headers: Self.headers(type: "text/event-stream") + [("X-Accel-Buffering", "no")], stream: stream)
        default:
            break
        }
        guard let path = PreviewSite.outputPath(forURLPath: rawPath) else { return notFound(rawPath) }
        if let stored = site.files.stored(path) {
            let type = Self.contentType(of: path)
            var headers = Self.headers(type: type)
            if type.hasPrefix("text/html") {
                // The script goes in as text: HTML is inflated first (pages are small).
                let data = site.files.contents(stored) ?? Data()
                return HTTPResponse(status: 200, headers: headers, body: LiveReloadScript.inject(into: data, draft: site.isDraft(path)))
            }
            guard stored.gzipped else { return HTTPResponse(status: 200, headers: headers, body: site.files.contents(stored) ?? Data()) }
            headers.append(("Vary", "Accept-Encoding"))
            if Self.acceptsGzip(request) {
                return HTTPResponse(status: 200, headers: headers + [("Content-Encoding", "gzip")], body: stored.bytes)
            }
            return HTTPResponse(status: 200, headers: headers, body: Gzip.decompress(stored.bytes, expectedSize: stored.size) ?? Data())
        }
        // `/en/billing` names a folder: send the browser to `/en/billing/` so relative links work.
        if site.files.stored(path + "/index.html") != nil {
            return HTTPResponse(status: 301, headers: [("Location", rawPath + "/")])
        }
        return notFound(rawPath)
    }

    /// The language's 404 page when the path starts with a language that has one.
    private func notFound(_ rawPath: String) -> HTTPResponse {
        let language = rawPath.dropFirst().prefix { $0 != "/" }
        let page = site.files.file(language + "/404.html") ?? site.files.file("404.html")
        let body = page.map { LiveReloadScript.inject(into: $0, draft: false) } ?? Data("Not found\n".utf8)
        return HTTPResponse(status: 404, headers: Self.headers(type: page == nil ? "text/plain; charset=utf-8" : "text/html; charset=utf-8"), body: body)
    }

    /// Prints the vote in the terminal and sends the reader back to the article.
    private func feedback(_ request: HTTPRequest) -> HTTPResponse {
        site.log("feedback: " + Self.formFields(request).joined(separator: " "))
        // Back to the page the form was on, when the browser says which; never to another site.
        var back = "/"
        if let path = request.header("Referer").flatMap(URLComponents.init(string:))?.percentEncodedPath,
           path.hasPrefix("/"), !path.hasPrefix("//") {
            back = path
        }
        return HTTPResponse(status: 303, headers: [("Location", back)])
    }

    /// A form-encoded body as `name=value` strings, for the terminal (control bytes shown, not sent).
    private static func formFields(_ request: HTTPRequest) -> [String] {
        var components = URLComponents()
        components.percentEncodedQuery = String(decoding: request.body.prefix(16_384), as: UTF8.self).replacingOccurrences(of: "+", with: "%20")
        return (components.queryItems ?? []).map { TerminalText.escaped("\($0.name)=\($0.value ?? "")") }
    }

    /// Whether `Accept-Encoding` lists gzip without `q=0`.
    static func acceptsGzip(_ request: HTTPRequest) -> Bool {
        guard let accepted = request.header("Accept-Encoding") else { return false }
        return accepted.split(separator: ",").contains { coding in
            let parts = coding.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard parts.first == "gzip" || parts.first == "*" else { return false }
            return !parts.dropFirst().contains { $0.replacingOccurrences(of: " ", with: "").hasPrefix("q=0") && !$0.contains(where: { "123456789".contains($0) }) }
        }
    }

    private static func headers(type: String) -> [(name: String, value: String)] {
        [("Content-Type", type), ("Cache-Control", "no-store")]
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}
