import Foundation
import LedeBenchKit

/// Frames drawn by the real `lede` through ncurses into a pseudo-terminal at 250x80 (its hidden
/// `--benchmark-redraws` option), on the first pages of the corpus: what a frame costs on screen,
/// terminal output included, next to the cell-grid figures above.
enum CursesRedrawBench {
    static func run(lede: String, files: [String]) {
        guard FileManager.default.isExecutableFile(atPath: lede), Shell.which("script") != nil else {
            Report.row("through ncurses", "skipped", ratio: "no lede at \(lede), or no `script`")
            return
        }
        let report = NSTemporaryDirectory() + "lede-bench-redraws-\(getpid())"
        defer { unlink(report) }
        let pages = files.prefix(150).map(Shell.quote).joined(separator: " ")
        let command = "COLUMNS=250 LINES=80 TERM=xterm-256color \(Shell.quote(lede)) --benchmark-redraws \(Shell.quote(report)) \(pages)"
        guard Shell.run("script -qec \(Shell.quote(command)) /dev/null > /dev/null") == 0,
              let text = try? String(contentsOfFile: report, encoding: .utf8) else {
            Report.row("through ncurses", "failed", ratio: "lede --benchmark-redraws did not finish")
            return
        }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let kind = fields.first else { continue }
            let times = Percentiles(fields.dropFirst().compactMap { Double($0) })
            let label = kind == "repaint" ? "ncurses full repaint (Ctrl-L)" : "ncurses frame, scrolling"
            Report.row(label, String(format: "p50 %.2f ms p99 %.2f ms", times.median * 1000, times.at(0.99) * 1000),
                       ratio: "render + curses + terminal output", target: Target(text: "< 2 ms", met: times.at(0.99) < 0.002))
        }
    }
}
