import Foundation

/// Search figures for the benchmark (`sitegen-bench`): which files a query makes the browser
/// fetch (timing the index work needs a whole build, so it is in Build/).
public enum SearchMeasurement {
    /// The files under `output` (relative paths) the search box of `language` fetches for
    /// `query`, in order, the 5 results' detail groups included.
    public static func fetchedFiles(query: String, language: String, output: String) -> [String] {
        var search = SearchQuery(output: output)
        _ = search.run(query, language: language)
        return search.fetched
    }
}
