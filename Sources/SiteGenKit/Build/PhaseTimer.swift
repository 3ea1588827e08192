import Foundation

/// Prints how long each stage of a build took, to standard error, when `SITEGEN_TIMINGS` is set:
/// the way to see where a slow build spends its time without a profiler.
struct PhaseTimer {
    private let enabled = ProcessInfo.processInfo.environment["SITEGEN_TIMINGS"] != nil
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        FileHandle.standardError.write(Data(String(format: "timing: %-12@ %8.1f ms\n", phase as NSString, Double(now - last) / 1e6).utf8))
        last = now
    }
}
