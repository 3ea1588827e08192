import Foundation
import Testing
@testable import SiteGenKit

/// `check` and `translations` are documented as writing nothing: not `public/`, not the build
/// cache, not a lock file, not even a temporary file they remove again.
@Suite("Commands that write nothing", .serialized)
struct ReadOnlyCommandsTests {
    /// Every file and folder below `root` (hidden ones included) with its bytes and its stamp
    /// (size, times, inode): a file rewritten with the same bytes, or a folder where a file was
    /// created and removed, changes it.
    private func snapshot(_ root: String) -> [String: String] {
        var result: [String: String] = [:]
        let fs = LocalFileSystem()
        guard let walker = FileManager.default.enumerator(atPath: root) else { return result }
        result["."] = fs.entryStamp(root).map { "folder \($0.stamp)" }
        while let relative = walker.nextObject() as? String {
            let path = root + "/" + relative
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                result[relative] = "link \(target)"
            } else if let (stamp, isFolder) = fs.entryStamp(path) {
                let bytes = isFolder ? "" : ((try? fs.readFile(path)).map { $0.base64EncodedString() } ?? "unreadable")
                result[relative] = "\(isFolder ? "folder" : "file") \(stamp) \(bytes)"
            }
        }
        return result
    }

    private static let commands: [[String]] = [
        ["check"], ["check", "--format", "json"], ["translations"], ["translations", "--format", "json"], ["translations", "--lang", "fr"],
    ]

    @Test("on a site never built", arguments: commands)
    func neverBuilt(_ command: [String]) async throws {
        let root = try Fixture.onDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let before = snapshot(root)
        _ = await SitegenCommand.run(arguments: command + ["--root", root])
        let after = snapshot(root)
        #expect(after == before, "changed: \(Set(after.keys).union(before.keys).filter { after[$0] != before[$0] }.sorted())")
    }

    @Test("on a built site whose sources changed since (stale caches)", arguments: commands)
    func builtThenEdited(_ command: [String]) async throws {
        let root = try Fixture.onDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        #expect(await SitegenCommand.run(arguments: ["build", "--root", root]) == 0)
        #expect(FileManager.default.fileExists(atPath: root + "/.sitegen-cache/pages.bin"))
        try "---\ntitle: Welcome back\n---\nChanged since the build.\n".write(toFile: root + "/content/en/start/welcome.md", atomically: true, encoding: .utf8)
        try "---\ntitle: Nouveau\n---\nNouveau.\n".write(toFile: root + "/content/fr/start-new.md", atomically: true, encoding: .utf8)
        let before = snapshot(root)
        _ = await SitegenCommand.run(arguments: command + ["--root", root])
        let after = snapshot(root)
        #expect(after == before, "changed: \(Set(after.keys).union(before.keys).filter { after[$0] != before[$0] }.sorted())")
    }
}
