import Foundation
import Synchronization

/// The only producer of rendered bodies: a document's Markdown rendered to HTML once, with its
/// link destinations left open (`PreparedBody`), which every page showing it fills in.
///
/// A build hands each parse to the store in the task that loaded the file (`add`), so the
/// syntax tree is dropped right away and only the HTML is kept for the pages. A document whose
/// facts came from the build cache was not parsed: its file is parsed again here, on demand,
/// when one of its pages is rendered (`prepared`) or its tree is needed (`parse`).
final class BodyStore: Sendable {
    private struct Entry: Sendable {
        /// The revision it was rendered from and its `Labels.key`.
        var madeFrom: MadeFrom
        var body: PreparedBody
    }

    private struct Labels: Sendable {
        /// What a body takes besides its document: `MarkdownLabels.siteKey` of the labels and
        /// the safe-mode setting.
        var key: String
        var labels: MarkdownLabels
    }

    private let fileSystem: FileSystem
    private let contentDirectory: String
    private let config: SiteConfig
    private let strings: [String: UIStrings]
    private let labels: [String: Labels]
    /// Whether bodies prepared on demand are kept too (`serve`, which holds every body between
    /// builds), not only the ones handed in at load.
    private let holdsAll: Bool
    private let held: Mutex<[String: Entry]>
    /// A source article is shown on its own page and on the fallback pages of every language
    /// lacking a translation; those pages are planned next to each other, so a small cache of
    /// recent work saves most repeated parsing while memory stays bounded.
    private let recentParses = RecentCache<MarkdownNode>(capacity: 32)
    private let recentBodies = RecentCache<PreparedBody>(capacity: 32)

    /// - Parameters:
    ///   - strings: the UI strings, for the words bodies show (callout titles, scope notes).
    ///   - previous: the store of an earlier build whose bodies may be reused: each is used
    ///     only for the same revision of its document, the same labels and the same safe mode
    ///     (the rule of everything made from one document, `MadeFrom`).
    ///   - holdsAll: keep every body prepared, also on demand (for the next build's `previous`).
    init(fileSystem: FileSystem, contentDirectory: String, config: SiteConfig, strings: [String: UIStrings],
         previous: BodyStore? = nil, holdsAll: Bool = false) {
        self.fileSystem = fileSystem
        self.contentDirectory = contentDirectory
        self.config = config
        self.strings = strings
        self.holdsAll = holdsAll
        var labels: [String: Labels] = [:]
        for language in config.languages.map(\.code) {
            labels[language] = Self.labels(language, config: config, strings: strings)
        }
        self.labels = labels
        held = Mutex(previous?.held.withLock { $0 } ?? [:])
    }

    private static func labels(_ language: String, config: SiteConfig, strings: [String: UIStrings]) -> Labels {
        Labels(key: MarkdownLabels.siteKey(language, config: config, strings: strings) + (config.unsafe ? "\u{0}unsafe" : "\u{0}safe"),
               labels: MarkdownLabels.site(language, config: config, strings: strings))
    }

    /// Renders the body of `document` from its parse and keeps it for the pages.
    func add(_ document: SourceDocument, parse: MarkdownNode) {
        let labels = labels(of: document.language)
        let entry = Entry(madeFrom: MadeFrom(document, inputs: labels.key), body: PreparedBody(parse, unsafe: config.unsafe, labels: labels.labels))
        held.withLock { $0[document.displayPath] = entry }
    }

    /// The body rendered with its links open: the one kept, or one prepared now from the file
    /// parsed again. Nil when the file cannot be read (or is no longer UTF-8) since it was loaded.
    func prepared(of document: SourceDocument) -> PreparedBody? {
        let labels = labels(of: document.language)
        if let entry = held.withLock({ $0[document.displayPath] }), entry.madeFrom.holds(for: document, inputs: labels.key) {
            return entry.body
        }
        let key = MadeFrom.workKey(document)
        if !holdsAll, let body = recentBodies.get(key) { return body }
        guard let parse = parse(of: document) else { return nil }
        let body = PreparedBody(parse, unsafe: config.unsafe, labels: labels.labels)
        if holdsAll {
            held.withLock { $0[document.displayPath] = Entry(madeFrom: MadeFrom(document, inputs: labels.key), body: body) }
        } else {
            recentBodies.put(key, body)
        }
        return body
    }

    /// The syntax tree of a document's body, parsed again from its file; nil when the file
    /// cannot be read (or is no longer UTF-8) since it was loaded.
    func parse(of document: SourceDocument) -> MarkdownNode? {
        let key = MadeFrom.workKey(document)
        if let body = recentParses.get(key) { return body }
        guard let body = ContentLoader.body(of: document, fileSystem: fileSystem, contentDirectory: contentDirectory) else { return nil }
        recentParses.put(key, body)
        return body
    }

    /// Drops the bodies of documents that are no longer part of the site (a long `serve`
    /// session sees files deleted and renamed).
    func keepOnly(_ documents: [SourceDocument]) {
        held.withLock { held in
            guard held.count > documents.count else { return }
            let paths = Set(documents.map(\.displayPath))
            held = held.filter { paths.contains($0.key) }
        }
    }

    private func labels(of language: String) -> Labels {
        labels[language] ?? Self.labels(language, config: config, strings: strings)
    }
}

/// A small first-in-first-out cache shared by the render threads.
private final class RecentCache<Value: Sendable>: Sendable {
    private struct State {
        var values: [String: Value] = [:]
        var order: [String] = []
    }

    private let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) { self.capacity = capacity }

    func get(_ key: String) -> Value? {
        state.withLock { $0.values[key] }
    }

    func put(_ key: String, _ value: Value) {
        state.withLock { state in
            guard state.values.updateValue(value, forKey: key) == nil else { return }
            state.order.append(key)
            if state.order.count > capacity { state.values[state.order.removeFirst()] = nil }
        }
    }
}
