import Foundation

/// A small length-prefixed binary format for the build cache. Decoding thousands of records
/// must take milliseconds (a no-op rebuild has a 0.1 s budget), which rules out JSON.
struct BinaryWriter {
    /// Appending to an array is much cheaper than to `Data`, byte run by byte run.
    private var bytes: [UInt8] = []

    var data: Data { Data(bytes) }

    mutating func write(_ value: Int) {
        let little = UInt64(bitPattern: Int64(value))
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: little >> UInt64(shift))) }
    }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ value: String) {
        let utf8 = value.utf8
        write(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(_ values: [String]) {
        write(values.count)
        for value in values { write(value) }
    }
}

/// Reads what `BinaryWriter` wrote; every read fails softly (nil) on truncated or foreign data,
/// so a damaged cache means a full build, never a crash.
struct BinaryReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() -> Int? {
        guard offset + 8 <= bytes.count else { return nil }
        var value: Int64 = 0
        for index in 0..<8 { value |= Int64(bytes[offset + index]) << (8 * Int64(index)) }
        offset += 8
        return Int(value)
    }

    mutating func bool() -> Bool? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset] != 0
    }

    mutating func string() -> String? {
        guard let count = int(), count >= 0, offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }

    mutating func optionalString() -> String?? {
        guard let present = bool() else { return nil }
        return present ? string().map { Optional($0) } : .some(nil)
    }

    mutating func strings() -> [String]? {
        guard let count = int(), count >= 0, count <= bytes.count else { return nil }
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = string() else { return nil }
            result.append(value)
        }
        return result
    }
}

extension Diagnostic {
    func encode(into writer: inout BinaryWriter) {
        writer.write(severity.rawValue)
        writer.write(file)
        writer.write(line ?? 0)
        writer.write(column ?? 0)
        writer.write(message)
    }

    static func decode(from reader: inout BinaryReader) -> Diagnostic? {
        guard let severity = reader.string().flatMap(Severity.init(rawValue:)), let file = reader.string(),
              let line = reader.int(), let column = reader.int(), let message = reader.string() else { return nil }
        return Diagnostic(severity, file, line: line, column: column, message)
    }
}
