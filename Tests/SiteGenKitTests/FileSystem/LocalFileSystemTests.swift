import Foundation
import Testing
@testable import SiteGenKit

@Suite("Local file system")
struct LocalFileSystemTests {
    /// Thousands of entries with names of every length, so directory records end at all sorts of
    /// offsets (reading a name past its record once crashed the walk).
    @Test func walkListsEveryFileSortedWithStamps() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-walk-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fs = LocalFileSystem()
        var expected: [String] = []
        for index in 0..<1500 {
            let name = String(repeating: "n", count: 1 + index % 200) + "-\(index).md"
            let folder = index % 3 == 0 ? "a" : "b/c"
            try fs.writeFile(root + "/" + folder + "/" + name, Data("\(index)".utf8))
            expected.append(folder + "/" + name)
        }
        try fs.writeFile(root + "/.hidden", Data())
        try FileManager.default.createSymbolicLink(atPath: root + "/link.md", withDestinationPath: "/etc/hostname")
        try FileManager.default.createSymbolicLink(atPath: root + "/b/c/deep.md", withDestinationPath: "/etc/hostname")
        let walked = await fs.filesWithStamps(in: root)
        #expect(walked.files.map(\.path) == expected.sorted { $0.split(separator: "/").lexicographicallyPrecedes($1.split(separator: "/")) })
        #expect(try fs.filesRecursively(in: root) == walked.files.map(\.path))
        #expect(walked.files.allSatisfy { !$0.stamp.isEmpty })
        // The links the walk skipped come back with their folders, from either entry point.
        #expect(walked.links == ["b/c/deep.md", "link.md"])
        #expect(walked.links == fs.symbolicLinks(in: root))
    }

    @Test func stampChangesWhenAFileIsRewritten() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-stamp-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fs = LocalFileSystem()
        try fs.writeFile(path, Data("one".utf8))
        let before = fs.fileStamp(path)
        try fs.writeFile(path, Data("two".utf8))
        #expect(before != nil)
        #expect(fs.fileStamp(path) != before, "same size, new content: the stamp must still change")
        #expect(fs.fileStamp(path + ".missing") == nil)
    }

    #if os(Linux)
    /// Stamps are stored in the build cache and compared as text: their format must not drift.
    @Test func stampSpellsSizeTimesAndInode() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-stamp-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try LocalFileSystem().writeFile(path, Data("12345".utf8))
        var info = stat()
        #expect(stat(path, &info) == 0)
        let expected = "5:\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec):\(info.st_ino)"
        #expect(LocalFileSystem().fileStamp(path) == expected)
    }
    #endif
}
