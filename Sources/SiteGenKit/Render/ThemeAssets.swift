import Foundation

/// The theme's files under `templates/assets/`, each also published under a name that carries
/// a hash of its bytes (`assets/site.3f9c2a1b7d4e6f08.css`), so a server can let browsers cache
/// them for ever: a changed file gets a new name, and the pages that use it change with it.
/// Templates reach those names through `page.assets.<name>` (`site_css` for `site.css`); the
/// plain names are published too, for themes that link them directly.
struct ThemeAssets: Sendable {
    struct File: Sendable {
        /// Path under `templates/assets/`.
        var name: String
        /// Output path, `assets/…` with the hash before the extension.
        var hashedPath: String
    }

    var files: [File] = []

    /// Template key ("site_css") → output path ("assets/site.3f9c….css").
    var paths: [String: String] {
        Dictionary(files.map { (Self.key($0.name), $0.hashedPath) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every file of the theme under `assets/` (built-in or the site's own).
    static func load(theme: ThemeFiles) -> ThemeAssets {
        ThemeAssets(files: theme.paths.filter { $0.hasPrefix("assets/") }.compactMap { path in
            guard let data = theme.data(path) else { return nil }
            let name = String(path.dropFirst("assets/".count))
            return File(name: name, hashedPath: "assets/" + hashedName(name, data: data))
        })
    }

    /// `site.css` → `site.<16 hex digits>.css`; a name without extension gets the hash appended.
    static func hashedName(_ name: String, data: Data) -> String {
        // FNV-1a, 64 bits: stable across processes and platforms, unlike Hasher.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digest = String(hash, radix: 16)
        let hex = String(repeating: "0", count: 16 - digest.count) + digest
        let slash = name.lastIndex(of: "/").map { name.index(after: $0) } ?? name.startIndex
        guard let dot = name[slash...].lastIndex(of: "."), dot != slash else { return name + "." + hex }
        return name[..<dot] + "." + hex + name[dot...]
    }

    /// The template key of a file name: every character that is not a letter or digit becomes "_".
    static func key(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}
