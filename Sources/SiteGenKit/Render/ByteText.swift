/// UTF-8 output built by appending into one byte array. The sitemap and the manifest are
/// rebuilt on every build that changes anything (megabytes for a large site); joining small
/// `String`s cost several times the bytes' worth.
struct ByteText {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    static func += (text: inout ByteText, piece: String) {
        var piece = piece
        piece.withUTF8 { text.bytes.append(contentsOf: $0) }
    }

    mutating func append(_ other: ByteText) { bytes.append(contentsOf: other.bytes) }

    static func += (text: inout ByteText, piece: StaticString) {
        piece.withUTF8Buffer { text.bytes.append(contentsOf: $0) }
    }
}
