import Foundation
@testable import SiteGenKit

/// What the tests that compare builds share: the files an in-memory build published, and the
/// reference builds they must equal, made from the same sources in a fresh file system.
/// (`DiskTree` does the same for sites on disk.)
extension Fixture {
    /// A clean, single-threaded build of `fs`'s sources (everything under `site/` but its
    /// output and cache) in a fresh file system: what a cached or parallel build must publish.
    static func cleanBuild(of fs: InMemoryFileSystem) async -> (report: BuildReport, files: [String: Data]) {
        var files: [String: String] = [:]
        for path in fs.allFiles where path.hasPrefix("site/") && !path.hasPrefix("site/public") && !path.hasPrefix("site/.sitegen-cache") {
            files[String(path.dropFirst("site/".count))] = fs.text(path)
        }
        let fresh = fileSystem(files, theme: false)
        let report = await SiteBuilder(fileSystem: fresh).build(BuildOptions(root: "site", useCache: false, parallel: false))
        return (report, fresh.publicFiles)
    }

    /// A memory build of `fs` from nothing (no page cache, no held inputs), as `serve` makes
    /// it when it starts: what its rebuilds after edits must hold.
    static func freshMemoryBuild(of fs: InMemoryFileSystem) async -> (report: BuildReport, files: [String: Data]) {
        let sink = MemorySink()
        let built = await SiteBuilder(fileSystem: fs).buildInMemory(BuildOptions(root: "site", useCache: false), into: sink, previous: nil, plainAssetNames: true)
        return (built.report, Dictionary(uniqueKeysWithValues: sink.paths.map { ($0, sink.file($0) ?? Data()) }))
    }
}

extension InMemoryFileSystem {
    /// Every file under `site/public/`, by its path below it.
    var publicFiles: [String: Data] {
        var result: [String: Data] = [:]
        for path in allFiles where path.hasPrefix("site/public/") { result[String(path.dropFirst("site/public/".count))] = try? readFile(path) }
        return result
    }
}
