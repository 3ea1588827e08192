import Foundation

/// What the load stage found in `content/`.
public struct LoadedContent: Sendable {
    public var documents: [SourceDocument]
    /// Non-Markdown files (images, PDFs) as paths relative to `content/`, copied as they are.
    public var assets: [String]
    /// Files below `static/` (next to `content/`), published at the site root as they are.
    public var staticFiles: [String] = []
}

/// One Markdown file as the loader found it: its facts and, when this load parsed it, its
/// syntax tree, handed back for the caller to use and drop (trees are several times the size
/// of their text, so a build never keeps them all).
struct LoadedFile: Sendable {
    var document: SourceDocument?
    var diagnostics: Diagnostics
    /// The file's stamp as it was listed; nil when it could not be read.
    var stamp: String?
    /// Nil when the facts were not read from the file now (the caller knew them).
    var parse: MarkdownNode?
}

/// Reads every language folder of `content/`: Markdown files become `SourceDocument`s, other
/// files are assets. Load produces facts only; what a build does with each parse (render its
/// body, index its words) is the build's to compose, per file, in the task that loaded it.
enum ContentLoader {
    /// What a load reads: the Markdown files to load (`file`), the assets and static files, and
    /// the problems found in the folder's layout.
    struct Scan: Sendable {
        struct Entry: Sendable {
            var language: String
            var file: String
        }
        var markdownFiles: [Entry] = []
        var assets: [String] = []
        var staticFiles: [String] = []
        var diagnostics = Diagnostics()
    }

    /// What loading one file needs besides the file.
    struct Context: Sendable {
        var fileSystem: FileSystem
        var contentDirectory: String
        var config: SiteConfig
        var listing: ContentListing?
    }

