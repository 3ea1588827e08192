import Foundation

/// What `public/` held at the end of the last successful build: a `TreeListing` of every file
/// and folder with its stamp. A rebuild walks `public/` with it as a hint and, when the new
/// walk equals it and the inputs are unchanged, the build is a no-op. A file deleted or edited
/// in `public/` by hand is noticed and rebuilt.
enum OutputListing {
    static let formatVersion = "sitegen-outputs-3"

    static func encoded(_ listing: TreeListing) -> Data {
        var data = Data(formatVersion.utf8)
        data.append(0)
        data.append(contentsOf: listing.bytes)
        var sum = data.withUnsafeBytes { checksum64($0) }.littleEndian
        withUnsafeBytes(of: &sum) { data.append(contentsOf: $0) }
        return data
    }

    /// Nil for a missing, older-format or damaged listing (checksummed: a damaged one must not
    /// make a changed file look unchanged; it only costs a full walk).
    static func decode(_ data: Data) -> TreeListing? {
        let header = Data(formatVersion.utf8) + [0]
        guard data.count >= header.count + 8, data.starts(with: header) else { return nil }
        let body = data.prefix(data.count - 8)
        let recorded = data.suffix(8).withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        guard body.withUnsafeBytes({ checksum64($0) }) == recorded else { return nil }
        return TreeListing(bytes: [UInt8](body.dropFirst(header.count)))
    }

    /// The folders a build wrote into or deleted from, and all above them: the only ones whose
    /// entries can differ from the listing taken before it.
    static func touchedFolders(_ paths: [String]) -> Set<String> {
        var folders: Set<String> = [""]
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty, folders.insert(parts.joined(separator: "/")).inserted { parts = parts.dropLast() }
        }
        return folders
    }
}
