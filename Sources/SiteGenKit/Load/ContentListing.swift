/// `content/` as the fingerprint's walk found it, handed to the loader so it need not walk again.
struct ContentListing: Sendable {
    /// Path below `content/` → `fileStamp`.
    var stamps: [String: String] = [:]
    /// Symbolic links below `content/`, which are not followed.
    var links: [String] = []
    /// Files below `static/`, nil when the caller did not walk it.
    var staticFiles: [String]? = nil
}