    /// Lists `content/` (or takes the walked `listing`: files under `content/` with their
    /// stamps, when the caller already walked it, so the folder is not listed twice) and
    /// `staticDirectory`, the site-wide `static/` folder, if any.
    static func scan(_ context: Context, staticDirectory: String?) -> Scan {
        let (fileSystem, contentDirectory, config, listing) = (context.fileSystem, context.contentDirectory, context.config, context.listing)
        var scan = Scan()
        let codes = Set(config.languages.map(\.code))
        let topLevel = (try? fileSystem.contentsOfDirectory(contentDirectory).sorted()) ?? []
        for name in topLevel where !name.hasPrefix(".") && name != "site.yml" {
            if !fileSystem.isDirectory(contentDirectory + "/" + name) {
                scan.diagnostics.append(.warning("content/\(name)", code: "content.ignored", "ignored: files next to site.yml are not published; put them in a language folder"))
            } else if !codes.contains(name) {
                let hint = name == "static" ? "; site-wide static files go in static/ next to content/" : ""
                scan.diagnostics.append(.warning("content/\(name)", code: "content.ignored", "ignored: '\(name)' is not a language listed in site.yml\(hint)"))
            }
        }
        for link in listing?.links ?? fileSystem.symbolicLinks(in: contentDirectory) {
            scan.diagnostics.append(.warning("content/\(link)", code: "content.symlink", "symbolic link not followed (it could lead outside content/); copy the file or folder instead"))
        }
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
                    scan.diagnostics.append(.error("content/\(language.code)", code: "content.missing-language", "missing folder for the default language '\(language.code)'"))
                }
                continue
            }
            let files = listing == nil ? ((try? fileSystem.filesRecursively(in: folder)) ?? []) : (listed[language.code] ?? []).sorted()
            for file in files {
                // A control character in a name would reach URLs, sitemap.xml and terminals.
                if TerminalText.hasControlCharacter(file) {
                    scan.diagnostics.append(.error("content/\(language.code)/\(file)", code: "content.control-character",
                                                   "file name contains a control character; rename the file"))
                    continue
                }
                if file.hasSuffix(".md") { scan.markdownFiles.append(.init(language: language.code, file: file)) } else { scan.assets.append("\(language.code)/\(file)") }
            }
        }
        var staticFiles = listing?.staticFiles ?? []
        if let staticDirectory, listing?.staticFiles == nil, fileSystem.isDirectory(staticDirectory) {
            staticFiles = (try? fileSystem.filesRecursively(in: staticDirectory)) ?? []
        }
        scan.staticFiles = staticFiles.sorted()
        return scan
    }

    /// The path diagnostics and caches name a Markdown file by (`content/<lang>/…`).
    static func displayPath(_ entry: Scan.Entry) -> String { "content/\(entry.language)/\(entry.file)" }

    /// A Markdown file's stamp, from the walked listing when there is one: whoever knows the
    /// facts of a file by its stamp decides from it whether the file needs loading.
    static func stamp(of entry: Scan.Entry, _ context: Context) -> String? {
        context.listing?.stamps[entry.language + "/" + entry.file] ?? context.fileSystem.fileStamp(context.contentDirectory + "/" + entry.language + "/" + entry.file)
    }

    /// One Markdown file read and parsed (the parse handed back in `parse`).
    /// - Parameter stamp: its stamp (`stamp(of:)`), kept with its facts.
    static func file(_ entry: Scan.Entry, stamp: String?, _ context: Context) -> LoadedFile {
        let display = displayPath(entry)
        let path = context.contentDirectory + "/" + entry.language + "/" + entry.file
        guard let data = try? context.fileSystem.readFile(path) else {
            return LoadedFile(diagnostics: [.error(display, code: "file.unreadable", "cannot read file")])
        }
        var diagnostics = Diagnostics()
        let read = read(data, file: entry.file, display: display, language: entry.language, config: context.config, diagnostics: &diagnostics)
        return LoadedFile(document: read?.document, diagnostics: diagnostics, stamp: stamp, parse: read?.parse)
    }

    /// The loaded content.
    static func collect(_ scan: Scan, files: [LoadedFile], diagnostics: inout Diagnostics) -> LoadedContent {
        diagnostics.append(contentsOf: scan.diagnostics)
        var documents: [SourceDocument] = []
        documents.reserveCapacity(files.count)
        for file in files {
            diagnostics.append(contentsOf: file.diagnostics)
            if let document = file.document { documents.append(document) }
        }
        return LoadedContent(documents: documents, assets: scan.assets, staticFiles: scan.staticFiles)
    }

    /// The body of a document loaded earlier, parsed again from its file as `read` parses it;
    /// nil when the file cannot be read (or is no longer UTF-8).
    static func body(of document: SourceDocument, fileSystem: FileSystem, contentDirectory: String) -> MarkdownNode? {
        let path = contentDirectory + "/" + document.language + "/" + document.relativePath
        guard let data = try? fileSystem.readFile(path), let text = String(validatingUTF8Data: data) else { return nil }
        let split = FrontMatterSplitter.split(text)
        var body = MarkdownParser.parse(split.body, file: document.displayPath, lineOffset: split.bodyLineOffset).document
        _ = LeadingTitle.take(from: &body, title: document.frontMatter.title)
        return body
    }

    /// The facts of one file's bytes, and its parsed body.
    static func read(_ data: Data, file: String, display: String, language: String, config: SiteConfig,
                     diagnostics: inout Diagnostics) -> (document: SourceDocument, parse: MarkdownNode)? {
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
        let document = SourceDocument(
            kind: kind, language: language, key: key, relativePath: file, displayPath: display,
            frontMatter: matter, headings: HeadingSummary.all(in: parsed.document), revision: stableHash(data),
            contentRevision: SectionHasher.contentRevision(title: matter.title, body: split.body),
            sections: SectionHasher.sections(body: split.body, document: parsed.document, bodyLineOffset: split.bodyLineOffset)
        )
        return (document, parsed.document)
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
