import Foundation

extension SiteBuilder {
    /// The render step of `build`, of a memory build (`serve`) and of `check`: every page of
    /// `plans` rendered, or reused where `cache` allows and `sink` still holds it, and written to
    /// `sink` (`renderOrReuse`). What a build does with the outcomes (publish, commit, or only
    /// report them) stays with the build.
    /// - Parameters:
    ///   - parallel: render on all cores; the outcomes are the same either way, in plan order.
    ///   - progress: told how many pages of how many are done, as they finish.
    ///   - published: the bytes the output holds at a path, for the report of a stale page
    ///     under `--verify-cache`.
    func renderPages(_ plans: [PagePlan], renderer: PageRenderer, cache: BuildCache, into sink: some OutputSink, parallel: Bool = true,
                     progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
                     published: @escaping @Sendable (String) -> Data? = { _ in nil }) async -> [FileOutcome] {
        let render: @Sendable (PagePlan) -> FileOutcome = { plan in
            renderOrReuse(plan, cache: cache, writer: sink, published: published) { log in
                var diagnostics = Diagnostics()
                let data = renderer.render(plan, log: log, diagnostics: &diagnostics)
                return (data, diagnostics)
            }
        }
        guard parallel else { return plans.map(render) }
        var done: (@Sendable (Int) -> Void)?
        if let progress {
            let total = plans.count
            done = { count in progress(count, total) }
        }
        return await concurrentMap(plans, progress: done, render)
    }
}
