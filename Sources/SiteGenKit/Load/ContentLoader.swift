import Foundation

/// What the load stage found in `content/`.
public struct LoadedContent: Sendable {
    public var documents: [SourceDocument]
    /// Non-Markdown files (images, PDFs) as paths relative to `content/`, copied as they are.
    public var assets: [String]
    /// Files below `static/` (next to `content/`), published at the site root as they are.
    public var staticFiles: [String] = []
    /// What to reuse next time: every document read now, with its file stamp.
    var cache: DocumentCache
}

/// Reads every language folder of `content/`: Markdown files become `SourceDocument`s, other
/// files are assets.
enum ContentLoader {
    /// - Parameters:
    ///   - listing: files under `content/` with their stamps, when the caller already walked it
    ///     (the build's fingerprint does), so the folder is not listed twice.
    ///   - labels: given, each body read is also rendered (`PreparedBody`) with the labels of
    ///     its language, so pages need not parse it again.
    ///   - staticDirectory: the site-wide `static/` folder, if any.
    ///   - parsed: called (with `labels` only) with each document parsed in this load and its
    ///     syntax tree, before the tree is dropped: the search index takes its words from it.
    static func load(fileSystem: FileSystem, contentDirectory: String, staticDirectory: String? = nil, config: SiteConfig, cache previous: DocumentCache? = nil,
                     listing: ContentListing? = nil, labels: (@Sendable (String) -> MarkdownLabels)? = nil,
                     parsed: (@Sendable (SourceDocument, MarkdownNode) -> Void)? = nil,
                     diagnostics: inout Diagnostics) async -> LoadedContent {
        var documents: [SourceDocument] = []
        var assets: [String] = []
        let codes = Set(config.languages.map(\.code))
        let topLevel = (try? fileSystem.contentsOfDirectory(contentDirectory).sorted()) ?? []
        for name in topLevel where !name.hasPrefix(".") && name != "site.yml" {
            if !fileSystem.isDirectory(contentDirectory + "/" + name) {
                diagnostics.append(.warning("content/\(name)", code: "content.ignored", "ignored: files next to site.yml are not published; put them in a language folder"))
            } else if !codes.contains(name) {
                let hint = name == "static" ? "; site-wide static files go in static/ next to content/" : ""
                diagnostics.append(.warning("content/\(name)", code: "content.ignored", "ignored: '\(name)' is not a language listed in site.yml\(hint)"))
            }
        }
        for link in listing?.links ?? fileSystem.symbolicLinks(in: contentDirectory) {
            diagnostics.append(.warning("content/\(link)", code: "content.symlink", "symbolic link not followed (it could lead outside content/); copy the file or folder instead"))
        }
        var markdownFiles: [(language: String, file: String)] = []
        // The walked listing split by language folder in one pass, not one filter per language.
        var listed: [String: [String]] = [:]
        for path in listing?.stamps.keys ?? [:].keys {
            // Split as bytes, like the walk that produced the path: as Characters, a `/` followed
            // by a combining mark would not count.
            guard let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")) else { continue }
            listed[String(path[..<slash]), default: []].append(String(path[path.utf8.index(after: slash)...]))
        }
        for language in config.languages {
            let folder = contentDirectory + "/" + language.code
            // A linked language folder is not followed (it is warned about with the other links).
            guard fileSystem.isDirectory(folder), !fileSystem.isSymbolicLink(folder) else {
                if language.code == config.defaultLanguage {
                    diagnostics.append(.error("content/\(language.code)", code: "content.missing-language", "missing folder for the default language '\(language.code)'"))
                }
                continue
            }
            let files = listing == nil ? ((try? fileSystem.filesRecursively(in: folder)) ?? []) : (listed[language.code] ?? []).sorted()
            for file in files {
                // A control character in a name would reach URLs, sitemap.xml and terminals.
                if TerminalText.hasControlCharacter(file) {
                    diagnostics.append(.error("content/\(language.code)/\(file)", code: "content.control-character",
                                              "file name contains a control character; rename the file"))
                    continue
                }
                if file.hasSuffix(".md") { markdownFiles.append((language.code, file)) } else { assets.append("\(language.code)/\(file)") }
            }
        }
        // Reading and parsing is most of a cold build's load time: spread it over all cores.
        let loaded = await concurrentMap(markdownFiles) { entry -> (SourceDocument?, Diagnostics, String?, ArraySlice<UInt8>?) in
            var fileDiagnostics = Diagnostics()
            let display = "content/\(entry.language)/\(entry.file)"
            let path = contentDirectory + "/" + entry.language + "/" + entry.file
            let stamp = listing?.stamps[entry.language + "/" + entry.file] ?? fileSystem.fileStamp(path)
            if let stamp, let record = previous?.records[display], record.stamp == stamp {
                return (record.document, record.diagnostics, stamp, record.encoded)
            }
            guard let data = try? fileSystem.readFile(path) else {
                return (nil, [.error(display, code: "file.unreadable", "cannot read file")], nil, nil)
            }
            var document = read(data, file: entry.file, display: display, language: entry.language, config: config, diagnostics: &fileDiagnostics)
            // Syntax trees take several times the size of their text: keeping every one would
            // make memory grow with the whole site. The rendered body is kept instead.
            if let labels, let body = document?.parsedBody {
                document?.preparedBody = PreparedBody(body, unsafe: config.unsafe, labels: labels(entry.language))
                if let parsed, let document { parsed(document, body) }
            }
            document?.parsedBody = nil
            return (document, fileDiagnostics, stamp, nil)
        }
        var cache = DocumentCache(configRevision: config.revision)
        cache.records.reserveCapacity(loaded.count)
        documents.reserveCapacity(loaded.count)
        for (document, fileDiagnostics, stamp, encoded) in loaded {
            diagnostics.append(contentsOf: fileDiagnostics)
            guard let document else { continue }
            documents.append(document)
            if let stamp {
                cache.records[document.displayPath] = .init(stamp: stamp, document: document, diagnostics: fileDiagnostics, encoded: encoded)
            }
        }
        var staticFiles = listing?.staticFiles ?? []
        if let staticDirectory, listing?.staticFiles == nil, fileSystem.isDirectory(staticDirectory) {
            staticFiles = (try? fileSystem.filesRecursively(in: staticDirectory)) ?? []
        }
        return LoadedContent(documents: documents, assets: assets, staticFiles: staticFiles.sorted(), cache: cache)
    }

