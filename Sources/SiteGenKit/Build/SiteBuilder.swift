import Foundation

/// The whole pipeline: load → parse → assemble → validate → render → write.
public struct SiteBuilder: Sendable {
    public let fileSystem: FileSystem

    public init(fileSystem: FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Everything up to rendering: the site model and the theme, or nil when input is unusable.
    struct Prepared {
        var site: Site
        var theme: ThemeFiles
        /// Nil when the theme has errors: the content is still checked, nothing is rendered.
        var templates: TemplateSet?
        var strings: [String: UIStrings]
        /// The theme's assets with their content-hashed names.
        var assets: ThemeAssets
        /// The document cache records to save, if any changed: the caller saves them in a
        /// child task (`async let`) alongside rendering.
        var documentCacheWrite: DocumentCache.Write?
        /// What `serve` holds for its next build: the theme as loaded and every document read.
        var loadedTheme: LoadedTheme? = nil
        var documentCache: DocumentCache? = nil
        /// The search records of the articles parsed in this build (`searchFiles`).
        var searchRecords = SearchRecords()
        /// The rendered bodies of the documents parsed in this build; any other is parsed again
        /// on demand.
        var bodies: BodyStore
    }

    /// The theme with its compiled templates, UI strings and hashed assets: `serve` holds it
    /// between builds while neither templates/ nor site.yml changes.
    struct LoadedTheme: Sendable {
        var configRevision: String
        var files: ThemeFiles
        var templates: TemplateSet?
        var strings: [String: UIStrings]
        var assets: ThemeAssets
        var diagnostics: Diagnostics

        init(fileSystem: FileSystem, directory: String, config: SiteConfig) {
            configRevision = config.revision
            files = ThemeFiles.load(fileSystem: fileSystem, directory: directory)
            diagnostics = []
            strings = UIStringsLoader.load(theme: files, config: config, diagnostics: &diagnostics)
            templates = TemplateSet.load(theme: files, diagnostics: &diagnostics)
            assets = ThemeAssets.load(theme: files)
        }
    }
}
