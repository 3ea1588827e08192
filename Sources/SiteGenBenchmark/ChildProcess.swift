#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Spawning and reaping child processes with `posix_spawn` + `wait4`.
///
/// `wait4` hands back the rusage of exactly the child it reaps, which is how each phase gets its
/// own peak RSS (`getrusage(RUSAGE_CHILDREN)` would be the maximum over every child so far).
enum ChildProcess {
    struct Exit {
        /// Exit code, or 128 + signal number when the child was killed (as shells report it).
        let status: Int32
        /// Peak resident set size of the child, in KiB.
        let peakRSSKiB: Int
    }

    struct SpawnError: Error, CustomStringConvertible {
        let description: String
    }

    /// Starts `argv[0]` (an absolute path) with stdout and stderr sent to the given files.
    static func spawn(_ argv: [String], stdout: String, stderr: String) throws -> pid_t {
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
        guard result == 0 else {
            throw SpawnError(description: "cannot start \(argv[0]): \(String(cString: strerror(result)))")
        }
        return pid
    }

    /// Waits for `pid` and returns its exit status and its own peak RSS.
    static func wait(_ pid: pid_t) throws -> Exit {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw SpawnError(description: "wait4: \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED / WEXITSTATUS are macros, which Swift does not import.
        let signal = status & 0x7F
        let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        #if os(Linux)
        let kib = Int(usage.ru_maxrss)          // Linux: KiB
        #else
        let kib = Int(usage.ru_maxrss) / 1024   // macOS: bytes
        #endif
        return Exit(status: code, peakRSSKiB: kib)
    }

    /// Nanoseconds on a monotonic clock (wall time, immune to clock adjustments).
    static func monotonicNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}
