import ArgumentParser

/// `sitegen build`: content/ + templates/ → public/.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into public/.")

    func run() async throws {}
}
