import Foundation

/// What users would reach for instead of Lede, timed over the same files in the same run.
struct Baselines {
    /// `cat` of every file to /dev/null: reading the bytes, nothing more.
    var cat: Double
    /// `wc -l` over every file: the cheapest look at every byte.
    var wc: Double
    /// `rg -c WORD` over the folder, when ripgrep is installed.
    var rg: Double?
    var word: String

    /// Times each tool (median of `runs`), after one untimed `cat` so every figure sees a warm cache.
    static func measure(files: [String], folder: String, word: String, runs: Int) throws -> Baselines {
        let list = NSTemporaryDirectory() + "lede-bench-files-\(getpid())"
        try files.joined(separator: "\0").write(toFile: list, atomically: true, encoding: .utf8)
        defer { unlink(list) }
        _ = Shell.run("xargs -0 cat < \(list) > /dev/null")
        let cat = Shell.medianTime("xargs -0 cat < \(list) > /dev/null", runs: runs)
        let wc = Shell.medianTime("xargs -0 wc -l < \(list) > /dev/null", runs: runs)
        let rg = Shell.which("rg").map { _ in
            Shell.medianTime("rg -c --no-messages \(Shell.quote(word)) \(Shell.quote(folder)) > /dev/null", runs: runs)
        }
        return Baselines(cat: cat, wc: wc, rg: rg, word: word)
    }

    func print(megabytes: Double) {
        Report.heading("baselines (same files, warm cache, median of runs)")
        Report.row("cat (read all bytes)", Report.seconds(cat), ratio: Report.rate(megabytes, cat))
        Report.row("wc -l", Report.seconds(wc), ratio: Report.rate(megabytes, wc))
        if let rg {
            Report.row("rg -c \(word)", Report.seconds(rg), ratio: Report.rate(megabytes, rg))
        } else {
            Report.row("rg -c \(word)", "skipped", ratio: "ripgrep not installed (apt-get install ripgrep)")
        }
    }
}
