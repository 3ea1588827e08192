/// Compares a translation with its source: the same link targets, the same number of headings,
/// tables and callouts. Each difference is a warning at the translation's line.
enum TranslationStructureChecker {
    struct Shape {
        var links: [(target: String, line: Int, column: Int)] = []
        var headings: [Int] = []
        var tables: [Int] = []
        var callouts: [Int] = []
    }

    static func check(_ site: Site, bodies: DocumentBodies) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for article in site.articles {
            let source = shape(of: bodies.body(of: article.source))
            for (language, translation) in article.translations.sorted(by: { $0.key < $1.key }) where language != site.config.defaultLanguage {
                compare(source, shape(of: bodies.body(of: translation)), translation: translation, sourcePath: article.source.displayPath, into: &diagnostics)
            }
        }
        return diagnostics
    }

    private static func compare(_ source: Shape, _ translation: Shape, translation document: SourceDocument, sourcePath: String, into diagnostics: inout [Diagnostic]) {
        let file = document.displayPath
        let bodyLine = document.sections.first?.line ?? 1
        let sourceTargets = Set(source.links.map(\.target))
        let translatedTargets = Set(translation.links.map(\.target))
        for link in translation.links where !sourceTargets.contains(link.target) {
            diagnostics.append(.warning(file, line: link.line, column: link.column, code: "translation.link-extra", "link to '\(link.target)' is not in the source (\(sourcePath))"))
        }
        for target in source.links.map(\.target).filter({ !translatedTargets.contains($0) }).uniqued() {
            diagnostics.append(.warning(file, line: bodyLine, column: 1, code: "translation.link-missing", "the source links to '\(target)' but this translation does not"))
        }
        for (what, a, b) in [("headings", source.headings, translation.headings), ("tables", source.tables, translation.tables), ("callouts", source.callouts, translation.callouts)] where a.count != b.count {
            let line = b.count > a.count ? b[a.count] : (b.last ?? bodyLine)
            diagnostics.append(.warning(file, line: line, column: 1, code: "translation.structure", "this translation has \(b.count) \(what), the source has \(a.count) (\(sourcePath))"))
        }
    }

    private static func shape(of body: MarkdownNode) -> Shape {
        var shape = Shape()
        body.forEach { node in
            let line = node.range.start.line
            switch node.kind {
            case .link(let destination, _), .image(let destination, _):
                if !destination.contains("://"), !destination.hasPrefix("#"), !destination.hasPrefix("mailto:") {
                    shape.links.append((destination, line, node.range.start.column))
                }
            case .heading: shape.headings.append(line)
            case .table: shape.tables.append(line)
            case .callout: shape.callouts.append(line)
            default: break
            }
        }
        return shape
    }
}

extension Sequence where Element: Hashable {
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
