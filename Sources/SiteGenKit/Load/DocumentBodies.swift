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
    private let recent = RecentBodies(capacity: 32)

    init(fileSystem: FileSystem, contentDirectory: String) {
        self.fileSystem = fileSystem
        self.contentDirectory = contentDirectory
    }

    func body(of document: SourceDocument) -> MarkdownNode {
        if let body = document.parsedBody { return body }
        let key = document.displayPath + "\u{0}" + document.revision
        if let body = recent.get(key) { return body }
        let path = contentDirectory + "/" + document.language + "/" + document.relativePath
        guard let data = try? fileSystem.readFile(path), let text = String(validatingUTF8Data: data) else {
            return MarkdownNode(.document)
        }
        let split = FrontMatterSplitter.split(text)
        let body = MarkdownParser.parse(split.body, file: document.displayPath, lineOffset: split.bodyLineOffset).document
        recent.put(key, body)
        return body
    }
}

/// A small first-in-first-out cache shared by the render threads.
private final class RecentBodies: @unchecked Sendable {
    private let capacity: Int
    private var bodies: [String: MarkdownNode] = [:]
    private var order: [String] = []
    private let lock = NSLock()

    init(capacity: Int) { self.capacity = capacity }

    func get(_ key: String) -> MarkdownNode? {
        lock.withLock { bodies[key] }
    }

    func put(_ key: String, _ body: MarkdownNode) {
        lock.withLock {
            guard bodies.updateValue(body, forKey: key) == nil else { return }
            order.append(key)
            if order.count > capacity { bodies[order.removeFirst()] = nil }
        }
    }
}
