import Foundation
import SiteGenKit

/// The query-set half of the search figures: hits@5 of sitegen's search (restated in Swift,
/// `SearchQuery`) on queries made from the generated site's titles, and, when `pagefind` is
/// installed, both engines run in headless Chromium by `Tests/Browser/search_compare.py` on the
/// same queries and on the repository's own query set (the sample site, `content/`).
struct SearchComparison {
    let site: URL
    let runner: Runner
    let scratch: URL
    let sitegen: String

    /// Per language, four articles whose title no other article has: the title with its last
    /// word unfinished, and with the first two letters of a long word swapped (a typo).
    func queries(languages: [String], output: String) -> [(language: String, query: String, expected: String)] {
        var result: [(String, String, String)] = []
        for language in languages {
            var details: [[String]] = []
            for group in 0..<300 {
                guard let data = FileManager.default.contents(atPath: output + "/search/\(language)/d\(group).json"),
                      let items = (try? JSONSerialization.jsonObject(with: data)) as? [[String]] else { break }
                details += items
            }
            var titles: [String: Int] = [:]
            for item in details where item.count > 1 { titles[item[1], default: 0] += 1 }
            let unique = details.filter { $0.count > 1 && titles[$0[1]] == 1 }
            for index in stride(from: 0, to: unique.count, by: max(1, unique.count / 4)).prefix(4) {
                let key = unique[index][0].removingPercentEncoding ?? unique[index][0]
                let words = unique[index][1].split(separator: " ")
                guard words.count >= 2 else { continue }
                result.append((language, words.dropLast().joined(separator: " ") + " " + words[words.count - 1].prefix(4), key))
                if let long = words.first(where: { $0.count >= 6 }) {
                    let typo = String(long.dropFirst().prefix(1) + long.prefix(1) + long.dropFirst(2))
                    result.append((language, words.map { $0 == long ? typo : String($0) }.joined(separator: " ") + " ", key))
                }
            }
        }
        return result
    }

    /// Prints sitegen's hits@5 on `queries` from the built index.
    func printOwnHits(_ queries: [(language: String, query: String, expected: String)], output: String) {
        var hits = 0, missed: [String] = []
        for query in queries {
            var search = SearchQuery(output: output)
            let keys = search.run(query.query, language: query.language).map(\.key)
            if keys.contains(query.expected) { hits += 1 } else { missed.append("\(query.language):\(query.query)") }
        }
        print("  query set from titles (\(queries.count) queries, typos included): sitegen hits@5 \(hits)/\(queries.count)"
              + (missed.isEmpty ? "" : "; missed: " + missed.prefix(8).joined(separator: "; ")))
    }

    /// Runs the browser comparison on the generated site (its Pagefind bundle already in
    /// `public/_pagefind`) and on the sample site; says why when it cannot.
    func printBrowserComparison(_ queries: [(language: String, query: String, expected: String)], pagefind: String) {
        guard let script = Self.script() else {
            print("  pagefind queries: skipped (Tests/Browser/search_compare.py not found from here; run from the repository)")
            return
        }
        let queryFile = scratch.appendingPathComponent("queries.json")
        let list = queries.map { [$0.language, $0.query, $0.expected] }
        guard let data = try? JSONSerialization.data(withJSONObject: ["queries": list]), (try? data.write(to: queryFile)) != nil else { return }
        print("  on this site, in headless Chromium (queries from titles):")
        run(["python3", script, site.appendingPathComponent("public").path, queryFile.path, pagefind])
        // The repository's own query set is about the sample site.
        let sample = scratch.appendingPathComponent("sample")
        let repository = URL(fileURLWithPath: script).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try? FileTree.remove(sample)
        try? FileManager.default.createDirectory(at: sample, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try? FileManager.default.copyItem(at: repository.appendingPathComponent(folder), to: sample.appendingPathComponent(folder))
        }
        guard (try? runner.phase("sample site", runs: 1, argv: [sitegen, "build", "--root", sample.path])) != nil else {
            print("  sample site: build failed, no query-set comparison")
            return
        }
        print("  on the sample site, the repository's query set (Tests/Browser/search_queries.json):")
        run(["python3", script, sample.appendingPathComponent("public").path, repository.appendingPathComponent("Tests/Browser/search_queries.json").path, pagefind])
    }

    private func run(_ argv: [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FileTree.which(argv[0]) ?? "/usr/bin/python3")
        process.arguments = Array(argv.dropFirst())
        do {
            try process.run()
            process.waitUntilExit()
            if process.terminationStatus != 0 { print("  (search_compare.py failed: is selenium installed, and chromium?)") }
        } catch {
            print("  (cannot run python3: \(error))")
        }
    }

    /// search_compare.py, looked for above this program and the working folder.
    private static func script() -> String? {
        for start in [FileTree.ownExecutable(), FileManager.default.currentDirectoryPath + "/x"] {
            var folder = URL(fileURLWithPath: start).deletingLastPathComponent()
            while folder.path != "/" {
                let candidate = folder.appendingPathComponent("Tests/Browser/search_compare.py").path
                if FileManager.default.fileExists(atPath: candidate) { return candidate }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }

    /// `pagefind` on PATH, or the binary of the `pagefind-bin-extended` Python package.
    static func pagefindBinary() -> String? {
        if let found = FileTree.which("pagefind") ?? FileTree.which("pagefind_extended") { return found }
        guard let python = FileTree.which("python3") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import pagefind_bin_extended as p; print(p.get_executable())"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return process.terminationStatus == 0 && FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
}
