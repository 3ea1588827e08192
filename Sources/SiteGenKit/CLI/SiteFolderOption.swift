import ArgumentParser

/// `--root DIR`, shared by every command that works on a site.
struct SiteFolderOption: ParsableArguments {
    @Option(name: .shortAndLong, help: "The site folder, holding content/ and templates/.")
    var root = "."
}
