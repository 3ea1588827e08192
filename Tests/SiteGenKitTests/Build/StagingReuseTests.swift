import Foundation
import Testing
@testable import SiteGenKit

/// A rebuild reads only the folders of the staging tree and of the new `public/` that changed,
/// trusting the listings it recorded for the rest. These tests check that nothing it skips
/// could have told it something: the recorded listing is what a full walk sees, a link planted
/// anywhere in staging is still removed, and the site is the one a clean build makes.
@Suite("Staging tree reuse", .serialized)
struct StagingReuseTests {
    private let fs = LocalFileSystem()

    private func write(_ root: String, _ path: String, _ text: String) throws {
        try fs.writeFile(root + "/content/" + path, Data(text.utf8))
    }

    /// The fixture's refunds article with one more sentence (its headings stay: others link to them).
    private func editRefunds(_ root: String, _ version: Int) throws {
        try write(root, "en/billing/refunds.md", Fixture.validContent["content/en/billing/refunds.md"]! + "\nVersion \(version).\n")
    }

    /// The listing the build recorded of `public/` must equal a walk that trusts nothing, or
    /// the next build would either miss a change or never be a no-op.
    private func expectRecordedListingIsFresh(_ root: String, _ step: String) async throws {
        let recorded = try #require(OutputListing.decode(try fs.readFile(root + "/.sitegen-cache/outputs.bin")), "\(step)")
        let fresh = await recorded == TreeListing.walk(root + "/public", fileSystem: fs)
        #expect(fresh, "\(step): the recorded listing equals a fresh walk")
    }

    @Test func everyRebuildRecordsWhatAFullWalkSeesAndEqualsACleanBuild() async throws {
        let root = try Fixture.onDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let builder = SiteBuilder(fileSystem: fs)
        let steps: [(String, () throws -> Void)] = [
            ("first build", {}),
            ("edit an article", { try editRefunds(root, 2) }),
            ("edit it again", { try editRefunds(root, 3) }),
            ("add an article", { try write(root, "en/start/new.md", "---\ntitle: New\n---\nNew page.\n") }),
            ("delete an article", { try fs.removeItem(root + "/content/en/start/new.md") }),
            ("nothing", {}),
            ("edit the French home", { try write(root, "fr/_index.md", "---\ntitle: Centre v2\n---\nBienvenue.\n") }),
        ]
        for (step, change) in steps {
            try change()
            let report = await builder.build(BuildOptions(root: root))
            #expect(report.published, "\(step)")
            try await expectRecordedListingIsFresh(root, step)
            #expect(DiskTree.differences(DiskTree.snapshot(root + "/public"), await DiskTree.cleanBuild(root: root)).isEmpty, "\(step)")
            let again = await builder.build(BuildOptions(root: root))
            #expect(again.pagesRendered == 0 && again.filesWritten == 0, "\(step): the next build is a no-op")
        }
    }

    @Test func aLinkPlantedDeepInStagingIsRemovedBeforeAnythingIsWritten() async throws {
        let root = try Fixture.onDisk()
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-victim-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root); try? FileManager.default.removeItem(atPath: elsewhere) }
        try fs.writeFile(elsewhere + "/index.html", Data("VICTIM".utf8))
        let builder = SiteBuilder(fileSystem: fs)
        // Three builds: staging and both listings exist and are trusted.
        for version in 1...3 {
            try editRefunds(root, version)
            #expect(await builder.build(BuildOptions(root: root)).published)
        }
        let before = DiskTree.snapshot(elsewhere)
        // In the staging tree, in place of the very page the next build rewrites.
        let staged = root + "/public.sitegen-staging/en/billing/refunds"
        #expect(fs.isDirectory(staged))
        try FileManager.default.removeItem(atPath: staged)
        try FileManager.default.createSymbolicLink(atPath: staged, withDestinationPath: elsewhere)
        try editRefunds(root, 4)
        #expect(await builder.build(BuildOptions(root: root)).published)
        #expect(DiskTree.snapshot(elsewhere) == before, "nothing was written through the link")
        #expect(!fs.isSymbolicLink(root + "/public/en/billing/refunds"))
        try await expectRecordedListingIsFresh(root, "after the link")
        #expect(DiskTree.differences(DiskTree.snapshot(root + "/public"), await DiskTree.cleanBuild(root: root)).isEmpty)
    }

    @Test func aStagedFileReplacedByHandIsLinkedAgain() async throws {
        let root = try Fixture.onDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let builder = SiteBuilder(fileSystem: fs)
        for version in 1...3 {
            try editRefunds(root, version)
            #expect(await builder.build(BuildOptions(root: root)).published)
        }
        // A file of staging that is the published one is replaced by another file (new inode).
        let staged = root + "/public.sitegen-staging/en/start/welcome/index.html"
        #expect(fs.isSameFile(staged, root + "/public/en/start/welcome/index.html"))
        try fs.removeItem(staged)
        try fs.writeFile(staged, Data("STALE".utf8))
        try editRefunds(root, 4)
        #expect(await builder.build(BuildOptions(root: root)).published)
        #expect(try String(contentsOfFile: root + "/public/en/start/welcome/index.html", encoding: .utf8) != "STALE")
        #expect(DiskTree.differences(DiskTree.snapshot(root + "/public"), await DiskTree.cleanBuild(root: root)).isEmpty)
    }
}
