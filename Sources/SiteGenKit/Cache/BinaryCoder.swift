import Foundation

/// A small length-prefixed binary format for the build cache. Decoding thousands of records
/// must take milliseconds (a no-op rebuild has a 0.1 s budget), which rules out JSON.
struct BinaryWriter {
    /// Appending to an array is much cheaper than to `Data`, byte run by byte run.
    fileprivate(set) var bytes: [UInt8] = []

    var data: Data { Data(bytes) }

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func write(_ value: Int) {
        let little = UInt64(bitPattern: Int64(value))
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: little >> UInt64(shift))) }
    }

    /// Bytes another writer produced, as they are.
    mutating func append(encoded: ArraySlice<UInt8>) { bytes.append(contentsOf: encoded) }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// A count, then each number in four bytes: the page cache holds about a hundred per page.
    mutating func write(numbers: [UInt32]) {
        write(numbers.count)
        // Copied as they are in memory where that is little-endian: millions per cache.
        if UInt32(1).littleEndian == 1 {
            numbers.withUnsafeBytes { bytes.append(contentsOf: $0) }
            return
        }
        for number in numbers {
            for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: number >> UInt32(shift))) }
        }
    }

    mutating func write(_ value: UInt64) { write(Int(bitPattern: UInt(value))) }

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
    fileprivate let bytes: [UInt8]
    private var offset = 0
    /// Reads stop here: a reader may cover one record of a larger buffer.
    private let end: Int

    init(_ data: Data) {
        bytes = [UInt8](data)
        end = bytes.count
    }

    private init(bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        offset = range.lowerBound
        end = range.upperBound
    }

    var isAtEnd: Bool { offset == end }

    /// How far reading has got, for `checksumMatches(since:)`.
    var position: Int { offset }

    /// The bytes not read yet, without copying them.
    var remaining: ArraySlice<UInt8> { bytes[offset..<end] }

    mutating func int() -> Int? {
        guard offset + 8 <= end else { return nil }
        let start = offset
        let value = bytes.withUnsafeBytes { Int64(littleEndian: $0.loadUnaligned(fromByteOffset: start, as: Int64.self)) }
        offset += 8
        return Int(value)
    }

    /// What `write(numbers:)` wrote.
    mutating func numbers() -> [UInt32]? {
        guard let count = int(), count >= 0, count <= (end - offset) / 4 else { return nil }
        let start = offset
        offset += count * 4
        return bytes.withUnsafeBytes { raw in
            (0..<count).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + $0 * 4, as: UInt32.self)) }
        }
    }

    mutating func uint64() -> UInt64? { int().map { UInt64(UInt(bitPattern: $0)) } }

    mutating func bool() -> Bool? {
        guard offset < end else { return nil }
        defer { offset += 1 }
        return bytes[offset] != 0
    }

    mutating func string() -> String? {
        guard let count = int(), count >= 0, offset + count <= end else { return nil }
        defer { offset += count }
        // Through a buffer pointer: decoding an ArraySlice took the slow generic path, and
        // a cache holds a few hundred thousand strings.
        let start = offset
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(start + count)]), as: UTF8.self) }
    }

    mutating func optionalString() -> String?? {
        guard let present = bool() else { return nil }
        return present ? string().map { Optional($0) } : .some(nil)
    }

    mutating func strings() -> [String]? {
        guard let count = int(), count >= 0, count <= end - offset else { return nil }
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = string() else { return nil }
            result.append(value)
        }
        return result
    }
}

extension BinaryWriter {
    /// The number of bytes written so far, where a checksummed part starts.
    var position: Int { bytes.count }

    /// A checksum of everything written since `start` (a header), checked by
    /// `BinaryReader.checksumMatches(since:)`.
    mutating func writeChecksum(since start: Int) {
        write(Int(bitPattern: UInt(checksum64(bytes, start..<bytes.count))))
    }

