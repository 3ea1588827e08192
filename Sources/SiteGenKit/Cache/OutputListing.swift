import Foundation

/// What `public/` held at the end of the last successful build: a `TreeListing` of every file
/// and folder with its stamp. A rebuild walks `public/` with it as a hint and, when the new
/// walk equals it and the inputs are unchanged, the build is a no-op. A file deleted or edited
/// in `public/` by hand is noticed and rebuilt.
enum OutputListing {
    static let formatVersion = "sitegen-outputs-1"

    static func encoded(_ listing: TreeListing) -> Data {
        var data = Data(formatVersion.utf8)
        data.append(0)
        data.append(contentsOf: listing.bytes)
        return data
    }

    /// Nil for a missing or older-format listing (a damaged one only costs a full walk).
    static func decode(_ data: Data) -> TreeListing? {
        let header = Data(formatVersion.utf8) + [0]
        guard data.starts(with: header) else { return nil }
        return TreeListing(bytes: [UInt8](data.dropFirst(header.count)))
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
