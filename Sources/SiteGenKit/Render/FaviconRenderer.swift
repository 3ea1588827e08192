import Foundation

/// `favicon.ico`: a 32 × 32 rounded square in the brand's accent colour (the theme's blue
/// without one) with a white ring, written as an uncompressed 32-bit icon so it needs no image
/// library and is byte-identical on every run.
enum FaviconRenderer {
    static let size = 32

    static func render(accent: String?) -> Data {
        let (r, g, b) = ColorContrast.rgb(accent ?? "#0a58ca") ?? (0.04, 0.35, 0.79)
        let fill: [UInt8] = [UInt8(b * 255), UInt8(g * 255), UInt8(r * 255), 255]  // BGRA
        var pixels: [UInt8] = []
        pixels.reserveCapacity(size * size * 4)
        // Rows bottom-up, as a bitmap stores them.
        for y in (0..<size).reversed() {
            for x in 0..<size { pixels += pixel(x: x, y: y, fill: fill) }
        }
        var out = Data()
        func le16(_ v: Int) { out += [UInt8(v & 0xff), UInt8(v >> 8 & 0xff)] }
        func le32(_ v: Int) { le16(v & 0xffff); le16(v >> 16 & 0xffff) }
        let maskBytes = size * size / 8
        let imageBytes = 40 + pixels.count + maskBytes
        // ICONDIR, one ICONDIRENTRY, then the bitmap (height doubled: colour rows + mask rows).
        le16(0); le16(1); le16(1)
        out += [UInt8(size), UInt8(size), 0, 0]; le16(1); le16(32); le32(imageBytes); le32(22)
        le32(40); le32(size); le32(size * 2); le16(1); le16(32); le32(0); le32(pixels.count + maskBytes); le32(0); le32(0); le32(0); le32(0)
        out += pixels
        out += [UInt8](repeating: 0, count: maskBytes)  // transparency comes from the alpha channel
        return out
    }

    private static func pixel(x: Int, y: Int, fill: [UInt8]) -> [UInt8] {
        let radius = 6
        let cx = min(max(x, radius), size - 1 - radius), cy = min(max(y, radius), size - 1 - radius)
        if (x - cx) * (x - cx) + (y - cy) * (y - cy) > radius * radius { return [0, 0, 0, 0] }
        let ring = (9...22).contains(x) && (9...22).contains(y) && !((12...19).contains(x) && (12...19).contains(y))
        return ring ? [255, 255, 255, 255] : fill
    }
}
