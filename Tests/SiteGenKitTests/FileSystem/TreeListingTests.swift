import Foundation
import Testing
@testable import SiteGenKit

/// The listing a rebuild compares `public/` against: reusing an earlier listing must never hide
/// a change that a fresh walk would see.
@Suite("Tree listing")
struct TreeListingTests {
    private let fs = LocalFileSystem()

    private func tree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-tree-\(UUID().uuidString)").path
        for language in ["en", "fr"] {
            for article in 0..<20 { try fs.writeFile("\(root)/\(language)/cat/a\(article)/index.html", Data("page \(article)".utf8)) }
            try fs.writeFile("\(root)/\(language)/index.html", Data("home".utf8))
        }
        try fs.writeFile(root + "/sitemap.xml", Data("map".utf8))
        return root
    }

    @Test func listsEveryFile() async throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = await TreeListing.walk(root, fileSystem: fs).files
        #expect(files.count == 43)
        #expect(files.contains("en/cat/a7/index.html") && files.contains("sitemap.xml") && files.contains("fr/index.html"))
    }

    @Test(arguments: ["delete", "add", "rewrite", "new folder", "remove folder", "top"])
    func reusingAnEarlierListingSeesEveryChange(_ change: String) async throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let before = await TreeListing.walk(root, fileSystem: fs)
        #expect(await TreeListing.walk(root, fileSystem: fs, known: before) == before, "nothing changed")
        switch change {
        case "delete": try fs.removeItem(root + "/en/cat/a3/index.html")
        case "add": try fs.writeFile(root + "/fr/cat/a9/extra.html", Data())
        // Same length, so only the stamp's times can tell.
        case "rewrite": try fs.writeFile(root + "/en/cat/a4/index.html", Data("page X".utf8))
        case "new folder": try fs.writeFile(root + "/en/cat/a99/index.html", Data("new".utf8))
        case "remove folder": try fs.removeItem(root + "/fr/cat/a12")
        default: try fs.writeFile(root + "/robots.txt", Data())
        }
        let reused = await TreeListing.walk(root, fileSystem: fs, known: before)
        #expect(reused != before)
        #expect(await reused == TreeListing.walk(root, fileSystem: fs), "the same as a walk that trusts nothing")
    }

    /// After a build, only the folders it wrote into are read again.
    @Test func walkLimitedToTouchedFoldersMatchesAFullWalk() async throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let before = await TreeListing.walk(root, fileSystem: fs)
        let written = ["en/cat/a2/index.html", "en/cat/new/index.html"]
        for path in written { try fs.writeFile(root + "/" + path, Data("changed".utf8)) }
        try fs.removeItem(root + "/fr/cat/a5")
        let touched = OutputListing.touchedFolders(written + ["fr/cat/a5/index.html"])
        #expect(await TreeListing.walk(root, fileSystem: fs, known: before, touched: touched) == TreeListing.walk(root, fileSystem: fs))
    }

    @Test func damagedListingOnlyCostsAFullWalk() async throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let good = await TreeListing.walk(root, fileSystem: fs)
        for damaged in [TreeListing(bytes: Array(good.bytes.prefix(good.bytes.count / 2))), TreeListing(bytes: [1, 200, 200, 9])] {
            #expect(await TreeListing.walk(root, fileSystem: fs, known: damaged) == good)
        }
    }
}
