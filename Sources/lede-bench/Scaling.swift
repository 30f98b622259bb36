import ArgumentParser
import Foundation
import LedeBenchKit

/// `lede-bench scaling`: `lede dump` on one file of 125k, 250k, 500k and 1M short lines, beside
/// `wc -l` on the same file (its start-up shared out over many copies of the file). Time and
/// memory should grow with the file and no faster: the ratio to `wc -l`, the time per line and
/// the peak RSS per byte of file should stay flat down the table. The last column is the real
/// reader's first frame on that file, in a pseudo-terminal.
struct Scaling: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "scaling", abstract: "Time and peak RSS of lede dump on ever bigger files, beside wc -l.")

    @Option(help: "Line counts of the files, comma-separated.") var lines = "125000,250000,500000,1000000"
    @Option(help: "The lede binary (default: beside lede-bench).") var lede: String?
    @Option(help: "Runs of each command (the median time is shown, the highest peak RSS).") var runs = 3
    @Option(help: "lede dump's output format.") var format = "json"
    @Option(help: "Folder for the generated files (kept, and reused when present).") var folder = NSTemporaryDirectory() + "lede-scaling"

    func run() throws {
        let binary = lede ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lede").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw ValidationError("no lede at \(binary) (build it, or give --lede)") }
        let counts = lines.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !counts.isEmpty, counts.allSatisfy({ $0 > 0 }) else { throw ValidationError("--lines takes line counts, e.g. 125000,250000") }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
        print("lede dump --format \(format) on one file of short lines, beside wc -l on the same file (warm cache, median of \(runs))")
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(load) before the run\n")
        print(Self.columns.map { Report.pad($0.title, $0.width) }.joined(separator: " "))
        var rows: [ScalingRow] = []
        for count in counts {
            let file = "\(folder)/lines-\(count).txt"
            if !FileManager.default.fileExists(atPath: file) {
                try Data(ShortLines.text(lines: count).utf8).write(to: URL(fileURLWithPath: file))
            }
            let row = ScalingRow.measure(file: file, lines: count, lede: binary, format: format, runs: runs)
            print(row.cells.enumerated().map { Report.pad($1, Self.columns[$0].width) }.joined(separator: " "))
            rows.append(row)
        }
        if let first = rows.first, let last = rows.last, rows.count > 1 {
            print(String(format: "\nfrom %d to %d lines (%.0f×): lede dump time %.1f×, wc -l time %.1f×, peak RSS %.1f×",
                         first.lines, last.lines, Double(last.lines) / Double(first.lines),
                         last.lede / first.lede, last.wc / first.wc, (last.peak ?? 0) / max(first.peak ?? 1, 1)))
        }
    }

    static let columns: [(title: String, width: Int)] = [
        ("lines", 9), ("file", 9), ("wc -l", 9), ("lede dump", 10), ("× wc -l", 8), ("ns/line", 8), ("peak RSS", 9), ("× file", 7), ("first frame", 11),
    ]
}

/// One file's figures.
struct ScalingRow {
    var lines: Int
    var bytes: Double
    var wc: Double
    var lede: Double
    var peak: Double?
    var firstFrame: Double?

    static func measure(file: String, lines: Int, lede: String, format: String, runs: Int) -> ScalingRow {
        var status = stat()
        let bytes = stat(file, &status) == 0 ? Double(status.st_size) : 0
        _ = Shell.run("cat \(Shell.quote(file)) > /dev/null")  // warm the cache
        let wc = wcTime(file: file, bytes: bytes, runs: runs)
        let report = NSTemporaryDirectory() + "lede-bench-scaling-\(getpid())"
        defer { unlink(report) }
        var times: [Double] = []
        var peak: Double?
        let dump = "\(Shell.quote(lede)) dump --format \(format) \(Shell.quote(file)) > /dev/null"
        for _ in 0..<max(1, runs) {
            if FileManager.default.isExecutableFile(atPath: "/usr/bin/time") {
                times.append(Shell.time("/usr/bin/time -f %M -o \(report) \(dump)").seconds)
                let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
                if let kilobytes = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) { peak = max(peak ?? 0, kilobytes * 1024) }
            } else {
                times.append(Shell.time(dump).seconds)
            }
        }
        times.sort()
        let start = ReaderStart.measure(lede: lede, folder: file, runs: runs)
        return ScalingRow(lines: lines, bytes: bytes, wc: wc, lede: times[times.count / 2], peak: peak, firstFrame: start?.seconds)
    }

    /// `wc -l`'s time on the file without its start-up, which on these files is most of it: wc
    /// reads copies of the file (copies, so that the bytes are not in the processor's cache
    /// again) to 256 MB in one run, and the time is shared out.
    static func wcTime(file: String, bytes: Double, runs: Int) -> Double {
        let copies = max(1, Int((256 * 1_048_576) / max(bytes, 1)))
        let folder = file + ".wc-copies"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var paths: [String] = []
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for copy in 0..<copies {
                let path = "\(folder)/\(copy).txt"
                try FileManager.default.copyItem(atPath: file, toPath: path)
                paths.append(Shell.quote(path))
            }
        } catch {
            return Shell.medianTime("wc -l \(Shell.quote(file)) > /dev/null", runs: runs)
        }
        let all = paths.joined(separator: " ")
        _ = Shell.run("cat \(all) > /dev/null")  // into the page cache
        return Shell.medianTime("wc -l \(all) > /dev/null", runs: runs) / Double(copies)
    }

    var cells: [String] {
        [
            "\(lines)", String(format: "%.1f MB", bytes / 1_048_576),
            Report.seconds(wc), Report.seconds(lede), String(format: "%.0f×", lede / max(wc, 1e-9)),
            String(format: "%.0f", lede / Double(lines) * 1e9),
            peak.map(Report.megabytes) ?? "?", peak.map { String(format: "%.1f×", $0 / max(bytes, 1)) } ?? "?",
            firstFrame.map(Report.seconds) ?? "skipped",
        ]
    }
}
