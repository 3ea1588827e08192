import Foundation

/// One benchmark run: generate the synthetic site, time sitegen's three phases, then Hugo and
/// the cmark floor where installed, print the report and clean up. Runs on the main thread:
/// timing child processes blocks it, never a thread of the pool that in-process work runs on.
@MainActor
struct Benchmark {
    let options: Options

    func run() async throws {
        let sitegen = options.sitegen.map { FileTree.absolute($0).path }
            ?? URL(fileURLWithPath: FileTree.ownExecutable()).deletingLastPathComponent().appendingPathComponent("sitegen").path
        guard FileManager.default.isExecutableFile(atPath: sitegen) else {
            throw SetupError("no sitegen binary at \(sitegen); build it with `swift build -c release` or pass --sitegen PATH")
        }
        let templates = FileTree.absolute(options.templates)
        guard FileManager.default.fileExists(atPath: templates.appendingPathComponent("base.mustache").path) else {
            throw SetupError("no theme at \(templates.path); run from the repository root or pass --templates DIR")
        }

        if let serveOnly = options.serveOnly {
            let site = FileTree.absolute(serveOnly)
            if !FileManager.default.fileExists(atPath: site.appendingPathComponent("content").path) {
                try SiteWriter(plan: SitePlan(articleCount: options.articles, languageCount: options.languages), root: site).write(templates: templates)
            }
            return try ServeFigures(sitegen: sitegen, site: site, runs: max(options.runs, 5)).print()
        }
        if let searchOnly = options.searchOnly { return try await measureSearch(site: FileTree.absolute(searchOnly), sitegen: sitegen) }
        let work = options.work.map(FileTree.absolute) ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("sitegen-bench-\(ProcessInfo.processInfo.processIdentifier)")
        let site = work.appendingPathComponent("site"), hugoRoot = work.appendingPathComponent("hugo")
        let scratch = work.appendingPathComponent("scratch")
        let trash = scratch.appendingPathComponent("trash")
        // Only the folders this program creates are replaced or deleted, never a user's --work itself.
        for folder in [site, hugoRoot, scratch] { try FileTree.remove(folder) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer {
            if !options.keep {
                for folder in [site, hugoRoot, scratch] { try? FileTree.remove(folder) }
                if options.work == nil { try? FileManager.default.removeItem(at: work) }
            }
        }

        let started = ChildProcess.monotonicNanoseconds()
        let plan = SitePlan(articleCount: options.articles, languageCount: options.languages)
        try SiteWriter(plan: plan, root: site).write(templates: templates)
        let hugo = FileTree.which("hugo"), cmark = FileTree.which("cmark")
        if hugo != nil { try HugoSite(plan: plan, root: hugoRoot).write(from: site, templates: templates) }
        let markdown = FileTree.files(under: site.appendingPathComponent("content"), suffix: "md")
        let generated = Double(ChildProcess.monotonicNanoseconds() - started) / 1e9

        let runner = Runner(relay: FileTree.ownExecutable(), scratch: scratch)
        let kept = options.keep ? "kept: \(site.path), \(hugoRoot.path)" : "deleted at the end"
        var context = ["synthetic site generated in \(seconds(generated)); \(kept)",
                       "sitegen: \(sitegen)", machineDescription()]

        // 1–3: sitegen. The full build starts clean every run: no output and no build cache.
        let build = [sitegen, "build", "--root", site.path]
        let (full, fullStderr) = try runner.phase("full build", runs: options.runs, argv: build) { _ in
            try FileTree.setAside(site.appendingPathComponent("public"), into: trash)
            try FileTree.setAside(site.appendingPathComponent(".sitegen-cache"), into: trash)
        }
        context.append("sitegen says: " + summary(fullStderr))
        let pages = FileTree.files(under: site.appendingPathComponent("public"), suffix: "html").count
        let (noop, _) = try runner.phase("no-op rebuild", runs: options.runs, argv: build)
        // The edited article sits mid-site; each run appends a new sentence, so every run is a real change.
        let edited = site.appendingPathComponent("content/\(plan.languages[0].code)/\(plan.articles[plan.articles.count / 2].path)")
        let (edit, _) = try runner.phase("one article edited", runs: options.runs, argv: build) { run in
            let handle = try FileHandle(forWritingTo: edited)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("This sentence was added by sitegen-bench (edit \(run + 1)).\n".utf8))
        }

        // 4–6: the reference points.
        let writeFloor = try WriteFloor(runs: options.runs, trash: trash)
            .measure(copying: site.appendingPathComponent("public"), into: scratch.appendingPathComponent("write-floor"))
        let comparisons = Comparisons(runner: runner, runs: options.runs, trash: trash)
        var hugoTool: Report.Tool?
        if let hugo {
            hugoTool = try comparisons.hugo(hugo, root: hugoRoot)
            context.append("hugo: " + comparisons.version(of: hugo, argument: "version"))
        } else {
            context.append("hugo: not installed (apt-get install hugo)")
        }
        var cmarkTool: Report.Tool?
        if let cmark {
            cmarkTool = try comparisons.cmarkFloor(cmark, files: markdown.map(\.path))
            context.append("cmark: " + comparisons.version(of: cmark, argument: "--version"))
        } else {
            context.append("cmark: not installed (apt-get install cmark)")
        }

        try FileTree.remove(trash)
        Report(options: options, markdownFiles: markdown.count, markdownBytes: FileTree.totalBytes(markdown),
               pages: pages, full: full, noop: noop, edit: edit, writeFloor: writeFloor, hugo: hugoTool, cmark: cmarkTool,
               context: context).print()
        try? await SearchFigures(site: site, runner: runner, scratch: scratch, sitegen: sitegen)
            .print(fullBuildSeconds: full.wallSeconds, languages: plan.languages.map(\.code))
    }

    /// The search figures alone, on a site generated earlier (its languages read from content/).
    private func measureSearch(site: URL, sitegen: String) async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-bench-search-\(ProcessInfo.processInfo.processIdentifier)")
        let trash = scratch.appendingPathComponent("trash")
        try FileManager.default.createDirectory(at: trash, withIntermediateDirectories: true)
        defer { try? FileTree.remove(scratch) }
        let runner = Runner(relay: FileTree.ownExecutable(), scratch: scratch)
        let (full, _) = try runner.phase("full build", runs: options.runs, argv: [sitegen, "build", "--root", site.path]) { _ in
            try FileTree.setAside(site.appendingPathComponent("public"), into: trash)
            try FileTree.setAside(site.appendingPathComponent(".sitegen-cache"), into: trash)
        }
        Swift.print(machineDescription())
        Swift.print("full build: \(seconds(full.wallSeconds))")
        let languages = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content").path)
            .filter { !$0.contains(".") }.sorted()
        try await SearchFigures(site: site, runner: runner, scratch: scratch, sitegen: sitegen).print(fullBuildSeconds: full.wallSeconds, languages: languages)
    }

    /// sitegen's last stderr line ("build succeeded: 0 errors, 0 warnings; …") and its first
    /// diagnostic, so a synthetic site that trips a check is visible in the output.
    private func summary(_ stderr: String) -> String {
        let lines = stderr.split(separator: "\n")
        guard let last = lines.last else { return "(nothing)" }
        return lines.count > 1 ? "\(last) — first: \(lines[0])" : String(last)
    }

    private func machineDescription() -> String {
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init)
        return "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(load ?? "?") before timing"
    }
}

struct SetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
