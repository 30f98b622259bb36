import Dispatch
import Foundation

/// Wall-clock and CPU timing.
enum Clock {
    static func measure(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Wall time and how many cores were busy on average (process CPU time / wall time), which
    /// tells a slow parallel phase from a machine whose other core was taken by something else.
    static func measureCores(_ body: () -> Void) -> (seconds: Double, cores: Double) {
        let before = cpuSeconds()
        let seconds = measure(body)
        return (seconds, (cpuSeconds() - before) / max(seconds, 1e-9))
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

/// This process's memory, from /proc (Linux).
enum Memory {
    /// Peak resident set (VmHWM) in bytes, or nil where /proc is missing.
    static func peakResident() -> Double? { statusField("VmHWM:") }
    static func resident() -> Double? { statusField("VmRSS:") }

    /// Resets the peak to the current resident set, so a phase's own peak can be read afterwards.
    static func resetPeak() { try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8) }

    private static func statusField(_ name: String) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter(\.isNumber)
            return Double(digits).map { $0 * 1024 }
        }
        return nil
    }
}

/// Runs shell commands for the baselines and the start-up measurement.
enum Shell {
    /// Wall time of `command` run by /bin/sh, and its exit status.
    static func time(_ command: String) -> (seconds: Double, status: Int32) {
        var status: Int32 = 0
        let seconds = Clock.measure { status = run(command) }
        return (seconds, status)
    }

    /// The median wall time of `runs` runs (the machine is shared, so one run can be unlucky).
    static func medianTime(_ command: String, runs: Int) -> Double {
        var times = (0..<runs).map { _ in time(command).seconds }
        times.sort()
        return times[times.count / 2]
    }

    @discardableResult
    static func run(_ command: String) -> Int32 {
        var pid: pid_t = 0
        let arguments = ["/bin/sh", "-c", command]
        var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &cArguments, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return status
    }

    static func which(_ tool: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
