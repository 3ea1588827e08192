import Foundation

/// The theme a site builds with: sitegen's default theme (built into the binary), where each
/// file of the site's `templates/` replaces the default file of the same path. A site with no
/// `templates/` gets the default theme as it is.
public struct ThemeFiles: Sendable {
    public enum Origin: Sendable, Equatable {
        case builtIn
        case site
    }

    let fileSystem: FileSystem
    /// The site's `templates/` folder.
    let directory: String
    /// Path below `templates/` (`partials/header.mustache`) → where the file comes from.
    public let files: [String: Origin]

    /// The default theme and the files of `directory`, which may not exist.
    public static func load(fileSystem: FileSystem, directory: String) -> ThemeFiles {
        var files = DefaultTheme.files.mapValues { _ in Origin.builtIn }
        if fileSystem.isDirectory(directory) {
            for path in (try? fileSystem.filesRecursively(in: directory)) ?? [] { files[path] = .site }
        }
        return ThemeFiles(fileSystem: fileSystem, directory: directory, files: files)
    }

    public var paths: [String] { files.keys.sorted() }

    public func data(_ path: String) -> Data? {
        switch files[path] {
        case .builtIn?: return DefaultTheme.files[path].map { Data($0.utf8) }
        case .site?: return try? fileSystem.readFile(directory + "/" + path)
        case nil: return nil
        }
    }

    func text(_ path: String) -> String? {
        data(path).flatMap { String(validatingUTF8Data: $0) }
    }

    /// How diagnostics name the file (the same for a built-in file: `sitegen theme eject`
    /// puts it there).
    public func displayPath(_ path: String) -> String { "templates/\(path)" }

    /// Changes whenever the file does: the site file's stamp, or the built-in text's hash.
    func stamp(_ path: String) -> String {
        switch files[path] {
        case .builtIn?:
            var hasher = StableHasher()
            hasher.combine(DefaultTheme.files[path] ?? "")
            return "built-in:" + hasher.value
        case .site?: return fileSystem.fileStamp(directory + "/" + path) ?? ""
        case nil: return ""
        }
    }
}

/// The default theme's files, path below `templates/` → text (`DefaultTheme+Files.swift`).
public enum DefaultTheme {}
