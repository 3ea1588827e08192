import Foundation

/// Writes the Markdown file of one article in one language: front matter, then a body of about
/// 600–1000 words with headings (some with `{#id}`), lists, a pipe table, a callout, a fenced
/// code block, inline formatting, 2–4 relative `.md` links and an external link.
///
/// The English file and every translation come from the same `structure` stream (see
/// `ProseWriter`), so links, anchors and heading ids are identical in every language.
struct ArticleMarkdown {
    let plan: SitePlan

    private enum Block: CaseIterable { case bullets, numbered, table, callout, code }

    func file(_ article: SitePlan.Article, language: LanguageProfile) -> String {
        var text = "---\n"
        text += "title: \(yamlQuoted(language.title(verb: article.verb, noun: article.noun)))\n"
        text += "description: \(yamlQuoted(language.description(verb: article.verb, noun: article.noun)))\n"
        text += "updated: \(article.updated)\n"
        if language.code == plan.languages[0].code {
            // Facts of the article: declared once, in the source language (README, Front matter).
            text += "order: \(article.order)\navailability:\n"
            for entry in article.availability { text += "  \(entry.product): [\(entry.tiers.joined(separator: ", "))]\n" }
        }
        return text + "---\n\n" + body(article, language: language)
    }

    private func body(_ article: SitePlan.Article, language: LanguageProfile) -> String {
        var prose = ProseWriter(seed: article.seed, language: language)
        let budget = prose.structure.between(600, 1000)
        let sections = article.sections

        // Which section shows which block: every block appears once, some sections get two.
        var blocks = Block.allCases
        blocks.shuffle(using: &prose.structure)
        // Prose paragraphs (~50 words each) fill the rest of the word budget.
        var paragraphs = [Int](repeating: 1, count: sections.count)
        for _ in 0..<max(0, (budget - 250) / 50 - sections.count) { paragraphs[prose.structure.below(sections.count)] += 1 }
        // Paragraph slots (0 = intro) that end with a link sentence.
        let slots = 1 + paragraphs.reduce(0, +)
        var linkSlots: [Int: [String]] = [:]
        for _ in 0..<prose.structure.between(2, 4) {
            linkSlots[prose.structure.below(slots), default: []].append(articleLink(from: article, prose: &prose))
        }
        linkSlots[prose.structure.below(slots), default: []].append(externalLink(&prose))

        var slot = 0
        var out = prose.paragraph(sentences: prose.structure.between(2, 4), extra: linkSlots[slot] ?? []) + "\n\n"
        for (index, section) in sections.enumerated() {
            out += "## \(language.title(verb: section.verb, noun: section.noun))\(attributes(section))\n\n"
            for paragraph in 0..<paragraphs[index] {
                slot += 1
                out += prose.paragraph(sentences: prose.structure.between(3, 5), extra: linkSlots[slot] ?? []) + "\n\n"
                if paragraph == 0 {
                    for (offset, block) in blocks.enumerated() where offset % sections.count == index {
                        out += self.block(block, prose: &prose) + "\n\n"
                    }
                }
            }
        }
        return out
    }

    private func attributes(_ section: SitePlan.Section) -> String {
        let parts = [section.explicitID.map { "#\($0)" }, section.onlyTier.map { "only=\($0)" }].compactMap { $0 }
        return parts.isEmpty ? "" : " {\(parts.joined(separator: " "))}"
    }

    /// "See [title](../cat-03/slug.md#id)." in the page's language, to another existing article.
    private func articleLink(from article: SitePlan.Article, prose: inout ProseWriter) -> String {
        var targetIndex = prose.structure.below(plan.articles.count)
        if targetIndex == article.index { targetIndex = (targetIndex + 1) % plan.articles.count }
        let target = plan.articles[targetIndex]
        var href = target.category == article.category ? "\(target.slug).md" : "../\(target.path)"
        if prose.structure.chance(0.5) { href += "#" + prose.structure.pick(target.explicitIDs) }
        return "\(prose.sentence(4...8).dropLast()): [\(prose.language.title(verb: target.verb, noun: target.noun))](\(href))."
    }

    private func externalLink(_ prose: inout ProseWriter) -> String {
        let topic = prose.structure.below(9000) + 1000
        return "\(prose.sentence(4...8).dropLast()) in the [Brightloom Community](https://community.brightloom.example/t/\(topic))."
    }

    private func block(_ block: Block, prose: inout ProseWriter) -> String {
        switch block {
        case .bullets:
            return (0..<prose.structure.between(3, 5)).map { _ in "- " + prose.sentence(5...12) }.joined(separator: "\n")
        case .numbered:
            return (0..<prose.structure.between(3, 6)).map { step in
                "\(step + 1). Go to **Settings > \(capitalized(prose.noun()))**. \(prose.sentence(4...10))"
            }.joined(separator: "\n")
        case .table:
            var rows = ["| \(capitalized(prose.word())) | \(capitalized(prose.word())) | \(capitalized(prose.word())) |",
                        "|:-----------|:---------:|----------:|"]
            for _ in 0..<prose.structure.between(3, 5) {
                let state = prose.structure.chance(0.5) ? "`on`" : "`off`"
                rows.append("| \(capitalized(prose.noun())) | \(state) | \(prose.structure.between(1, 500)) |")
            }
            return rows.joined(separator: "\n")
        case .callout:
            let kind = prose.structure.pick(["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"])
            return "> [!\(kind)]\n> \(prose.sentence()) \(prose.sentence())"
        case .code:
            let id = prose.structure.between(1000, 99999)
            switch prose.structure.below(3) {
            case 0:
                return "```bash\ncurl -X POST https://api.brightloom.example/v1/workspaces/\(id)/exports \\\n"
                    + "  -H \"Authorization: Bearer $BRIGHTLOOM_KEY\" \\\n  -d '{\"format\": \"csv\"}'\n```"
            case 1:
                return "```json\n{\n  \"id\": \(id),\n  \"status\": \"active\",\n  \"tags\": [\"billing\", \"vip\"],\n  \"limits\": {\"daily\": \(id % 500)}\n}\n```"
            default:
                return "```yaml\nrule: auto-assign-\(id)\nwhen:\n  channel: email\n  priority: high\nthen:\n  assign: team-\(id % 17)\n```"
            }
        }
    }
}

/// A YAML double-quoted scalar: titles contain apostrophes, colons and non-Latin scripts.
func yamlQuoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}
