import CZlib
import Foundation
import Synchronization

/// gzip through the system's zlib: `serve` keeps the files it holds compressed (HTML shrinks
/// several times) and sends them as they are to browsers that accept gzip.
enum Gzip {
    /// `data` as one gzip member with no name or time, so equal input gives equal bytes;
    /// nil when zlib fails.
    static func compress(_ data: Data) -> Data? {
        let deflater = deflaters.withLock { $0.popLast() } ?? Deflater(raw: false)
        let compressed = deflater.compress(data, dictionary: nil)
        deflaters.withLock { idle in if idle.count < 16 { idle.append(deflater) } }
        return compressed
    }

    /// `data` as raw deflate with `dictionary` preset (its last 32 KB): pages of one language
    /// share most of their markup, so with one of them as the dictionary deflate finds long
    /// matches at once, and is both faster and smaller than gzip. Deterministic like `compress`.
    static func compress(_ data: Data, dictionary: Data) -> Data? {
        let deflater = rawDeflaters.withLock { $0.popLast() } ?? Deflater(raw: true)
        let compressed = deflater.compress(data, dictionary: dictionary.suffix(Self.window))
        rawDeflaters.withLock { idle in if idle.count < 16 { idle.append(deflater) } }
        return compressed
    }

    /// The size of deflate's window: a preset dictionary longer than this is cut to its end.
    private static let window = 1 << 15

    /// Streams set up once and reset between inputs: setting one up (and zeroing its tables)
    /// costs about a third as much again as compressing a page of HTML.
    private static let deflaters = Mutex<[Deflater]>([])
    private static let rawDeflaters = Mutex<[Deflater]>([])

    /// The bytes of a gzip member `compress` made; nil when they are not one.
    static func decompress(_ data: Data, expectedSize: Int = 0) -> Data? {
        inflated(data, windowBits: 15 + 16, dictionary: nil, expectedSize: expectedSize)
    }

    /// The bytes `compress(_:dictionary:)` deflated with the same dictionary; nil when they are not.
    static func decompress(_ data: Data, dictionary: Data, expectedSize: Int = 0) -> Data? {
        inflated(data, windowBits: -15, dictionary: dictionary.suffix(window), expectedSize: expectedSize)
    }

    private static func inflated(_ data: Data, windowBits: Int32, dictionary: Data?, expectedSize: Int) -> Data? {
        var stream = z_stream()
        guard inflateInit2_(&stream, windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        if let dictionary {
            let set = dictionary.withUnsafeBytes { inflateSetDictionary(&stream, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count)) }
            guard set == Z_OK else { return nil }
        }
        var output = Data(count: max(expectedSize, data.count * 4, 1024))
        var status = Z_OK
        data.withUnsafeBytes { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            while status == Z_OK {
                if Int(stream.total_out) == output.count { output.count *= 2 }
                let written = Int(stream.total_out)
                status = output.withUnsafeMutableBytes { buffer in
                    stream.next_out = buffer.bindMemory(to: Bytef.self).baseAddress! + written
                    stream.avail_out = uInt(buffer.count - written)
                    return inflate(&stream, Z_NO_FLUSH)
                }
            }
        }
        guard status == Z_STREAM_END else { return nil }
        output.count = Int(stream.total_out)
        return output
    }
}

/// One zlib deflate stream at a fixed address (zlib keeps a pointer to it), with an output
/// buffer kept for the next input. Used by one thread at a time.
private final class Deflater: @unchecked Sendable {
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
    private let ready: Bool
    /// Larger outputs get a buffer of their own, so an odd large file is not held.
    private static let keptBufferLimit = 1 << 20

    /// - Parameter raw: raw deflate (for a preset dictionary) instead of a gzip member.
    init(raw: Bool) {
        stream.initialize(to: z_stream())
        // 15 window bits + 16: a gzip header and trailer instead of zlib's; negative: neither.
        ready = deflateInit2_(stream, Z_BEST_SPEED, Z_DEFLATED, raw ? -15 : 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
    }

    deinit {
        if ready { deflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
        buffer.deallocate()
    }

    func compress(_ data: Data, dictionary: Data?) -> Data? {
        guard ready, deflateReset(stream) == Z_OK else { return nil }
        if let dictionary {
            let set = dictionary.withUnsafeBytes { deflateSetDictionary(stream, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count)) }
            guard set == Z_OK else { return nil }
        }
        let bound = Int(deflateBound(stream, uLong(data.count))) + 32
        var output = buffer
        if bound > output.count { output = .allocate(byteCount: bound, alignment: 16) }
        defer {
            if output.baseAddress != buffer.baseAddress {
                if bound <= Self.keptBufferLimit { buffer.deallocate(); buffer = output } else { output.deallocate() }
            }
        }
        let status: Int32 = data.withUnsafeBytes { input in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.pointee.avail_in = uInt(input.count)
            stream.pointee.next_out = output.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = uInt(output.count)
            return deflate(stream, Z_FINISH)
        }
        // No pointer into `data` or `output` is left in the stream once it is done with.
        stream.pointee.next_in = nil
        stream.pointee.next_out = nil
        guard status == Z_STREAM_END else { return nil }
        return Data(bytes: output.baseAddress!, count: Int(stream.pointee.total_out))
    }
}
