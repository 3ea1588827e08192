import Foundation

/// The build cache's decisions made before anything loads: whether the build is a no-op, which
/// last build it may reuse files of, and which files of `public/` are still as that build left
/// them. `build` gathers the values (the fingerprint of the sources, the recorded and the walked
/// listing of `public/`) and asks; none of these functions reads a file.
///
/// The no-op decision is asked in two steps because its second value is still being made: the
/// walk of `public/` goes on while the sources load, and is waited for only when the first step
/// holds (`replaysLastBuild`, then `outputsAsLeft`).
extension BuildCache {
    /// The last build's page cache when it built into `output`: a cache left by a build into
    /// another folder says nothing of this one.
    static func lastBuild(_ recorded: PageCache?, into output: String) -> PageCache? {
        recorded.flatMap { $0.outputDirectory == output ? $0 : nil }
    }

    /// Whether the sources are as `previous` read them: every file under `content/`,
    /// `templates/` and `static/` with its stamp, and the options (`InputFingerprint`). When
    /// they are not, the build loads and the document cache is needed.
    static func sameInputs(_ previous: PageCache?, fingerprint: String) -> Bool {
        previous?.inputFingerprint == fingerprint
    }

    /// The first step of the no-op decision: the sources are unchanged since `previous`, and the
    /// build does not verify the cache (`--verify-cache` checks the pages a no-op would replay).
    static func replaysLastBuild(_ previous: PageCache, fingerprint: String, verifying: Bool) -> Bool {
        !verifying && sameInputs(previous, fingerprint: fingerprint)
    }

    /// The second step: `public/` as walked now equals the listing the last build recorded (it
    /// covers every output file, the manifest included). A file edited, replaced or deleted
    /// there by hand makes the build a real one.
    static func outputsAsLeft(recorded: TreeListing?, published: TreeListing) -> Bool {
        recorded == published
    }

    /// The files of `public/` still as the last build left them (same stamp as recorded); a
    /// file changed by hand counts as missing and is made again. Without a recorded listing
    /// nothing can be trusted.
    static func intactOutputs(recorded: TreeListing?, published: TreeListing) -> TreeListing.PathSet {
        recorded.map { published.unchangedFiles(since: $0) } ?? TreeListing.PathSet()
    }

    /// The last build whose files this one may reuse: none when the output is not updated in
    /// place (no output folder, or no last build), since then every file is made anew.
    static func reusable(_ previous: PageCache?, incremental: Bool) -> PageCache? {
        incremental ? previous : nil
    }
}
