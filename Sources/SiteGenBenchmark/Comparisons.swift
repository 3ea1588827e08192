import Foundation

/// The reference points: Hugo building the same Markdown, and the cmark CLI parsing and
/// rendering all of it (the floor for Markdown work alone, with no site around it).
struct Comparisons {
    let runner: Runner
    let runs: Int
    /// Where earlier runs' output goes, so no run pays for deleting the last one's.
    let trash: URL

    /// Hugo's full build, from a clean destination and resource cache each run.
    func hugo(_ hugo: String, root: URL) throws -> Report.Tool {
        let public_ = root.appendingPathComponent("public")
        let (phase, _) = try runner.phase("hugo full build", runs: runs,
                                          argv: [hugo, "--quiet", "--source", root.path, "--destination", public_.path]) { _ in
            try FileTree.setAside(public_, into: trash)
            try FileTree.setAside(root.appendingPathComponent("resources"), into: trash)
        }
        let pages = FileTree.files(under: public_, suffix: "html").count
        // Hugo publishes only existing translations; sitegen also publishes fallback pages.
        return Report.Tool(phase: phase, pages: pages, note: "(\(grouped(pages)) pages)")
    }

    /// One `cmark` process over every Markdown file (it concatenates its inputs), output to
    /// /dev/null. Argument lists are capped well below ARG_MAX, so large sites take a few
    /// processes; their times are summed.
    func cmarkFloor(_ cmark: String, files: [String]) throws -> Report.Tool {
        var batches: [[String]] = [[]]
        var bytes = 0
        let limit = 512 * 1024
        for file in files {
            if bytes + file.utf8.count + 1 > limit, !batches[batches.count - 1].isEmpty {
                batches.append([])
                bytes = 0
            }
            batches[batches.count - 1].append(file)
            bytes += file.utf8.count + 1
        }
        var measurements: [Measurement] = []
        for _ in 0..<runs {
            var total = Measurement(wallSeconds: 0, peakRSSKiB: 0)
            for batch in batches {
                let (one, _) = try runner.run([cmark] + batch, label: "cmark", stdout: "/dev/null")
                total.wallSeconds += one.wallSeconds
                total.peakRSSKiB = max(total.peakRSSKiB, one.peakRSSKiB)
            }
            measurements.append(total)
        }
        let note = batches.count == 1 ? "(1 process)" : "(\(batches.count) processes, summed)"
        return Report.Tool(phase: PhaseResult(name: "cmark floor", runs: measurements), pages: nil, note: note)
    }

    /// The first line a tool prints for its version, for the report's context lines.
    func version(of tool: String, argument: String) -> String {
        let output = runner.scratch.appendingPathComponent("version.txt").path
        guard (try? runner.run([tool, argument], label: tool, stdout: output)) != nil,
              let text = try? String(contentsOfFile: output, encoding: .utf8) else { return tool }
        return text.split(separator: "\n").first.map(String.init) ?? tool
    }
}
