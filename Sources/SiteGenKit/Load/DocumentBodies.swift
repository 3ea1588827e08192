import Foundation

/// Gives the parsed body of any document: the one parsed in this build, or, for a document
/// whose facts came from the build cache, its file parsed again on demand (only the pages that
/// are re-rendered need it).
struct DocumentBodies: Sendable {
    let fileSystem: FileSystem
    let contentDirectory: String

    func body(of document: SourceDocument) -> MarkdownNode {
        if let body = document.parsedBody { return body }
        let path = contentDirectory + "/" + document.language + "/" + document.relativePath
        guard let data = try? fileSystem.readFile(path), let text = String(validatingUTF8Data: data) else {
            return MarkdownNode(.document)
        }
        let split = FrontMatterSplitter.split(text)
        return MarkdownParser.parse(split.body, file: document.displayPath, lineOffset: split.bodyLineOffset).document
    }
}
