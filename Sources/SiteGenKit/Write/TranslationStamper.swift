import Foundation

/// Stamps translation files with the current revision of their source article.
public struct TranslationStamper: Sendable {
    let fileSystem: FileSystem
    let root: String

    public init(fileSystem: FileSystem, root: String) {
        self.fileSystem = fileSystem
        self.root = root
    }

    /// - Parameter file: a path to `content/<lang>/….md`, relative to the working directory or absolute.
    public func stamp(_ file: String) -> Result<String, Diagnostic> {
        // Real paths, links and `..` resolved: only a file that really lies in content/ is read
        // and rewritten (`content/fr/../../../X.md` names a file outside the site).
        let content = fileSystem.resolvedPath(root + "/content")
        let resolved = fileSystem.resolvedPath(file)
        let parts = resolved.hasPrefix(content + "/") ? resolved.dropFirst(content.count + 1).split(separator: "/").map(String.init) : []
        guard parts.count >= 2, !fileSystem.isSymbolicLink(file) else {
            return .failure(.error(file, code: "stamp.not-translation", "not a file under content/<language>/ of this site (it resolves to \(resolved)); only translations in content/ can be stamped"))
        }
        let language = parts[0]
        let relative = parts.dropFirst().joined(separator: "/")
        let display = "content/\(language)/\(relative)"
        var configDiagnostics = Diagnostics()
        let loaded = SiteConfigLoader.load(fileSystem: fileSystem, path: root + "/content/site.yml", displayPath: "content/site.yml", diagnostics: &configDiagnostics)
        guard let config = loaded else {
            return .failure(configDiagnostics.first ?? .error("content/site.yml", code: "config.missing", "cannot read the site configuration"))
        }
        guard config.language(language) != nil, language != config.defaultLanguage else {
            return .failure(.error(display, code: "stamp.not-translation", "only translations can be stamped; '\(language)' is \(language == config.defaultLanguage ? "the source language" : "not a language in site.yml")"))
        }
        let sourcePath = "content/\(config.defaultLanguage)/\(relative)"
        guard let translationData = try? fileSystem.readFile(root + "/" + display) else { return .failure(.error(display, code: "file.unreadable", "cannot read file")) }
        guard let sourceData = try? fileSystem.readFile(root + "/" + sourcePath) else {
            return .failure(.error(display, code: "translation.orphan", "orphan translation: there is no \(sourcePath) to stamp it against"))
        }
        var diagnostics = Diagnostics()
        guard let source = ContentLoader.read(sourceData, file: relative, display: sourcePath, language: config.defaultLanguage, config: config, diagnostics: &diagnostics)?.document,
              !diagnostics.contains(where: { $0.severity == .error }) else {
            return .failure(diagnostics.first { $0.severity == .error } ?? .error(sourcePath, code: "file.unreadable", "cannot read the source article"))
        }
        guard let text = String(validatingUTF8Data: translationData) else { return .failure(.error(display, code: "file.not-utf8", "file is not valid UTF-8")) }
        switch FrontMatterStamper.stamp(text, with: TranslationStamp(source: source)) {
        case .success(let stamped):
            // Decoding drops a byte-order mark; "every other byte stays" includes it.
            let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
            let bytes = (translationData.starts(with: byteOrderMark) ? Data(byteOrderMark) : Data()) + Data(stamped.utf8)
            if bytes != translationData {
                do { try fileSystem.writeFileAtomically(root + "/" + display, bytes) } catch {
                    return .failure(.error(display, code: "file.unwritable", "cannot write file: \(FileSystemError.wrapping(error, "write", root + "/" + display))"))
                }
            }
            return .success("\(display): stamped as translated from \(sourcePath) revision \(source.contentRevision)")
        case .failure(.noFrontMatter):
            return .failure(.error(display, line: 1, column: 1, code: "frontmatter.missing", "missing front matter: a translation needs at least a title"))
        case .failure(.unterminated):
            return .failure(.error(display, line: 1, column: 1, code: "frontmatter.unclosed", "front matter opened with '---' is never closed"))
        }
    }
}
