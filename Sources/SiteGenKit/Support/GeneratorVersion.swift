import Foundation

/// Which sitegen binary wrote a cache or a page, for every stage that keeps results between builds.
enum GeneratorVersion {
    /// Changes whenever the sitegen binary does (its path and file stamp), so upgrading sitegen
    /// never serves results of the old version from a cache.
    static let current: String = {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "sitegen"
        return "sitegen-output-1:" + executable + ":" + (LocalFileSystem().fileStamp(executable) ?? "")
    }()
}
