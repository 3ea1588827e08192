import Foundation

extension TreeListing {
    /// One walk: reads the disk where it must and the earlier listing where it may.
    struct Walker: Sendable {
        let root: String
        let fileSystem: FileSystem
        let known: [UInt8]
        let touched: Set<String>?

        /// Appends the folder `relative` (named `name` in its parent) and everything below it,
        /// and adds the symbolic links found in folders read from the disk to `links`.
        /// `hint` is the offset of its record in `known`, if it has one.
        func folder(_ relative: String, name: String, hint: Int?, into out: inout [UInt8], links: inout [String]) {
            guard let children = open(relative, name: name, hint: hint, into: &out, links: &links) else { return }
            for child in children { entry(child, in: relative, into: &out, links: &links) }
            out.append(TreeListing.end)
        }

        /// `folder` for the walked folder itself, its entries walked concurrently.
        func top(hint: Int?, into out: inout [UInt8], links: inout [String]) async {
            guard let children = open("", name: "", hint: hint, into: &out, links: &links) else { return }
            let parts = await parallelMap(children.count) { index in
                var part: [UInt8] = []
                var partLinks: [String] = []
                entry(children[index], in: "", into: &part, links: &partLinks)
                return (part, partLinks)
            }
            for (part, partLinks) in parts {
                out += part
                links += partLinks
            }
            out.append(TreeListing.end)
        }

        /// Appends the folder's own record and returns its entries, to be appended next and
        /// closed with an `end` record; nil when it is no folder, or when `known` vouches for
        /// it (its recorded subtree is then appended whole).
        private func open(_ relative: String, name: String, hint: Int?, into out: inout [UInt8], links: inout [String]) -> [(name: String, isFolder: Bool, hint: Int?)]? {
            if let hint, let touched, !touched.contains(relative) {
                out += known[hint..<subtreeEnd(hint)]
                return nil
            }
            let absolute = relative.isEmpty ? root : root + "/" + relative
            guard let (stamp, isFolder) = fileSystem.entryStamp(absolute), isFolder else { return nil }
            let (children, found) = entries(of: absolute, stamp: stamp, hint: hint)
            // A folder holding links is recorded under a stamp no folder has, so no later walk
            // trusts its recorded entries: a listing vouches that its folders hold no links.
            Self.append(TreeListing.folder, name: name, stamp: found.isEmpty ? stamp : Self.linkMarker + stamp, to: &out)
            links += found.map { relative.isEmpty ? $0 : relative + "/" + $0 }
            return children
        }

        /// Put before the stamp of a folder that holds symbolic links.
        static let linkMarker = Array("links:".utf8)

        private func entry(_ child: (name: String, isFolder: Bool, hint: Int?), in relative: String, into out: inout [UInt8], links: inout [String]) {
            let path = relative.isEmpty ? child.name : relative + "/" + child.name
            if child.isFolder {
                folder(path, name: child.name, hint: child.hint, into: &out, links: &links)
            } else if let (stamp, isFolder) = fileSystem.entryStamp(root + "/" + path) {
                // A file that became a folder changed its parent's stamp, so this is rare.
                if isFolder { folder(path, name: child.name, hint: nil, into: &out, links: &links) } else { Self.append(TreeListing.file, name: child.name, stamp: stamp, to: &out) }
            }
        }

        /// A folder's entries: from `known` when its stamp is unchanged, else from the disk
        /// (subfolders still get their hints, so one new file does not mean rereading below),
        /// with the names of the symbolic links the disk showed.
        private func entries(of absolute: String, stamp: [UInt8], hint: Int?) -> ([(name: String, isFolder: Bool, hint: Int?)], links: [String]) {
            var recorded: [(name: String, isFolder: Bool, hint: Int?)] = []
            if let hint, let record = ListingRecord(known, at: hint) {
                var cursor = record.next
                var closed = false
                while let child = ListingRecord(known, at: cursor) {
                    if child.kind == TreeListing.end { closed = true; break }
                    let isFolder = child.kind == TreeListing.folder
                    recorded.append((child.name(in: known), isFolder, isFolder ? cursor : nil))
                    cursor = isFolder ? subtreeEnd(cursor) : child.next
                }
                // A listing cut short (a damaged cache) cannot vouch for this folder.
                if !closed { recorded = [] }
                if closed, known[record.stampRange].elementsEqual(stamp) { return (recorded, []) }
            }
            let hints = Dictionary(recorded.compactMap { entry in entry.hint.map { (entry.name, $0) } }, uniquingKeysWith: { first, _ in first })
            let (entries, links) = fileSystem.listFolderNotingLinks(absolute)
            return (entries.map { ($0.name, $0.isFolder, $0.isFolder ? hints[$0.name] : nil) }, links)
        }

        /// The offset just past a folder's `end` record (or the end of a damaged listing).
        private func subtreeEnd(_ offset: Int) -> Int {
            var depth = 0
            var cursor = offset
            while let record = ListingRecord(known, at: cursor) {
                if record.kind == TreeListing.folder { depth += 1 } else if record.kind == TreeListing.end { depth -= 1 }
                cursor = record.next
                if depth == 0 { return cursor }
            }
            return known.count
        }

        private static func append(_ kind: UInt8, name: String, stamp: [UInt8], to out: inout [UInt8]) {
            let nameBytes = Array(name.utf8.prefix(Int(UInt16.max)))
            out.append(kind)
            out.append(UInt8(nameBytes.count & 0xFF))
            out.append(UInt8(nameBytes.count >> 8))
            out += nameBytes
            out.append(UInt8(min(stamp.count, 255)))
            out += stamp.prefix(255)
        }
    }
}