    /// Writes `records` as a length-prefixed list, each with its own checksum, so a reader can
    /// decode them in parallel and drop a damaged one without losing the others.
    /// Bodies are encoded straight into this writer and the lengths filled in afterwards: a
    /// cache holds megabytes, and copying each record through its own buffer doubled the work.
    mutating func writeRecords<T>(_ records: [T], _ encode: (T, inout BinaryWriter) -> Void) {
        write(records.count)
        let table = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: 16 * records.count))
        for (index, record) in records.enumerated() {
            let start = bytes.count
            encode(record, &self)
            let little = UInt64(bytes.count - start).littleEndian
            let sum = checksum64(bytes, start..<bytes.count).littleEndian
            bytes.withUnsafeMutableBytes {
                $0.storeBytes(of: little, toByteOffset: table + 16 * index, as: UInt64.self)
                $0.storeBytes(of: sum, toByteOffset: table + 16 * index + 8, as: UInt64.self)
            }
        }
    }
}

extension BinaryReader {
    /// Reads a checksum written by `writeChecksum(since:)` and compares it with the bytes read
    /// since `start`.
    mutating func checksumMatches(since start: Int) -> Bool {
        let end = position
        guard let recorded = int() else { return false }
        return UInt64(bitPattern: Int64(recorded)) == checksum64(bytes, start..<end)
    }

    /// Reads what `writeRecords` wrote. A record whose checksum does not match, or that does
    /// not decode, is left out: it is rebuilt, never trusted. Nil when the list itself is damaged.
    mutating func readRecords<T>(_ decode: (inout BinaryReader) -> T?) -> [T]? {
        guard let ranges = recordRanges() else { return nil }
        return Self.decodeRecords(bytes, ranges[...], decode)
    }

    /// `readRecords`, decoding a long list on all cores.
    mutating func readRecordsInParallel<T: Sendable>(_ decode: @escaping @Sendable (inout BinaryReader) -> T?) async -> [T]? {
        guard let ranges = recordRanges() else { return nil }
        let count = ranges.count
        let chunks = max(1, min(8, count / 256))
        let bytes = self.bytes
        let results = await parallelMap(chunks) { chunk -> [T] in
            Self.decodeRecords(bytes, ranges[(chunk * count / chunks)..<((chunk + 1) * count / chunks)], decode)
        }
        var all: [T] = []
        all.reserveCapacity(count)
        for part in results { all.append(contentsOf: part) }
        return all
    }

    private static func decodeRecords<T>(_ bytes: [UInt8], _ ranges: ArraySlice<(range: Range<Int>, checksum: UInt64)>,
                                         _ decode: (inout BinaryReader) -> T?) -> [T] {
        var decoded: [T] = []
        decoded.reserveCapacity(ranges.count)
        for (range, checksum) in ranges where checksum64(bytes, range) == checksum {
            var reader = BinaryReader(bytes: bytes, range: range)
            guard let value = decode(&reader), reader.isAtEnd else { continue }
            decoded.append(value)
        }
        return decoded
    }

    /// The byte range and checksum of each record of the list at the reader's position, which
    /// moves past the list; nil when the list's table is damaged.
    private mutating func recordRanges() -> [(range: Range<Int>, checksum: UInt64)]? {
        guard let count = int(), count >= 0, count <= (end - offset) / 16 else { return nil }
        var ranges: [(range: Range<Int>, checksum: UInt64)] = []
        ranges.reserveCapacity(count)
        var table: [(length: Int, checksum: UInt64)] = []
        for _ in 0..<count {
            guard let length = int(), length >= 0, let checksum = int() else { return nil }
            table.append((length, UInt64(bitPattern: Int64(checksum))))
        }
        var start = offset
        for entry in table {
            guard start + entry.length <= end else { return nil }
            ranges.append((start..<(start + entry.length), entry.checksum))
            start += entry.length
        }
        offset = start
        return ranges
    }
}

extension Diagnostic {
    func encode(into writer: inout BinaryWriter) {
        writer.write(severity.rawValue)
        writer.write(file)
        writer.write(line ?? 0)
        writer.write(column ?? 0)
        writer.write(code)
        writer.write(message)
    }

    static func decode(from reader: inout BinaryReader) -> Diagnostic? {
        guard let severity = reader.string().flatMap(Severity.init(rawValue:)), let file = reader.string(),
              let line = reader.int(), let column = reader.int(), let code = reader.string(), let message = reader.string() else { return nil }
        return Diagnostic(severity, file, line: line, column: column, code: code, message)
    }
}
