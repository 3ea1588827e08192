/// Compares a translation with its source: the same link targets, the same headings, tables and
/// callouts. Links are compared by what they resolve to (`/en/x/` in the source and `/fr/x/` or
/// `x.md` in the translation are the same link). Each difference is a warning at the line of
/// the translation's link or heading concerned.
enum TranslationStructureChecker {
    struct Shape {
        var links: [(target: AnyHashable, written: String, line: Int, column: Int)] = []
        var headings: [(line: Int, level: Int)] = []
        var tables: [Int] = []
        var callouts: [Int] = []
    }

    /// - Parameter body: the parsed body of a document (nil when its file cannot be read).
    static func check(_ site: Site, body: (SourceDocument) -> MarkdownNode?, diagnostics: inout Diagnostics) {
        let resolver = LinkResolver(site: site)
        for article in site.articles {
            // An unreadable file is reported where its page is rendered.
            guard let sourceBody = body(article.source) else { continue }
            let source = shape(of: sourceBody, document: article.source, resolver: resolver)
            for (language, translation) in article.translations.sorted(by: { $0.key < $1.key }) where language != site.config.defaultLanguage {
                guard let translated = body(translation) else { continue }
                compare(source, shape(of: translated, document: translation, resolver: resolver),
                        translation: translation, sourcePath: article.source.displayPath, diagnostics: &diagnostics)
            }
        }
    }

    private static func compare(_ source: Shape, _ translation: Shape, translation document: SourceDocument, sourcePath: String, diagnostics: inout Diagnostics) {
        let file = document.displayPath
        let bodyLine = document.sections.first?.line ?? 1
        let sourceTargets = Set(source.links.map(\.target))
        let translatedTargets = Set(translation.links.map(\.target))
        for link in translation.links where !sourceTargets.contains(link.target) {
            diagnostics.append(.warning(file, line: link.line, column: link.column, code: "translation.link-extra", "link to '\(link.written)' is not in the source (\(sourcePath))"))
        }
        var reported: Set<AnyHashable> = []
        for link in source.links where !translatedTargets.contains(link.target) && reported.insert(link.target).inserted {
            // At the translation's heading of the section the source link is in.
            let section = source.headings.filter { $0.line <= link.line }.count
            let line = section == 0 ? bodyLine : (translation.headings.indices.contains(section - 1) ? translation.headings[section - 1].line : bodyLine)
            diagnostics.append(.warning(file, line: line, column: 1, code: "translation.link-missing",
                                        "the source links to '\(link.written)' (\(sourcePath):\(link.line)) but this translation does not"))
        }
        let sourceHeadings = source.headings.map(\.level), translatedHeadings = translation.headings.map(\.level)
        for (what, a, b, lines) in [("headings", sourceHeadings, translatedHeadings, translation.headings.map(\.line)),
                                    ("tables", source.tables.map { _ in 0 }, translation.tables.map { _ in 0 }, translation.tables),
                                    ("callouts", source.callouts.map { _ in 0 }, translation.callouts.map { _ in 0 }, translation.callouts)] where a.count != b.count {
            // The first place they differ: the extra one, or where the missing one should be.
            let first = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let line = lines.indices.contains(first) ? lines[first] : (lines.last ?? bodyLine)
            diagnostics.append(.warning(file, line: line, column: 1, code: "translation.structure", "this translation has \(b.count) \(what), the source has \(a.count) (\(sourcePath))"))
        }
    }

    private static func shape(of body: MarkdownNode, document: SourceDocument, resolver: LinkResolver) -> Shape {
        var shape = Shape()
        body.forEach { node in
            let line = node.range.start.line
            switch node.kind {
            case .link(let destination, _), .image(let destination, _):
                guard let located = resolver.locate(destination, in: document) else { return }
                switch located {
                case .success((.samePage, _)): return
                case .success(let found): shape.links.append((AnyHashable(found.target), destination, line, node.range.start.column))
                case .failure: shape.links.append((AnyHashable(destination), destination, line, node.range.start.column))
                }
            case .heading(let info): shape.headings.append((line, info.level))
            case .table: shape.tables.append(line)
            case .callout: shape.callouts.append(line)
            default: break
            }
        }
        return shape
    }
}
