import Foundation
@testable import SiteGenKit

/// Every file below a folder on disk, by relative path, with its bytes; symbolic links as
/// "-> target". Compares whole trees: a site is either exactly one build's output or wrong.
enum DiskTree {
    static func snapshot(_ root: String) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return result }
        while let relative = walker.nextObject() as? String {
            let path = root + "/" + relative
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                result[relative] = Data("-> \(target)".utf8)
                walker.skipDescendants()
            } else if !LocalFileSystem().isDirectory(path) {
                result[relative] = FileManager.default.contents(atPath: path) ?? Data()
            }
        }
        return result
    }

    /// Builds a copy of the sources of the site at `root` clean, with the library, in a fresh
    /// folder (so the site's own cache and output are left alone), and returns its output.
    static func cleanBuild(root: String) async -> [String: Data] {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-reference-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try? FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        for folder in ["content", "templates", "static"] where FileManager.default.fileExists(atPath: root + "/" + folder) {
            try? FileManager.default.copyItem(atPath: root + "/" + folder, toPath: copy + "/" + folder)
        }
        var options = BuildOptions(root: copy, useCache: false)
        options.lockTimeout = 60
        _ = await SiteBuilder().build(options)
        return snapshot(copy + "/public")
    }

    /// The paths where two trees differ, for messages.
    static func differences(_ actual: [String: Data], _ expected: [String: Data]) -> [String] {
        Set(actual.keys).union(expected.keys).filter { actual[$0] != expected[$0] }.sorted()
    }
}
