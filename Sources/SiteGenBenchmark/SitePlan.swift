/// The shape of the synthetic help centre, decided up front so that articles can link to one
/// another's headings before any file is written: categories, articles, their section headings
/// and explicit ids, and which languages each article is translated into.
///
/// Bodies are not stored here; `ArticleMarkdown` regenerates them from each article's seed.
struct SitePlan {
    struct Category {
        let folder: String          // "cat-07"
        let nouns: (Int, Int)       // indices into `LanguageProfile.nouns`
    }

    struct Section {
        let verb: Int
        let noun: Int
        /// The `{#id}` written after the heading, if any (English slug, the same in every language).
        let explicitID: String?
        /// A tier id for an "except where noted" section (`{only=enterprise}`), if any.
        let onlyTier: String?
    }

    struct Article {
        let index: Int
        let category: Int
        let slug: String
        let verb: Int
        let noun: Int
        let order: Int
        let updated: String
        /// Product id → tier ids (in site.yml order), never empty.
        let availability: [(product: String, tiers: [String])]
        let sections: [Section]
        /// Per entry of `SitePlan.languages`: whether that language has its own file.
        let translated: [Bool]
        let seed: UInt64

        var path: String { "\(SitePlan.categoryFolder(category))/\(slug).md" }
        var explicitIDs: [String] { sections.compactMap(\.explicitID) }
    }

    static let products = ["mail", "desk", "sites", "insights", "flows"]
    static let tiers = ["starter", "pro", "enterprise"]
    static let seed: UInt64 = 0x5173_6E67_656E_2026

    let languages: [LanguageProfile]
    let categories: [Category]
    let articles: [Article]

    static func categoryFolder(_ index: Int) -> String {
        index < 9 ? "cat-0\(index + 1)" : "cat-\(index + 1)"
    }

    init(articleCount: Int, languageCount: Int) {
        languages = Array(LanguageProfile.all.prefix(languageCount))
        var rng = SplitMix64(seed: Self.seed)
        let nounCount = LanguageProfile.english.nouns.count
        let verbCount = LanguageProfile.english.verbs.count

        let categoryCount = max(1, min(20, articleCount))
        categories = (0..<categoryCount).map { index in
            let first = rng.below(nounCount)
            return Category(folder: Self.categoryFolder(index), nouns: (first, (first + 1 + rng.below(nounCount - 1)) % nounCount))
        }

        var perCategory = [Int](repeating: 0, count: categoryCount)
        var articles: [Article] = []
        articles.reserveCapacity(articleCount)
        for index in 0..<articleCount {
            // Round-robin keeps categories even, like a real help centre's sections.
            let category = index % categoryCount
            perCategory[category] += 1
            let verb = rng.below(verbCount), noun = rng.below(nounCount)
            let english = LanguageProfile.english
            let slug = slugify(english.phrase(english.verbs[verb], english.nouns[noun])) + "-\(index + 1)"

            // 4–6 headings with distinct (verb, noun) pairs, so automatic ids never collide.
            var pairs: [(Int, Int)] = []
            let sectionCount = rng.between(4, 6)
            while pairs.count < sectionCount {
                let pair = (rng.below(verbCount), rng.below(nounCount))
                if !pairs.contains(where: { $0 == pair }) { pairs.append(pair) }
            }
            let forcedID = rng.below(sectionCount)  // at least one anchor other articles can target
            let sections = pairs.enumerated().map { offset, pair in
                let hasID = offset == forcedID || rng.chance(0.4)
                let text = english.phrase(english.verbs[pair.0], english.nouns[pair.1])
                return Section(verb: pair.0, noun: pair.1, explicitID: hasID ? slugify(text) : nil,
                               onlyTier: rng.chance(0.1) ? "enterprise" : nil)
            }

            var availability: [(String, [String])] = []
            for product in Self.products where rng.chance(0.6) {
                let from = rng.below(Self.tiers.count)   // tiers from some level upwards
                availability.append((product, Array(Self.tiers[from...])))
            }
            if availability.isEmpty { availability.append((Self.products[rng.below(Self.products.count)], Self.tiers)) }

            let translated = languages.map { $0.translationShare >= 1 || rng.chance($0.translationShare) }
            articles.append(Article(
                index: index, category: category, slug: slug, verb: verb, noun: noun,
                order: perCategory[category], updated: isoDate(daysAfter2024: rng.below(640)),
                availability: availability, sections: sections, translated: translated,
                seed: SplitMix64.mix(Self.seed, UInt64(index))))
        }
        self.articles = articles
    }
}

/// Lower-case ASCII slug ("API keys" → "api-keys"); only used on the English vocabulary.
func slugify(_ text: String) -> String {
    var slug = ""
    for character in text.lowercased() {
        if character.isLetter || character.isNumber { slug.append(character) }
        else if !slug.isEmpty, slug.last != "-" { slug.append("-") }
    }
    while slug.last == "-" { slug.removeLast() }
    return slug
}

/// `YYYY-MM-DD` for a day counted from 2024-01-01 (no Foundation calendar needed for this).
func isoDate(daysAfter2024 days: Int) -> String {
    var year = 2024, remaining = days
    while true {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        for (month, length) in lengths.enumerated() {
            if remaining < length {
                let mm = month + 1 < 10 ? "0\(month + 1)" : "\(month + 1)"
                let dd = remaining + 1 < 10 ? "0\(remaining + 1)" : "\(remaining + 1)"
                return "\(year)-\(mm)-\(dd)"
            }
            remaining -= length
        }
        year += 1
    }
}
