import Foundation
import Testing
@testable import SiteGenKit

/// A damaged cache is never trusted: every bit flipped anywhere in `.sitegen-cache/` still
/// gives exactly the site (and the diagnostics) a clean build gives.
@Suite("Damaged cache")
struct CacheDamageTests {
    private static let content = Fixture.validContent.merging([
        "content/en/start/faq.md": "---\ntitle: よくある質問\nupdated: 2025-01-10\n---\n## 質問 {#q}\n\n質問があります。 *Mood:* fine\n",
        "content/en/start/warn.md": "---\ntitle: Warned\nupdated: 2025-01-10\nmood: odd\n---\nA page with a warning.\n",
    ]) { _, new in new }

    /// The edit made after the damage, so the rebuild reads the cache for everything else.
    private func edit(_ fs: InMemoryFileSystem) throws {
        try fs.writeFile("site/content/en/start/welcome.md", Data("---\ntitle: Welcome to Acme\nupdated: 2025-01-11\n---\nRead [refunds](../billing/refunds.md) now.\n".utf8))
    }

    @Test("single bit flips in every cache file give exactly a clean build's site and diagnostics")
    func bitFlips() async throws {
        let reference = Fixture.fileSystem(Self.content)
        try edit(reference)
        let clean = await SiteBuilder(fileSystem: reference).build(BuildOptions(root: "site", useCache: false))
        #expect(clean.published)
        let expected = reference.publicFiles

        var generator = SplitMix(seed: 17)
        var flips = 0
        for round in 0..<48 {
            let fs = Fixture.fileSystem(Self.content)
            #expect(await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site")).published)
            let cacheFiles = fs.allFiles.filter { $0.hasPrefix("site/.sitegen-cache/") && $0.hasSuffix(".bin") }
            #expect(cacheFiles.count >= 3)
            // Half the flips land anywhere, half in text that reaches pages or reports.
            let targets = ["質問", "Read your invoice", "Request a refund", "mood", "totals", "Warned"]
            let target = Data(targets[round % targets.count].utf8)
            let file = round % 2 == 0
                ? cacheFiles[(round / 2) % cacheFiles.count]
                : try #require(cacheFiles.first { (try? fs.readFile($0))?.range(of: target) != nil }, "\(targets[round % targets.count]) is cached")
            var data = try fs.readFile(file)
            let span = round % 2 == 0 ? 0..<data.count : data.range(of: target)!
            let bit = span.lowerBound * 8 + Int(generator.next() % UInt64(span.count * 8))
            data[bit / 8] ^= UInt8(1 << (bit % 8))
            try fs.writeFile(file, data)
            flips += 1
            try edit(fs)
            let report = await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site"))
            #expect(report.published, "round \(round), \(file) bit \(bit): \(report.lines)")
            #expect(report.lines == clean.lines, "round \(round), \(file) bit \(bit): same diagnostics as a clean build")
            let differing = DiskTree.differences(fs.publicFiles, expected)
            #expect(differing.isEmpty, "round \(round), \(file) bit \(bit): \(differing.prefix(3))")
        }
        #expect(flips == 48)
    }

    @Test("diagnostics keep their stable code through the cache")
    func codesSurviveTheCache() async throws {
        var cache = PageCache(outputDirectory: "site/public", inputFingerprint: "f", prepareDiagnostics: [.warning("content/site.yml", code: "config.x", "w")])
        cache.entries["en/index.html"] = .init(inputKey: "k", outputHash: "h", diagnostics: [.error("content/en/a.md", line: 3, column: 1, code: "link.broken", "e"), .warning("b", code: "content.symlink", "w")])
        let decoded = try #require(await PageCache.decode(cache.encoded()))
        #expect(decoded.entries["en/index.html"]?.diagnostics.map(\.code) == ["link.broken", "content.symlink"])
        #expect(decoded.prepareDiagnostics.first?.code == "config.x")
    }

    @Test("a damaged record is dropped, the others are kept")
    func damagedRecordDropped() async throws {
        var cache = PageCache(outputDirectory: "site/public", inputFingerprint: "f")
        for index in 0..<10 { cache.entries["en/p\(index)/index.html"] = .init(inputKey: "key-\(index)", outputHash: "hash-\(index)", diagnostics: []) }
        var data = cache.encoded()
        // Flip a byte inside the record of en/p3 (its input key).
        let range = try #require(data.range(of: Data("key-3".utf8)))
        data[range.lowerBound + 4] ^= 0x01
        let decoded = try #require(await PageCache.decode(data))
        #expect(decoded.entries.count == 9)
        #expect(decoded.entries["en/p3/index.html"] == nil)
        #expect(decoded.entries["en/p4/index.html"]?.inputKey == "key-4")
        // A damaged header voids the whole cache.
        var header = cache.encoded()
        let output = try #require(header.range(of: Data("site/public".utf8)))
        header[output.lowerBound] ^= 0x20
        #expect(await PageCache.decode(header) == nil)
    }
}

/// A small seeded generator, so failures can be replayed.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
