import Foundation

/// Without JavaScript the browser shows whatever the collector answers. A refused vote (a page
/// from a build the collector no longer knows, the rate limit, a database outage) must not leave
/// the reader on a bare error from another site: they get a short page that says what happened
/// and links back to the article, on the site's own origin only.
enum FormErrorPage {
    /// A form posted by the browser itself (not the page's script, which asks for JSON).
    static func isPlainForm(_ request: IncomingRequest) -> Bool {
        let contentType = (request.headers["content-type"] ?? "").lowercased()
        guard contentType.hasPrefix("application/x-www-form-urlencoded"),
              !(request.headers["accept"] ?? "").contains("application/json") else { return false }
        return (try? FormFields.formEncoded(request.body))?["reply"] != "json"
    }

    static func response(to request: IncomingRequest, refused: OutgoingResponse, catalog: SiteCatalog) -> OutgoingResponse {
        let fields = (try? FormFields.formEncoded(request.body)) ?? FormFields()
        let language = fields["language"].flatMap { catalog.languages.contains($0) ? $0 : nil } ?? catalog.defaultLanguage
        var back = catalog.baseURL
        if let requested = fields["return"], catalog.isOnSite(requested), !requested.contains(where: { $0.isWhitespace || $0 == "\\" }) {
            back = requested
        } else if let article = fields["article"], catalog.isPublished(article, in: language) {
            back = catalog.articleURL(article, language: language)
        }
        let reason = String(decoding: refused.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let page = """
            <!DOCTYPE html>
            <html lang="\(escape(language))">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Feedback not recorded</title></head>
            <body>
            <h1>Your feedback was not recorded</h1>
            <p>\(escape(reason))</p>
            <p><a href="\(escape(back))">Back to the article</a></p>
            </body>
            </html>

            """
        var headers = refused.headers.filter { $0.0 != "content-type" && $0.0 != "x-content-type-options" }
        headers += [("content-type", "text/html; charset=utf-8"), ("x-content-type-options", "nosniff"), ("cache-control", "no-store"),
                    ("content-security-policy", "default-src 'none'")]
        return OutgoingResponse(status: refused.status, headers: headers, body: Array(page.utf8))
    }

    /// The same escaping as the report's: text and attribute values, quotes included.
    static func escape(_ text: String) -> String { FeedbackReport.escape(text) }
}
