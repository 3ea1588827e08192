/// Turns the folders of the default language into sections at any depth: every folder that
/// holds an article or an `_index.md`, directly or further down, is a section, and so is each
/// folder above it. A section without `_index.md` is titled with its folder name (warned).
enum SectionTree {
    /// Sections depth first (parents before children, siblings by order then key), each with its
    /// subsections; article lists are filled in by the assembler once articles are sorted.
    static func build(articles: [Article], categoryDocs: [String: [String: SourceDocument]], config: SiteConfig, diagnostics: inout Diagnostics) -> [Category] {
        let defaultLanguage = config.defaultLanguage
        var keys: Set<String> = []
        func addWithAncestors(_ key: String) {
            var current = key
            while !current.isEmpty, keys.insert(current).inserted { current = Category.parent(of: current) }
        }
        for article in articles { addWithAncestors(article.category) }
        for (key, docs) in categoryDocs where docs[defaultLanguage] != nil { addWithAncestors(key) }
        var byParent: [String: [Category]] = [:]
        for key in keys.sorted() {
            let docs = categoryDocs[key] ?? [:]
            let source = docs[defaultLanguage]
            let section = Category(key: key, source: source, translations: source == nil ? [:] : docs, articleKeys: [])
            if source == nil {
                diagnostics.append(.warning("content/\(defaultLanguage)/\(key)/_index.md", code: "section.missing-index",
                                            "section '\(key)' has no _index.md; its folder name is used as its title ('\(section.folderTitle)')"))
            }
            byParent[section.parent, default: []].append(section)
        }
        var ordered: [Category] = []
        func visit(_ parent: String) {
            let children = (byParent[parent] ?? []).sorted { ($0.order ?? Int.max, $0.key) < ($1.order ?? Int.max, $1.key) }
            for var child in children {
                child.sectionKeys = (byParent[child.key] ?? []).sorted { ($0.order ?? Int.max, $0.key) < ($1.order ?? Int.max, $1.key) }.map(\.key)
                ordered.append(child)
                visit(child.key)
            }
        }
        visit("")
        return ordered
    }
}
