import Foundation

/// One HTTP/1.x request as `serve` reads it. Only what the preview needs: the method, the
/// target's path (still percent-encoded) and query, the headers and a bounded body.
struct HTTPRequest: Sendable {
    var method: String
    /// The path of the request target, as sent (percent-encoded, never normalized).
    var path: String
    /// The query string after `?`, as sent; nil when there is none.
    var rawQuery: String?
    /// Header values by lowercased name; a repeated header's values are joined with ", ".
    var headers: [String: String]
    var body: Data
    /// False when the client asked to close the connection after this request (or spoke HTTP/1.0).
    var keepAlive: Bool

    func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// The decoded value of the first query parameter called `name`.
    func queryValue(_ name: String) -> String? {
        var components = URLComponents()
        components.percentEncodedQuery = rawQuery
        return components.queryItems?.first { $0.name == name }?.value
    }
}

/// A response: its status, headers and either a whole body or a stream of chunks (the live
/// reload events), which the connection sends as they come until the stream ends.
struct HTTPResponse: Sendable {
    enum Body: Sendable {
        case bytes(Data)
        case stream(AsyncStream<Data>)
    }

    var status: Int
    var headers: [(name: String, value: String)]
    var body: Body

    init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = .bytes(body)
    }

    init(status: Int, headers: [(name: String, value: String)], stream: AsyncStream<Data>) {
        self.status = status
        self.headers = headers
        self.body = .stream(stream)
    }

    /// The status line and headers; a whole body's length is added, a stream closes the connection.
    func head(keepAlive: Bool) -> Data {
        var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        for header in headers { text += "\(header.name): \(header.value)\r\n" }
        switch body {
        case .bytes(let data):
            text += "Content-Length: \(data.count)\r\n"
            text += keepAlive ? "" : "Connection: close\r\n"
        case .stream:
            text += "Connection: close\r\n"
        }
        return Data((text + "\r\n").utf8)
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 303: "See Other"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 411: "Length Required"
        case 413: "Content Too Large"
        case 431: "Request Header Fields Too Large"
        case 505: "HTTP Version Not Supported"
        default: "Status"
        }
    }
}
