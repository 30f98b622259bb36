import ArgumentParser
import Dispatch
import Foundation
import LedeBenchKit
import LedeCore
import LedeUI

/// `lede-bench run PATH`: Lede's figures on a corpus, each beside a baseline timed in the same run.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Measure parsing, start-up, search, rendering and memory on a corpus.")

    @Argument(help: "A folder of .txt pages.") var path: String
    @Option(help: "The lede binary to time start-up with (default: beside lede-bench).") var lede: String?
    @Option(help: "A word to count with rg -c, the search baseline.") var word = "harbour"

    func run() throws {
        let files = Self.textFiles(under: path)
        guard !files.isEmpty else { throw ValidationError("no .txt files under \(path)") }
        let contents = files.map { FileManager.default.contents(atPath: $0) ?? Data() }
        let megabytes = Double(contents.reduce(0) { $0 + $1.count }) / 1_048_576
        print("corpus: \(files.count) pages, \(String(format: "%.1f", megabytes)) MB (\(path))")
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores\n")

        // Baselines over the same files.
        let listFile = NSTemporaryDirectory() + "lede-bench-files-\(getpid())"
        try files.joined(separator: "\0").write(toFile: listFile, atomically: true, encoding: .utf8)
        defer { unlink(listFile) }
        let cat = Shell.time("xargs -0 cat < \(listFile) > /dev/null")
        let wc = Shell.time("xargs -0 cat < \(listFile) | wc -l > /dev/null")
        let rg = Shell.which("rg") != nil ? Shell.time("rg -c --no-messages \(word) \(Shell.quote(path)) > /dev/null") : nil
        Report.row("baseline cat (read all bytes)", seconds: cat, extra: String(format: "%.0f MB/s", megabytes / cat))
        Report.row("baseline wc -l", seconds: wc, extra: String(format: "%.0f MB/s", megabytes / wc))
        if let rg { Report.row("baseline rg -c \(word)", seconds: rg) } else { print("baseline rg: not installed (apt-get install ripgrep)") }
        print("")

        // Parsing, one core and all cores.
        let loader = PageLoader()
        let one = Clock.measure { for (file, data) in zip(files, contents) { _ = loader.parse(data, path: file) } }
        var pages = [Page?](repeating: nil, count: files.count)
        let all = Clock.measure {
            pages.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let base = buffer.baseAddress!
                DispatchQueue.concurrentPerform(iterations: files.count) { index in
                    (base + index).pointee = try? loader.parse(contents[index], path: files[index]).get()
                }
            }
        }
        let wcRate = megabytes / wc
        Report.row("parse, 1 core", seconds: one, extra: String(format: "%.0f MB/s = %.2f× wc -l", megabytes / one, (megabytes / one) / wcRate))
        Report.row("parse, all cores", seconds: all, extra: String(format: "%.0f MB/s = %.2f× wc -l", megabytes / all, (megabytes / all) / wcRate))

        // Store and index.
        var library = Library()
        let store = Clock.measure { for page in pages.compactMap({ $0 }) { library.add(page) } }
        Report.row("store \(library.storyCount) stories", seconds: store)
        var index: SearchIndex?
        let build = Clock.measure { index = SearchIndex(library: library) }
        Report.row("search index build", seconds: build, extra: String(format: "%.2f s per 100 MB", build / megabytes * 100))

        // Re-query at every keystroke of typed queries.
        if let index {
            var samples: [Double] = []
            var slow: [String] = []
            for query in ["harbour gates", "storm council", "ferry crews strike", "valparaiso", "\"the river\"", "trade -talks"] {
                for end in query.indices.dropFirst() {
                    let typed = SearchQuery(parsing: String(query[..<end]))
                    let seconds = Clock.measure { _ = index.search(typed, limit: AppState.searchLimit) }
                    samples.append(seconds)
                    if seconds > 0.005 { slow.append(String(format: "%@ (%.1f ms)", String(query[..<end]), seconds * 1000)) }
                }
            }
            let timings = Percentiles(samples)
            let ratio = rg.map { String(format: " (rg -c over the files: %.0f ms = %.0f× p99)", $0 * 1000, $0 / max(timings.at(0.99), 1e-9)) } ?? ""
            print(String(format: "%-34@ p50 %.2f ms, p99 %.2f ms over %d keystrokes%@", "search per keystroke", timings.median * 1000, timings.at(0.99) * 1000, samples.count, ratio))
            if !slow.isEmpty { print("  keystrokes over 5 ms: " + slow.joined(separator: ", ")) }
        }

        // Rendering a full 250x80 frame into the cell grid, and the diff the backend does.
        var state = AppState(library: library, size: Size(width: 250, height: 80))
        _ = reduce(&state, .key(.tab))
        var frames: [Double] = []
        var previous = Screen.render(state, theme: .builtIn)
        var diffs: [Double] = []
        for step in 0..<200 {
            _ = reduce(&state, .key(step % 20 < 10 ? .down : .up))
            var canvas = previous
            frames.append(Clock.measure { canvas = Screen.render(state, theme: .builtIn) })
            diffs.append(Clock.measure { _ = zip(canvas.cells, previous.cells).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) } })
            previous = canvas
        }
        let frame = Percentiles(frames), diff = Percentiles(diffs)
        print(String(format: "%-34@ p50 %.2f ms, p99 %.2f ms (diff of two frames: p50 %.2f ms)", "render 250x80 into the grid", frame.median * 1000, frame.at(0.99) * 1000, diff.median * 1000))

        // The real program: time to first frame and peak memory, in a pseudo-terminal.
        let binary = lede ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lede").path
        if FileManager.default.isExecutableFile(atPath: binary), Shell.which("script") != nil {
            let command = "TERM=xterm-256color \(Shell.quote(binary)) --exit-after-first-frame \(Shell.quote(path))"
            let (seconds, peak) = Shell.timeWithPeakMemory("script -qec \(Shell.quote(command)) /dev/null > /dev/null")
            Report.row("lede start to first frame", seconds: seconds, extra: String(format: "%.1f× cat", seconds / cat))
            print(String(format: "%-34@ %.0f MB = %.2f× corpus size", "lede peak RSS (first frame)", Double(peak) / 1024, Double(peak) / 1024 / megabytes))
        } else {
            print("first frame: skipped (no lede binary at \(binary), or no `script`)")
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "%-34@ %.0f MB = %.2f× corpus size", "lede-bench peak RSS (all loaded+indexed)", Double(usage.ru_maxrss) / 1024, Double(usage.ru_maxrss) / 1024 / megabytes))
    }

    static func textFiles(under path: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
        var files: [String] = []
        while let name = enumerator.nextObject() as? String {
            if name.hasSuffix(".txt") { files.append(path + "/" + name) }
        }
        return files.sorted()
    }
}
