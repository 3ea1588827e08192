import Foundation
import Testing
@testable import SiteGenKit

/// The writer's last line of defence: nothing is written outside the output folder, whatever
/// path reaches it.
@Suite("Output path safety")
struct OutputPathSafetyTests {
    private let writer = OutputWriter(fileSystem: InMemoryFileSystem(), outputDirectory: "site/public", incremental: false,
                                      existing: TreeListing.PathSet())

    @Test("paths that climb out are refused", arguments: [
        "../index.html", "en/../../x.html", "./x.html", "/etc/passwd", "a/./b.html",
        // As Characters, "/\u{301}" is not a separator and would hide the "..".
        "../\u{301}x/index.html", "en/../../\u{301}x.html",
    ])
    func refused(path: String) {
        #expect(throws: OutputWriter.OutputError.self) { try writer.write(Data("x".utf8), to: path) }
    }

    @Test("ordinary and non-ASCII paths are written", arguments: [
        "index.html", "en/billing/refunds/index.html", "ja/設定/index.html", "fr/..é/index.html", "\u{301}x/index.html",
    ])
    func written(path: String) throws {
        try writer.write(Data("x".utf8), to: path)
        #expect(writer.fileSystem.fileExists(writer.stagingDirectory + "/" + path))
    }
}
