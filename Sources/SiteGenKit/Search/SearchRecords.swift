import Foundation
import Synchronization

/// The search records of the articles a build parsed, collected while it loads: the loader
/// hands each syntax tree over before dropping it (the build does, per file), so an
/// article's words are taken while its tree is at hand, on the loader's threads, and Load
/// knows nothing of search.
final class SearchRecords: Sendable {
    private let records = Mutex<[String: SearchRecord]>([:])

    init() {}

    /// Takes the record of an article from its parsed body (other documents are not indexed).
    func add(_ document: SourceDocument, body: MarkdownNode) {
        guard document.kind == .article else { return }
        let record = SearchRecord(title: document.frontMatter.title ?? document.key, body: body, revision: document.revision)
        records.withLock { $0[document.displayPath] = record }
    }

    /// The record of a document parsed this build, if it is that revision (`MadeFrom`).
    func record(of document: SourceDocument) -> SearchRecord? {
        records.withLock { $0[document.displayPath] }.flatMap { MadeFrom(revision: $0.revision).holds(for: document) ? $0 : nil }
    }
}
