import Foundation

/// Writes a build into a staging folder next to `public/` and swaps it in only when the build
/// succeeded, so a failed build leaves the previous site untouched.
struct OutputWriter: Sendable {
    let fileSystem: FileSystem
    let outputDirectory: String

    var stagingDirectory: String { outputDirectory + ".sitegen-staging" }
    private var retiredDirectory: String { outputDirectory + ".sitegen-old" }

    /// Clears any staging folder a crashed build left behind.
    func begin() throws {
        try fileSystem.removeItem(stagingDirectory)
    }

    /// - Parameter path: relative to the output root; must not climb out of it.
    func write(_ data: Data, to path: String) throws {
        guard !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }), !path.hasPrefix("/") else {
            throw OutputError.unsafePath(path)
        }
        try fileSystem.writeFile(stagingDirectory + "/" + path, data)
    }

    func commit() throws {
        try fileSystem.removeItem(retiredDirectory)
        if fileSystem.fileExists(outputDirectory) {
            try fileSystem.moveItem(from: outputDirectory, to: retiredDirectory)
        }
        try fileSystem.moveItem(from: stagingDirectory, to: outputDirectory)
        try fileSystem.removeItem(retiredDirectory)
    }

    func abandon() {
        try? fileSystem.removeItem(stagingDirectory)
    }

    enum OutputError: Error, CustomStringConvertible {
        case unsafePath(String)
        var description: String {
            switch self {
            case .unsafePath(let path): return "refusing to write '\(path)' outside the output folder"
            }
        }
    }
}