    static func read(_ data: Data, file: String, display: String, language: String, config: SiteConfig, diagnostics: inout Diagnostics) -> SourceDocument? {
        guard let text = String(validatingUTF8Data: data) else {
            diagnostics.append(.error(display, line: firstInvalidUTF8Line(data), code: "file.not-utf8", "file is not valid UTF-8; save it as UTF-8"))
            return nil
        }
        let lastSlash = file.utf8.lastIndex(of: UInt8(ascii: "/"))
        let name = lastSlash.map { String(file[file.utf8.index(after: $0)...]) } ?? file
        let folder = lastSlash.map { String(file[..<$0]) } ?? ""
        let kind: SourceDocument.Kind = name == "_index.md" ? (folder.isEmpty ? .home : .category) : .article
        let key = kind == .article ? String(file.dropLast(3)) : folder
        let split = FrontMatterSplitter.split(text)
        var matter = FrontMatterReader.read(split, kind: kind, file: display, config: config, diagnostics: &diagnostics)
        var parsed = MarkdownParser.parse(split.body, file: display, lineOffset: split.bodyLineOffset)
        diagnostics.append(contentsOf: parsed.diagnostics)
        if let heading = LeadingTitle.take(from: &parsed.document, title: matter.title) { matter.title = matter.title ?? heading }
        if kind == .article, matter.title?.isEmpty ?? true {
            diagnostics.append(.error(display, line: 1, column: 1, code: "frontmatter.missing-key", "missing title: add 'title:' to the front matter or start the text with a '# Heading'"))
        }
        // Without a '<' there is no HTML to look for: most files are spared the walk.
        if !config.unsafe, UTF8Scan.contains(split.body, byte: UInt8(ascii: "<")) {
            RawHTMLCheck.check(parsed.document, file: display, diagnostics: &diagnostics)
        }
        return SourceDocument(
            kind: kind, language: language, key: key, relativePath: file, displayPath: display,
            frontMatter: matter, parsedBody: parsed.document, headings: HeadingSummary.all(in: parsed.document), revision: stableHash(data),
            contentRevision: SectionHasher.contentRevision(title: matter.title, body: split.body),
            sections: SectionHasher.sections(body: split.body, document: parsed.document, bodyLineOffset: split.bodyLineOffset)
        )
    }

    /// The line of the first byte that is not valid UTF-8, so the writer can find it.
    private static func firstInvalidUTF8Line(_ data: Data) -> Int? {
        var line = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: return nil
            case .error: return line
            }
        }
    }
}
