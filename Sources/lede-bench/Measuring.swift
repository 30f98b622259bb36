import Dispatch
import Foundation

/// Wall-clock timing.
enum Clock {
    static func measure(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

/// Runs shell commands for the baselines and the start-up measurement.
enum Shell {
    static func time(_ command: String) -> Double {
        Clock.measure { _ = run(command) }
    }

    /// Wall time and the peak RSS (KB) of the command's processes.
    static func timeWithPeakMemory(_ command: String) -> (Double, Int) {
        var status: Int32 = 0
        let seconds = Clock.measure { status = run(command) }
        _ = status
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return (seconds, usage.ru_maxrss)
    }

    @discardableResult
    static func run(_ command: String) -> Int32 {
        var pid: pid_t = 0
        let arguments = ["/bin/sh", "-c", command]
        var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &cArguments, environ) == 0 else { return -1 }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
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

enum Report {
    static func row(_ label: String, seconds: Double, extra: String = "") {
        print(String(format: "%-34@ %8.3f s  %@", label, seconds, extra))
    }
}
