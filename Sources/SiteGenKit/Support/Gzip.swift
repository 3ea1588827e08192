import CZlib
import Foundation

/// gzip through the system's zlib: `serve` keeps the files it holds compressed (HTML shrinks
/// several times) and sends them as they are to browsers that accept gzip.
enum Gzip {
    /// `data` as one gzip member with no name or time, so equal input gives equal bytes;
    /// nil when zlib fails.
    static func compress(_ data: Data) -> Data? {
        var stream = z_stream()
        // 15 window bits + 16: a gzip header and trailer instead of zlib's.
        guard deflateInit2_(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        var output = Data(count: Int(deflateBound(&stream, uLong(data.count))) + 32)
        let status: Int32 = data.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { buffer in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = buffer.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(buffer.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        // Copied out: the buffer's capacity is the input's size, which is what gzip is here to save.
        return output.withUnsafeBytes { Data(bytes: $0.baseAddress!, count: Int(stream.total_out)) }
    }

    /// The bytes of a gzip member `compress` made; nil when they are not one.
    static func decompress(_ data: Data, expectedSize: Int = 0) -> Data? {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
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
