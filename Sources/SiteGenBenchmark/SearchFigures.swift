import Foundation
import SiteGenKit

/// The search figures of the issue's targets, on the generated site after sitegen built it:
/// index work against the full build's wall time, files per language, and bytes a reader's
/// browser transfers (gzip) for a first query, the search script included, and for further
/// queries; then Pagefind on the same output when it is installed (never required).
@MainActor
struct SearchFigures {
    let site: URL
    let runner: Runner
    let scratch: URL
    let sitegen: String

    func print(fullBuildSeconds: Double, languages: [String]) async throws {
        let output = site.appendingPathComponent("public").path
        Swift.print("search:")
        if let timing = await SearchMeasurement.timeIndexWork(root: site.path) {
            let share = timing.indexSeconds / fullBuildSeconds
            Swift.print("  index work (\(grouped(timing.documents)) articles, in process): \(seconds(timing.indexSeconds)), "
                + "\(fixed(share * 100, 1)) % of the full build (tokenizing \(seconds(timing.tokenizeSeconds))) — target ≤ 10 %: \(share <= 0.10 ? "PASS" : "FAIL")")
            Swift.print("  index work CPU time (user + sys): \(seconds(timing.indexCPUSeconds)) (tokenizing \(seconds(timing.tokenizeCPUSeconds))); one edit \(fixed(timing.editCPUSeconds * 1000, 1)) ms")
            Swift.print("  index work added to a one-edit rebuild: \(fixed(timing.editSeconds * 1000, 1)) ms, \(timing.editFiles) of \(timing.languageFiles) files rewritten — target ≤ 20 ms: \(timing.editSeconds <= 0.020 ? "PASS" : "FAIL")")
        }
        var sizes: [String: Int] = [:]
        func gzipped(_ path: String) -> Int {
            if let size = sizes[path] { return size }
            let size = (try? Self.gzipSize(output + "/" + path)) ?? 0
            sizes[path] = size
            return size
        }
        // The engine and the search box: both load on every page.
        let script = gzipped("assets/search-index.js") + gzipped("assets/search.js")
        var firstWorst = 0, furtherWorst = 0
        for language in languages {
            let folder = site.appendingPathComponent("public/search/\(language)")
            let fileCount = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).count) ?? 0
            var fetched = Set<String>()
            var first = 0, further: [Int] = []
            for (index, query) in queries(language: language, output: output).enumerated() {
                let files = SearchMeasurement.fetchedFiles(query: query, language: language, output: output).filter { !fetched.contains($0) }
                fetched.formUnion(files)
                let bytes = files.reduce(0) { $0 + gzipped($1) }
                if index == 0 { first = bytes + script } else { further.append(bytes) }
            }
            firstWorst = max(firstWorst, first)
            furtherWorst = max(furtherWorst, further.max() ?? 0)
            Swift.print("  \(language): \(fileCount) files; first query \(kb(first)) (script \(kb(script))), further queries up to \(kb(further.max() ?? 0))")
        }
        Swift.print("  first query ≤ 60 KB: \(firstWorst <= 60 * 1024 ? "PASS" : "FAIL") (\(kb(firstWorst))); further ≤ 20 KB: \(furtherWorst <= 20 * 1024 ? "PASS" : "FAIL") (\(kb(furtherWorst)))")
        let comparison = SearchComparison(site: site, runner: runner, scratch: scratch, sitegen: sitegen)
        let querySet = comparison.queries(languages: languages, output: output)
        comparison.printOwnHits(querySet, output: output)
        try pagefind(output: output, comparison: comparison, querySet: querySet)
    }

    /// Four queries per language typed as a reader would: the first words of article titles,
    /// the last one unfinished.
    private func queries(language: String, output: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: output + "/search/\(language)/d0.json"),
              let details = (try? JSONSerialization.jsonObject(with: data)) as? [[String]] else { return [] }
        return stride(from: 0, to: min(details.count, 16), by: 4).map { index in
            let title = details[index][1]
            let words = title.split(separator: " ").prefix(2)
            if words.count < 2 { return String(title.prefix(4)) }
            return words[0] + " " + words[1].prefix(4)
        }
    }

    private func pagefind(output: String, comparison: SearchComparison, querySet: [(language: String, query: String, expected: String)]) throws {
        guard let pagefind = SearchComparison.pagefindBinary() else {
            Swift.print("  pagefind: not installed (pip install pagefind-bin-extended), no comparison")
            return
        }
        // In the site, where its script looks for it; removed afterwards.
        let destination = site.appendingPathComponent("public/_pagefind")
        try? FileTree.remove(destination)
        defer { try? FileTree.remove(destination) }
        let (phase, _) = try runner.phase("pagefind", runs: 1, argv: [pagefind, "--site", output, "--output-path", destination.path])
        let files = (FileManager.default.enumerator(atPath: destination.path)?.allObjects as? [String] ?? [])
            .filter { !FileTree.isFolder(destination.appendingPathComponent($0)) }.count
        Swift.print("  pagefind: \(seconds(phase.wallSeconds)), peak \(mib(phase.peakRSSKiB)), \(grouped(files)) files")
        comparison.printBrowserComparison(querySet, pagefind: pagefind)
    }

    private static func gzipSize(_ path: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FileTree.which("gzip") ?? "/bin/gzip")
        process.arguments = ["-c", "-6", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data.count
    }

    private func kb(_ bytes: Int) -> String { fixed(Double(bytes) / 1024, 1) + " KB" }
}
