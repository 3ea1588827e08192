import Foundation

/// Everything one benchmark run measured, printed as a table with the issue's targets and as a
/// final `BENCH {json}` line for scripts.
struct Report {
    struct Tool { let phase: PhaseResult; let pages: Int?; let note: String }

    let options: Options
    let markdownFiles: Int
    let markdownBytes: Int
    let pages: Int
    let full: PhaseResult, noop: PhaseResult, edit: PhaseResult
    /// Writing sitegen's output files and nothing else: what the disk alone costs.
    let writeFloor: Tool
    let hugo: Tool?
    let cmark: Tool?
    let context: [String]

    var hugoRatio: Double? { hugo.map { full.wallSeconds / $0.phase.wallSeconds } }
    var cmarkRatio: Double? { cmark.map { full.wallSeconds / $0.phase.wallSeconds } }
    var peakKiB: Int { max(full.peakRSSKiB, noop.peakRSSKiB, edit.peakRSSKiB) }

    /// The issue's targets: JSON key, label, measured value as text, pass (nil: not measurable here).
    var targets: [(key: String, name: String, value: String, pass: Bool?)] {
        [("fullVsHugo", "full build ≤ 0.25 × hugo", hugoRatio.map { fixed($0, 2) + " × hugo" } ?? "hugo not run",
          hugoRatio.map { $0 <= 0.25 }),
         ("fullVsCmark", "full build ≤ 2 × cmark floor", cmarkRatio.map { fixed($0, 2) + " × cmark" } ?? "cmark not run",
          cmarkRatio.map { $0 <= 2 }),
         ("peakMemory", "peak memory ≤ 250 MB", mib(peakKiB), Double(peakKiB) / 1024 <= 250),
         ("noopRebuild", "no-op rebuild ≤ 0.1 s", seconds(noop.wallSeconds), noop.wallSeconds <= 0.1),
         ("oneArticleEdited", "one edited article ≤ 0.2 s", seconds(edit.wallSeconds), edit.wallSeconds <= 0.2)]
    }

    func print() {
        Swift.print("""
            sitegen-bench: \(grouped(options.articles)) source articles, \(options.languages) languages, \
            \(grouped(pages)) pages, \(fixed(Double(markdownBytes) / 1_048_576, 1)) MB Markdown \
            (\(grouped(markdownBytes)) bytes in \(grouped(markdownFiles)) files)
            """)
        context.forEach { Swift.print("  " + $0) }
        Swift.print("median of \(options.runs) run\(options.runs == 1 ? "" : "s"); MB = 2^20 bytes; peak RSS is the program's own")
        Swift.print(pad("phase", 22) + pad("wall", 11) + pad("pages/s", 10) + "peak RSS")
        func row(_ name: String, _ phase: PhaseResult, pages: Int?, note: String = "") {
            let rate = pages.map { grouped(Int((Double($0) / phase.wallSeconds).rounded())) } ?? ""
            // The write floor runs inside this program: it has no peak RSS of its own to show.
            let memory = phase.peakRSSKiB > 0 ? mib(phase.peakRSSKiB) : ""
            let line = pad(name, 22) + pad(seconds(phase.wallSeconds), 11) + pad(rate, 10) + pad(memory, 9) + note
            Swift.print(line.trimmingCharacters(in: .whitespaces))
        }
        row("full build", full, pages: pages)
        row("no-op rebuild", noop, pages: nil)
        row("one article edited", edit, pages: nil)
        if let hugo { row("hugo full build", hugo.phase, pages: hugo.pages, note: hugo.note) }
        if let cmark { row("cmark floor", cmark.phase, pages: nil, note: cmark.note) }
        row("write floor", writeFloor.phase, pages: nil, note: writeFloor.note)
        Swift.print("targets:")
        for target in targets {
            let verdict = target.pass.map { $0 ? "PASS" : "FAIL" } ?? "n/a"
            Swift.print("  " + pad(target.name, 30) + pad(target.value, 17) + verdict)
        }
        if let hugo {
            let share = writeFloor.phase.wallSeconds / hugo.phase.wallSeconds
            Swift.print("  (writing sitegen's output alone, with no rendering, takes \(fixed(share, 2)) × hugo's full build)")
        }
        Swift.print("BENCH " + json())
    }

    private func json() -> String {
        func phase(_ result: PhaseResult, pages: Int? = nil) -> [String: Any] {
            var object: [String: Any] = ["wallSeconds": result.wallSeconds, "peakRSSKiB": result.peakRSSKiB,
                                         "runsWallSeconds": result.runs.map(\.wallSeconds)]
            if let pages { object["pages"] = pages; object["pagesPerSecond"] = Double(pages) / result.wallSeconds }
            return object
        }
        var object: [String: Any] = [
            "articles": options.articles, "languages": options.languages, "runs": options.runs,
            "pages": pages, "markdownFiles": markdownFiles, "markdownBytes": markdownBytes,
            "sitegen": ["full": phase(full, pages: pages), "noop": phase(noop), "edit": phase(edit)],
            "peakRSSKiB": peakKiB,
            "targets": Dictionary(uniqueKeysWithValues: targets.map { ($0.key, $0.pass.map { $0 as Any } ?? NSNull()) }),
        ]
        object["hugo"] = hugo.map { phase($0.phase, pages: $0.pages) } ?? NSNull()
        object["cmark"] = cmark.map { phase($0.phase) } ?? NSNull()
        object["writeFloor"] = phase(writeFloor.phase)
        object["ratios"] = ["sitegenOverHugo": hugoRatio ?? NSNull(), "sitegenOverCmark": cmarkRatio ?? NSNull()] as [String: Any]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

// Formatting by hand: the output must not depend on the machine's locale.

func grouped(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { out += "," }
        out.append(digit)
    }
    return (number < 0 ? "-" : "") + out
}

func fixed(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }
func seconds(_ value: Double) -> String { fixed(value, 3) + " s" }
func mib(_ kib: Int) -> String { "\(Int((Double(kib) / 1024).rounded())) MB" }
func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}
