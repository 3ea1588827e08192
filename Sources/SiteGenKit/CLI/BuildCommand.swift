import ArgumentParser
import Foundation

/// `sitegen build`: content/ + templates/ → public/.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into public/ (replaced only when the build succeeds)."
    )

    @OptionGroup var site: SiteFolderOption

    @Option(name: .shortAndLong, help: "Where to write the site (default: <root>/public).")
    var output: String?

    @Flag(help: "Publish articles marked draft: true.")
    var drafts = false

    @Flag(help: "Fail the build on warnings too.")
    var warningsAsErrors = false

    @Flag(help: "Ignore the build cache (.sitegen-cache/) and render every page.")
    var clean = false

    @Flag(help: "Also render every page the cache would reuse and make every other file without the cache; fail (cache.stale) on any difference.")
    var verifyCache = false

    func run() async throws {
        var options = BuildOptions(root: site.root, outputDirectory: output, includeDrafts: drafts, warningsAsErrors: warningsAsErrors, useCache: !clean)
        options.freesMemory = false
        options.verifyCache = verifyCache
        options.onWaitForLock = { message in FileHandle.standardError.write(Data("sitegen: \(message)\n".utf8)) }
        let progress = ProgressReporter.forStandardError()
        if let progress {
            options.onProgress = { done, total in progress.report(done: done, total: total) }
        }
        let report = await SiteBuilder().build(options)
        progress?.finish()
        DiagnosticPrinter(summary: false).receive(report.diagnostics)
        let failed = report.failed(warningsAsErrors: warningsAsErrors)
        let outcome = report.published
            ? "\(report.pagesRendered) pages rendered, \(report.filesWritten) changed files written to \(options.output)"
            : "\(options.output) left unchanged"
        FileHandle.standardError.write(Data("\(failed ? "build failed" : "build succeeded"): \(report.diagnostics.summary); \(outcome)\n".utf8))
        if failed { throw ExitCode(1) }
    }
}
