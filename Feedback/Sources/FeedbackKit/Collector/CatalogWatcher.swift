import Foundation

/// The site catalog, read again when `sitegen-manifest.json` changes (a deploy), checked at most
/// every two seconds. Pages of earlier builds stay valid while the collector runs: readers may
/// still have them open.
public final class CatalogWatcher: @unchecked Sendable {
    private let siteFolder: String
    private let manifestPath: String
    private let lock = NSLock()
    private var validator: VoteValidator
    private var stamp: Date?
    private var checked = Date.distantPast

    public init(siteFolder: String) throws {
        self.siteFolder = siteFolder
        self.manifestPath = siteFolder + "/public/sitegen-manifest.json"
        validator = VoteValidator(catalog: try SiteCatalog.load(siteFolder: siteFolder))
        stamp = Self.modified(manifestPath)
    }

    /// The validator for the current manifest.
    public func current(now: Date = Date()) -> VoteValidator {
        lock.withLock {
            guard now.timeIntervalSince(checked) >= 2 else { return validator }
            checked = now
            let modified = Self.modified(manifestPath)
            guard modified != stamp, let catalog = try? SiteCatalog.load(siteFolder: siteFolder) else { return validator }
            stamp = modified
            var earlier = validator.earlierPages
            let old = validator.catalog
            for article in old.articles.keys {
                for language in old.languages {
                    if let revision = old.pageRevision(article, in: language) { earlier.insert(VoteValidator.pageKey(article, language, revision)) }
                }
            }
            validator = VoteValidator(catalog: catalog, earlierPages: earlier)
            return validator
        }
    }

    private static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
