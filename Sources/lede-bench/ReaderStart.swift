import Foundation

/// Times the real `lede` from start to its first frame, in a pseudo-terminal (`script`) at 250x80,
/// with the hidden `--exit-after-first-frame` flag; GNU `time` reports the peak memory.
struct ReaderStart {
    var seconds: Double
    /// Peak resident set of the run, bytes (nil without /usr/bin/time).
    var peak: Double?

    /// - Parameters:
    ///   - exitFlag: when the reader stops: the first frame, or (`--exit-after-marks`) the first
    ///     frame with the state database's marks applied.
    ///   - environment: `VAR=value` words put before the command: by default no state database,
    ///     so the figures never depend on (or touch) the one in the home folder.
    static func measure(lede: String, folder: String, runs: Int, exitFlag: String = "--exit-after-first-frame", environment: String = "LEDE_NO_STATE=1") -> ReaderStart? {
        guard FileManager.default.isExecutableFile(atPath: lede), Shell.which("script") != nil else { return nil }
        let command = "\(environment) COLUMNS=250 LINES=80 TERM=xterm-256color \(Shell.quote(lede)) \(exitFlag) \(Shell.quote(folder))"
        let inTerminal = "script -qec \(Shell.quote(command)) /dev/null > /dev/null"
        var times: [Double] = []
        var peak: Double?
        let report = NSTemporaryDirectory() + "lede-bench-time-\(getpid())"
        defer { unlink(report) }
        for _ in 0..<runs {
            // GNU time forks (not vfork), so the peak it reports is the reader's, not lede-bench's.
            if FileManager.default.isExecutableFile(atPath: "/usr/bin/time") {
                let (seconds, status) = Shell.time("/usr/bin/time -f %M -o \(report) \(inTerminal)")
                guard status == 0 else { return nil }
                times.append(seconds)
                let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
                if let kilobytes = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) { peak = max(peak ?? 0, kilobytes * 1024) }
            } else {
                let (seconds, status) = Shell.time(inTerminal)
                guard status == 0 else { return nil }
                times.append(seconds)
            }
        }
        times.sort()
        return ReaderStart(seconds: times[times.count / 2], peak: peak)
    }
}
