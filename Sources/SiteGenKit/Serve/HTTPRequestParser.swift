import Foundation

/// Reads an HTTP/1.x request head from the bytes received so far. Strict where leniency could
/// let a request mean two things (a target that is not a path, a repeated or malformed length,
/// a chunked body), and bounded: the head to 16 KB, a body to 64 KB (feedback votes only).
enum HTTPRequestParser {
    static let maxHeadBytes = 16_384
    static let maxBodyBytes = 65_536

    /// Why a request is refused: the status to answer before closing the connection.
    struct Failure: Error, Equatable {
        var status: Int
    }

    /// The request (its body still empty) when `bytes` starts with a whole head, with the
    /// number of bytes the head took and the length of the body that follows; nil when more
    /// bytes are needed.
    static func head(_ bytes: [UInt8]) throws(Failure) -> (request: HTTPRequest, headLength: Int, bodyLength: Int)? {
        guard let end = headEnd(bytes) else {
            if bytes.count > maxHeadBytes { throw Failure(status: 431) }
            return nil
        }
        guard end <= maxHeadBytes else { throw Failure(status: 431) }
        // Control characters other than the line breaks have no place in a head.
        guard !bytes[..<end].contains(where: { ($0 < 0x20 && $0 != 0x0D && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F }) else {
            throw Failure(status: 400)
        }
        let lines = String(decoding: bytes[..<(end - 4)], as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ", omittingEmptySubsequences: false)
        guard requestLine.count == 3 else { throw Failure(status: 400) }
        let method = String(requestLine[0])
        let target = requestLine[1]
        let version = requestLine[2]
        guard !method.isEmpty, method.allSatisfy({ $0.isASCII && $0.isUppercase }) else { throw Failure(status: 400) }
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            throw Failure(status: version.hasPrefix("HTTP/") ? 505 : 400)
        }
        // Only origin-form targets: a path, never a URL naming another host.
        guard target.hasPrefix("/"), target.allSatisfy({ $0.isASCII && $0 != " " }) else { throw Failure(status: 400) }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            // Folded lines are obsolete and a known way to smuggle headers.
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("\t") else { throw Failure(status: 400) }
            let name = line[..<colon].lowercased()
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_".contains($0)) }) else { throw Failure(status: 400) }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        if headers["transfer-encoding"] != nil { throw Failure(status: 411) }
        var bodyLength = 0
        if let length = headers["content-length"] {
            guard !length.isEmpty, length.count <= 9, length.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(length) else { throw Failure(status: 400) }
            guard value <= maxBodyBytes else { throw Failure(status: 413) }
            bodyLength = value
        }
        let query = target.firstIndex(of: "?")
        let connection = headers["connection"]?.lowercased() ?? ""
        let keepAlive = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive")
        let request = HTTPRequest(method: method, path: String(target[..<(query ?? target.endIndex)]),
                                  rawQuery: query.map { String(target[target.index(after: $0)...]) },
                                  headers: headers, body: Data(), keepAlive: keepAlive)
        return (request, end, bodyLength)
    }

    /// The offset just past the blank line that ends the head.
    private static func headEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 3..<bytes.count where bytes[index] == 0x0A && bytes[index - 1] == 0x0D && bytes[index - 2] == 0x0A && bytes[index - 3] == 0x0D {
            return index + 1
        }
        return nil
    }
}
