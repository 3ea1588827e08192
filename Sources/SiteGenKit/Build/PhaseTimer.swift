import Foundation

/// Prints how long each stage of a build took, to standard error, when `SITEGEN_TIMINGS` is set:
/// the way to see where a slow build spends its time without a profiler. The CPU time beside
/// the wall time shows whether a stage kept every core busy.
struct PhaseTimer {
    private let enabled = ProcessInfo.processInfo.environment["SITEGEN_TIMINGS"] != nil
    private var last = DispatchTime.now().uptimeNanoseconds
    private var lastCPU = PhaseTimer.processCPUNanoseconds()

    mutating func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let cpu = Self.processCPUNanoseconds()
        let line = String(format: "timing: %-12@ %8.1f ms  (cpu %7.1f ms)\n", phase as NSString, Double(now - last) / 1e6, Double(cpu - lastCPU) / 1e6)
        FileHandle.standardError.write(Data(line.utf8))
        last = now
        lastCPU = cpu
    }

    #if canImport(Glibc)
    private static let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
    private static let RUSAGE_SELF_WHO = RUSAGE_SELF
    #endif

    /// User and system time of all threads so far.
    private static func processCPUNanoseconds() -> UInt64 {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF_WHO, &usage) == 0 else { return 0 }
        func nanoseconds(_ time: timeval) -> UInt64 { UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_usec) * 1_000 }
        return nanoseconds(usage.ru_utime) + nanoseconds(usage.ru_stime)
    }
}
