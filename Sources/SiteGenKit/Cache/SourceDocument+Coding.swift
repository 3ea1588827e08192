/// `SourceDocument` in the build cache's binary format (without its body, which is re-parsed
/// from the file when a page needs it).
extension SourceDocument {
    func encode(into writer: inout BinaryWriter) {
        writer.write(kind == .article ? 0 : kind == .category ? 1 : 2)
        for field in [language, key, relativePath, displayPath, revision, contentRevision] { writer.write(field) }
        let matter = frontMatter
        writer.write(matter.title)
        writer.write(matter.description)
        writer.write(matter.updated?.description)
        writer.write(matter.order.map(String.init))
        writer.write(matter.draft)
        writer.write(matter.availability != nil)
        let entries = matter.availability?.entries ?? []
        writer.write(entries.count)
        for entry in entries { writer.write(entry.product); writer.write(entry.tiers) }
        writer.write(matter.translationMethod?.rawValue)
        writer.write(matter.translationStamp?.revision)
        let stampSections = matter.translationStamp?.sections ?? []
        writer.write(stampSections.map(\.id))
        writer.write(stampSections.map(\.hash))
        let inherited = matter.inheritedKeyLines.sorted { $0.key < $1.key }
        writer.write(inherited.map(\.key))
        writer.write(inherited.count)
        for (_, line) in inherited { writer.write(line) }
        ParamValue.map(matter.params).encode(into: &writer)
        writer.write(headings.count)
        for heading in headings {
            writer.write(heading.id); writer.write(heading.text); writer.write(heading.level)
            writer.write(heading.line); writer.write(heading.column); writer.write(heading.scope)
        }
        writer.write(sections.count)
        for section in sections {
            writer.write(section.id); writer.write(section.title); writer.write(section.hash); writer.write(section.line)
        }
    }

    static func decode(from reader: inout BinaryReader) -> SourceDocument? {
        guard let kindCode = reader.int(), let language = reader.string(), let key = reader.string(), let relativePath = reader.string(),
              let displayPath = reader.string(), let revision = reader.string(), let contentRevision = reader.string() else { return nil }
        var matter = FrontMatter()
        guard let title = reader.optionalString(), let description = reader.optionalString(), let updated = reader.optionalString(),
              let order = reader.optionalString(), let draft = reader.bool(), let hasAvailability = reader.bool(), let entryCount = reader.int() else { return nil }
        matter.title = title
        matter.description = description
        matter.updated = updated.flatMap(SimpleDate.init)
        matter.order = order.flatMap { Int($0) }
        matter.draft = draft
        var entries: [Availability.Entry] = []
        for _ in 0..<max(entryCount, 0) {
            guard let product = reader.string(), let tiers = reader.strings() else { return nil }
            entries.append(.init(product: product, tiers: tiers))
        }
        matter.availability = hasAvailability ? Availability(entries: entries) : nil
        guard let method = reader.optionalString(), let stampRevision = reader.optionalString(),
              let stampIDs = reader.strings(), let stampHashes = reader.strings(), stampIDs.count == stampHashes.count,
              let inheritedKeys = reader.strings(), let inheritedCount = reader.int(), inheritedCount == inheritedKeys.count else { return nil }
        matter.translationMethod = method.flatMap(TranslationMethod.init(rawValue:))
        matter.translationStamp = stampRevision.map { TranslationStamp(revision: $0, sections: Array(zip(stampIDs, stampHashes)).map { (id: $0.0, hash: $0.1) }) }
        for inheritedKey in inheritedKeys {
            guard let line = reader.int() else { return nil }
            matter.inheritedKeyLines[inheritedKey] = line
        }
        guard case .map(let params)? = ParamValue.decode(from: &reader) else { return nil }
        matter.params = params
        guard let headingCount = reader.int() else { return nil }
        var headings: [HeadingSummary] = []
        for _ in 0..<max(headingCount, 0) {
            guard let id = reader.string(), let text = reader.string(), let level = reader.int(), let line = reader.int(),
                  let column = reader.int(), let scope = reader.strings() else { return nil }
            headings.append(HeadingSummary(id: id, text: text, level: level, line: line, column: column, scope: scope))
        }
        guard let sectionCount = reader.int() else { return nil }
        var sections: [SourceSection] = []
        for _ in 0..<max(sectionCount, 0) {
            guard let id = reader.string(), let title = reader.string(), let hash = reader.string(), let line = reader.int() else { return nil }
            sections.append(SourceSection(id: id, title: title, hash: hash, line: line))
        }
        let kind: Kind = kindCode == 0 ? .article : kindCode == 1 ? .category : .home
        return SourceDocument(kind: kind, language: language, key: key, relativePath: relativePath, displayPath: displayPath,
                              frontMatter: matter, headings: headings, revision: revision,
                              contentRevision: contentRevision, sections: sections)
    }
}
