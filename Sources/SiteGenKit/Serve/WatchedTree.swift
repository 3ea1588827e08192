import Foundation

/// What the watcher's backends share about the watched folders: every folder under them, and a
/// stamp of every entry, whose differences between two looks name the files that changed.
enum WatchedTree {
    /// Every folder under `roots`, the roots included; missing roots are skipped, and so are
    /// hidden folders, which the build never reads either.
    static func folders(under roots: [String]) -> [String] {
        var result: [String] = []
        for root in roots where FileManager.default.fileExists(atPath: root) {
            result.append(root)
            let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: root), includingPropertiesForKeys: [.isDirectoryKey],
                                                             options: [.skipsHiddenFiles])
            while let url = enumerator?.nextObject() as? URL {
                if (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true { result.append(url.path) }
            }
        }
        return result
    }

    /// Every entry directly inside `folder` (hidden ones too), by path. Links are not followed.
    static func entries(in folder: String) -> [String: EntryStamp] {
        var result: [String: EntryStamp] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let path = folder + "/" + name
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { continue }
            result[path] = EntryStamp(
                isFolder: attributes[.type] as? FileAttributeType == .typeDirectory,
                size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0,
                modified: (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0,
                file: (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0)
        }
        return result
    }

    /// Every entry of every folder under `roots`.
    static func snapshot(of roots: [String]) -> [String: EntryStamp] {
        var result: [String: EntryStamp] = [:]
        for folder in folders(under: roots) {
            result.merge(entries(in: folder)) { first, _ in first }
        }
        return result
    }

    /// The files written, created or removed between two looks at the same folders; nil paths
    /// when a folder appeared or went. Hidden files (editors' swap and backup files among them)
    /// are never part of the site, and a folder's own stamp changes with every entry added to
    /// it, which is named on its own.
    static func changes(from old: [String: EntryStamp], to new: [String: EntryStamp]) -> WatchedChanges {
        var changes = WatchedChanges()
        let differing = new.filter { old[$0.key] != $0.value }.map(\.key) + old.keys.filter { new[$0] == nil }
        for path in differing where !isHidden(path) {
            let before = old[path]?.isFolder, after = new[path]?.isFolder
            if before == true || after == true {
                if before != after { return WatchedChanges(paths: nil) }
                continue
            }
            changes.paths?.insert(path)
        }
        return changes
    }

    static func isHidden(_ path: String) -> Bool {
        path.split(separator: "/").last?.hasPrefix(".") == true
    }
}

/// What tells one version of a folder entry from the next: kind, size, modification time and
/// file number (an editor that saves by renaming a new file over the old one changes the last).
struct EntryStamp: Equatable, Sendable {
    var isFolder: Bool
    var size: UInt64
    var modified: Double
    var file: UInt64
}
