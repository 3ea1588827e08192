import Foundation

/// Gives the parsed body of any document: the one parsed in this build, or, for a document
/// whose facts came from the build cache, its file parsed again on demand (only the pages that
/// are re-rendered need it).
///
/// A source article is shown on its own page and on the fallback pages of every language that
/// lacks a translation; those pages are planned next to each other, so a small shared cache of
/// recent parses saves most repeated parsing while memory stays bounded.
struct DocumentBodies: Sendable {
    let fileSystem: FileSystem
    let contentDirectory: String
    private let recent = RecentCache<MarkdownNode>(capacity: 32)
    private let recentPrepared = RecentCache<PreparedBody>(capacity: 32)

    init(fileSystem: FileSystem, contentDirectory: String) {
        self.fileSystem = fileSystem
        self.contentDirectory = contentDirectory
    }

    /// Nil when the file cannot be read (or is no longer UTF-8) since it was loaded.
    func body(of document: SourceDocument) -> MarkdownNode? {
        if let body = document.parsedBody { return body }
        let key = document.displayPath + "\u{0}" + document.revision
        if let body = recent.get(key) { return body }
        let path = contentDirectory + "/" + document.language + "/" + document.relativePath
        guard let data = try? fileSystem.readFile(path), let text = String(validatingUTF8Data: data) else { return nil }
        let split = FrontMatterSplitter.split(text)
        var body = MarkdownParser.parse(split.body, file: document.displayPath, lineOffset: split.bodyLineOffset).document
        _ = LeadingTitle.take(from: &body, title: document.frontMatter.title)
        recent.put(key, body)
        return body
    }

    /// The body rendered with its links open: the one prepared at load, or one prepared now
    /// (and kept for the fallback pages that follow).
    func prepared(of document: SourceDocument, unsafe: Bool, labels: () -> MarkdownLabels) -> PreparedBody? {
        if let prepared = document.preparedBody { return prepared }
        let key = document.displayPath + "\u{0}" + document.revision
        if let prepared = recentPrepared.get(key) { return prepared }
        guard let body = body(of: document) else { return nil }
        let prepared = PreparedBody(body, unsafe: unsafe, labels: labels())
        recentPrepared.put(key, prepared)
        return prepared
    }
}

/// A small first-in-first-out cache shared by the render threads.
private final class RecentCache<Value: Sendable>: @unchecked Sendable {
    private let capacity: Int
    private var bodies: [String: Value] = [:]
    private var order: [String] = []
    private let lock = NSLock()

    init(capacity: Int) { self.capacity = capacity }

    func get(_ key: String) -> Value? {
        lock.withLock { bodies[key] }
    }

    func put(_ key: String, _ body: Value) {
        lock.withLock {
            guard bodies.updateValue(body, forKey: key) == nil else { return }
            order.append(key)
            if order.count > capacity { bodies[order.removeFirst()] = nil }
        }
    }
}
