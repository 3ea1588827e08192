import Foundation

/// Keeps a build's large structures alive until the process exits, when the command line asks
/// for it (`BuildOptions.freesMemory` false): freeing the site model, the caches and the
/// listings object by object took a sixth of a one-edit rebuild, and the process was about
/// to exit anyway. Clang's driver skips freeing for the same reason. Anything that builds more
/// than once per process (tests, a future `serve`) leaves the option on and frees as usual.
enum ExitParking {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var parked: [Any] = []

    static func park(_ values: Any..., unless freesMemory: Bool) {
        guard !freesMemory else { return }
        lock.withLock { parked.append(contentsOf: values) }
    }
}
