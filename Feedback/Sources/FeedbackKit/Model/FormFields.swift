import Foundation

/// The fields of a POST body, form-encoded or JSON, as lists of strings (a field may repeat:
/// `reasons=a&reasons=b`). Anything that is not well-formed UTF-8 is refused.
public struct FormFields: Sendable, Equatable {
    public private(set) var values: [String: [String]] = [:]

    public enum ParseError: Error, Equatable {
        case invalidUTF8
        case malformed(String)
    }

    public init(_ values: [String: [String]] = [:]) {
        self.values = values
    }

    public subscript(name: String) -> String? { values[name]?.first }
    public func all(_ name: String) -> [String] { values[name] ?? [] }

    /// `application/x-www-form-urlencoded`: `+` is a space, `%XX` a byte; the decoded bytes
    /// must be UTF-8.
    public static func formEncoded(_ body: [UInt8]) throws -> FormFields {
        var fields = FormFields()
        for pair in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decode(parts[0])
            let value = parts.count > 1 ? try decode(parts[1]) : ""
            fields.values[name, default: []].append(value)
        }
        return fields
    }

    /// A JSON object whose values are strings, booleans, numbers or lists of strings.
    public static func json(_ body: [UInt8]) throws -> FormFields {
        guard String(validating: body, as: UTF8.self) != nil else { throw ParseError.invalidUTF8 }
        let object: [String: JSONField]
        do {
            object = try JSONDecoder().decode([String: JSONField].self, from: Data(body))
        } catch {
            throw ParseError.malformed("not a JSON object of strings, booleans, numbers or lists of strings")
        }
        var fields = FormFields()
        for (name, value) in object {
            switch value {
            case .text(let text): fields.values[name] = [text]
            case .list(let list): fields.values[name] = list
            case .flag(let flag): fields.values[name] = [flag ? "true" : "false"]
            case .number(let number): fields.values[name] = [String(number)]
            case .null: continue
            }
        }
        return fields
    }

    private enum JSONField: Decodable {
        case text(String), list([String]), flag(Bool), number(Double), null

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let text = try? container.decode(String.self) { self = .text(text) }
            else if let flag = try? container.decode(Bool.self) { self = .flag(flag) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else { self = .list(try container.decode([String].self)) }
        }
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex,
                      let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else {
                    throw ParseError.malformed("bad percent escape")
                }
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        guard let text = String(validating: out, as: UTF8.self) else { throw ParseError.invalidUTF8 }
        return text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
