extension IndexPageBuilder {
    /// The language's search page: where the search form leads without JavaScript, listing
    /// every article published in the language A–Z (the browser's find works there), fallback
    /// pages included and marked with their language.
    func search(language: String) -> PageContext<SearchPageMain> {
        let t = layouts.strings(language)
        let path = SiteURLs.search(language)
        let links = articleLinks(reads.allArticles, language: language, from: path)
        // Sorted on the folded title (case and accents ignored), as the search index folds it.
        let sorted = links.map { (key: SearchTokenizer.terms($0.title).joined(separator: " "), link: $0) }
            .sorted { ($0.key, $0.link.title, $0.link.href) < ($1.key, $1.link.title, $1.link.href) }
            .map(\.link)
        let layout = layouts.layout(language: language, path: path, title: t["search_page_title"], description: nil,
                                    versions: Dictionary(uniqueKeysWithValues: reads.config.languages.map { ($0.code, SiteURLs.search($0.code)) }),
                                    translated: allLanguages)
        return PageContext(page: layout, t: t.values, main: SearchPageMain(title: t["search_page_title"], articles: sorted))
    }
}
