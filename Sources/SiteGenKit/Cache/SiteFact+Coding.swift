/// How the page cache stores the facts pages read: a tag, then the fact's strings.
extension SiteFact {
    var tag: Int {
        switch self {
        case .articleLabel: return 0
        case .articleDescription: return 1
        case .articleLanguages: return 2
        case .articleTranslations: return 3
        case .articleAvailability: return 4
        case .sectionArticles: return 5
        case .productArticles: return 6
        case .allArticles: return 7
        case .sectionLabel: return 8
        case .sectionDescription: return 9
        case .sectionContents: return 10
        case .sectionLanguages: return 11
        case .sectionTrail: return 12
        case .topSections: return 13
        case .homeLanguages: return 14
        case .linkKey: return 15
        case .asset: return 16
        case .staticFile: return 17
        case .anchor: return 18
        case .sectionPublished: return 19
        case .navSections: return 20
        case .allDates: return 21
        case .articleSections: return 22
        case .texts: return 23
        case .allSections: return 24
        case .sectionTitle: return 25
        }
    }

    /// The fact's tag and strings, as the page cache stores them.
    var fields: [String] {
        switch self {
        case .articleLabel(let key, let language), .articleDescription(let key, let language),
             .sectionLabel(let key, let language), .sectionDescription(let key, let language), .sectionPublished(let key, let language),
             .navSections(let key, let language), .sectionTitle(let key, let language):
            return [key, language]
        case .articleLanguages(let key), .articleTranslations(let key), .articleAvailability(let key), .sectionArticles(let key),
             .sectionContents(let key), .sectionLanguages(let key), .sectionTrail(let key), .linkKey(let key):
            return [key]
        case .productArticles(let products, let section):
            return [section] + products
        case .asset(let text), .staticFile(let text), .texts(let text):
            return [text]
        case .allArticles, .topSections, .homeLanguages, .allSections, .allDates, .articleSections:
            return []
        case .anchor(let page, let language, let id):
            switch page {
            case .home: return ["home", "", language, id]
            case .availability: return ["availability", "", language, id]
            case .search: return ["search", "", language, id]
            case .section(let key): return ["section", key, language, id]
            case .article(let key): return ["article", key, language, id]
            }
        }
    }

    func encode(into writer: inout BinaryWriter) {
        writer.write(tag)
        writer.write(fields)
    }

    static func decode(from reader: inout BinaryReader) -> SiteFact? {
        guard let tag = reader.int(), let f = reader.strings() else { return nil }
        switch (tag, f.count) {
        case (0, 2): return .articleLabel(key: f[0], language: f[1])
        case (1, 2): return .articleDescription(key: f[0], language: f[1])
        case (2, 1): return .articleLanguages(key: f[0])
        case (3, 1): return .articleTranslations(key: f[0])
        case (4, 1): return .articleAvailability(key: f[0])
        case (5, 1): return .sectionArticles(key: f[0])
        case (6, 1...): return .productArticles(products: Array(f.dropFirst()), outside: f[0])
        case (7, 0): return .allArticles
        case (8, 2): return .sectionLabel(key: f[0], language: f[1])
        case (9, 2): return .sectionDescription(key: f[0], language: f[1])
        case (20, 2): return .navSections(parent: f[0], language: f[1])
        case (19, 2): return .sectionPublished(key: f[0], language: f[1])
        case (10, 1): return .sectionContents(key: f[0])
        case (11, 1): return .sectionLanguages(key: f[0])
        case (12, 1): return .sectionTrail(key: f[0])
        case (13, 0): return .topSections
        case (14, 0): return .homeLanguages
        case (15, 1): return .linkKey(key: f[0])
        case (16, 1): return .asset(path: f[0])
        case (17, 1): return .staticFile(path: f[0])
        case (21, 0): return .allDates
        case (22, 0): return .articleSections
        case (23, 1): return .texts(language: f[0])
        case (24, 0): return .allSections
        case (25, 2): return .sectionTitle(key: f[0], language: f[1])
        case (18, 4):
            let page: LinkTarget.Page
            switch f[0] {
            case "home": page = .home
            case "availability": page = .availability
            case "search": page = .search
            case "section": page = .section(f[1])
            case "article": page = .article(f[1])
            default: return nil
            }
            return .anchor(page: page, language: f[2], id: f[3])
        default: return nil
        }
    }

}
