import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--serve-only SITE`: starts `sitegen serve` on a kept benchmark site and measures, as a
/// browser sees it, the time from saving one article to the reload event reaching a connected
/// client, the same after a template change (every article re-rendered), and the server's memory.
struct ServeFigures {
    let sitegen: String
    let site: URL
    let runs: Int

    func print() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-bench-serve-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let errPath = scratch.appendingPathComponent("serve.err").path
        let started = ChildProcess.monotonicNanoseconds()
        let pid = try ChildProcess.spawn([sitegen, "serve", "--root", site.path, "--port", "0"], stdout: "/dev/null", stderr: errPath)
        defer {
            kill(pid, SIGTERM)
            _ = try? ChildProcess.wait(pid)
        }
        let port = try waitForPort(errPath, deadline: 900)
        Swift.print("serve: first build and listening after \(String(format: "%.2f", Double(ChildProcess.monotonicNanoseconds() - started) / 1e9)) s")
        let article = try pickArticle()
        let page = "/en/" + article.dropLast(".md".count) + "/"
        let path = site.appendingPathComponent("content/en/" + article).path
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        defer { try? original.write(to: URL(fileURLWithPath: path)) }
        var times: [Double] = []
        var cpu: [Double] = []
        for run in 0..<max(runs, 3) {
            let cpuBefore = cpuSeconds(pid)
            times.append(try timeToReload(port: port, page: page) {
                var edited = original
                edited.append(Data("\n\nEdited while serving, run \(run).\n".utf8))
                try edited.write(to: URL(fileURLWithPath: path))
            })
            // The search index follows the reload: a writer pauses between saves, and the
            // CPU figure covers the whole rebuild.
            usleep(700_000)
            cpu.append(cpuSeconds(pid) - cpuBefore)
        }
        times.sort()
        cpu.sort()
        Swift.print("serve: save one article → reload event: median \(ms(times[times.count / 2])) (target ≤ 100 ms; min \(ms(times[0])), max \(ms(times[times.count - 1])), \(times.count) saves)")
        Swift.print("serve: CPU time (user+sys) per save, reload and search index: median \(ms(cpu[cpu.count / 2]))")
        let template = site.appendingPathComponent("templates/article.mustache")
        let templateText = try Data(contentsOf: template)
        defer { try? templateText.write(to: template) }
        let templateCPU = cpuSeconds(pid)
        let templateTime = try timeToReload(port: port, page: page) {
            try (templateText + Data("\n<!-- edited while serving -->\n".utf8)).write(to: template)
        }
        Swift.print("serve: template change → reload event (every article re-rendered): \(ms(templateTime)) (target ≤ 3 s; CPU \(ms(cpuSeconds(pid) - templateCPU)))")
        usleep(1_500_000)
        let (peak, now) = memory(pid)
        Swift.print("serve: memory holding the site: peak \(peak / 1024) MB (target ≤ 400 MB), now \(now / 1024) MB (VmHWM/VmRSS)")
    }

    /// User and system time of `pid` so far, from /proc (Linux; zero elsewhere).
    private func cpuSeconds(_ pid: pid_t) -> Double {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        // Fields after the command name, which is in parentheses and may hold spaces.
        guard let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    private func ms(_ seconds: Double) -> String { String(format: "%.0f ms", seconds * 1000) }

    /// The port from the "serving http://127.0.0.1:PORT/" line.
    private func waitForPort(_ errPath: String, deadline seconds: Double) throws -> UInt16 {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            let text = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            if let range = text.range(of: "serving http://127.0.0.1:") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let port = UInt16(digits) { return port }
            }
            usleep(50_000)
        }
        throw SetupError("sitegen serve did not start listening in \(Int(seconds)) s")
    }

    private func pickArticle() throws -> String {
        let content = site.appendingPathComponent("content/en")
        for folder in try FileManager.default.contentsOfDirectory(atPath: content.path).sorted() where !folder.contains(".") {
            let files = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(folder).path).sorted()
            if let file = files.first(where: { $0.hasSuffix(".md") && $0 != "_index.md" }) { return folder + "/" + file }
        }
        throw SetupError("no English article in \(content.path)")
    }

    /// Opens the page's event stream, runs `edit`, and returns the seconds until `event: reload`.
    private func timeToReload(port: UInt16, page: String, edit: () throws -> Void) throws -> Double {
        let socket = try EventSocket(port: port, page: page)
        defer { socket.close() }
        guard socket.read(until: ": connected", seconds: 30) else { throw SetupError("no event stream for \(page)") }
        let start = ChildProcess.monotonicNanoseconds()
        try edit()
        guard socket.read(until: "event: reload", seconds: 60) else { throw SetupError("no reload event for \(page) within 60 s") }
        return Double(ChildProcess.monotonicNanoseconds() - start) / 1e9
    }

    /// Peak and current resident memory of `pid`, in KiB (Linux; zeros elsewhere).
    private func memory(_ pid: pid_t) -> (Int, Int) {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        func field(_ name: String) -> Int {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
            return Int(line.split(separator: " ").dropFirst().first { Int($0) != nil } ?? "") ?? 0
        }
        return (field("VmHWM"), field("VmRSS"))
    }
}

/// A blocking loopback connection to `/_sitegen/events`, read with a bounded wait.
private final class EventSocket {
    private let fd: Int32
    private var received = ""

    init(port: UInt16, page: String) throws {
        #if canImport(Glibc)
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw SetupError("cannot connect to 127.0.0.1:\(port)") }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = "GET /_sitegen/events?page=\(page) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
    }

    func read(until text: String, seconds: Double) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < end {
            if let range = received.range(of: text) {
                received = String(received[range.upperBound...])
                return true
            }
            let count = recv(fd, &buffer, buffer.count, 0)
            if count > 0 { received += String(decoding: buffer[0..<count], as: UTF8.self) } else if count == 0 { return false }
        }
        return false
    }

    func close() {
        #if canImport(Glibc)
        _ = Glibc.close(fd)
        #else
        _ = Darwin.close(fd)
        #endif
    }
}
