import ArgumentParser
import Foundation
import LedeCore
import LedeUI
import LedeTerminal

/// `lede-bench run PATH`: Lede's figures on a corpus, each beside a baseline timed in the same run.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Measure parsing, start-up, search, rendering and memory on a corpus.")

    @Argument(help: "A folder of .txt pages.") var path: String
    @Option(help: "The lede binary to time start-up with (default: beside lede-bench).") var lede: String?
    @Option(help: "A word to count with rg -c, the search baseline.") var word = "harbour"
    @Option(help: "Runs of each baseline and of the reader's start (the median is shown).") var runs = 3
    @Option(help: "Megabytes of pages parsed from memory for the parse-only figures.") var parseSample = 64.0

    func run() throws {
        // As the reader loads: without the boilerplate lines only `lede dump --debug` shows.
        let loader = PageLoader(keepsDroppedLines: false)
        let corpus = try Corpus.files(in: path)
        let (files, bytes, megabytes) = (corpus.paths, corpus.bytes, corpus.megabytes)
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
        print("corpus: \(files.count) pages, \(String(format: "%.1f", megabytes)) MB (\(path))")
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(load) before the run")

        let baselines = try Baselines.measure(files: files, folder: path, word: word, runs: runs)
        baselines.print(megabytes: megabytes)
        let wcRate = megabytes / baselines.wc

        // The real program first, while lede-bench itself is still small.
        Report.heading("the reader (real lede in a pseudo-terminal, 250x80, median of \(runs))")
        let binary = lede ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lede").path
        if let start = ReaderStart.measure(lede: binary, folder: path, runs: runs) {
            let goal = files.count > 20_000 ? 3.0 : 0.5
            Report.row("start to first frame", Report.seconds(start.seconds), ratio: Report.ratio(start.seconds / baselines.cat, "cat"),
                       target: Target(text: "< \(goal) s", met: start.seconds < goal))
            if let peak = start.peak { Report.row("peak RSS at first frame", Report.megabytes(peak), ratio: Report.ratio(peak / bytes, "corpus")) }
        } else {
            Report.row("start to first frame", "skipped", ratio: "no lede at \(binary), or no `script`")
        }

        // Everything the reader does after its first frame, in this process.
        Report.heading("loading as the reader does (read + parse in batches on all cores, applied by the reducer)")
        Memory.resetPeak()
        let floor = Memory.resident() ?? 0
        var batches: [LoadBatch] = []
        let streaming = Clock.measureCores {
            loader.load(files: files, firstBatch: BenchDefaults.firstBatch, batchSize: BenchDefaults.batchSize) { batches.append($0) }
        }
        Report.row("read + parse all pages", Report.seconds(streaming.seconds),
                   ratio: String(format: "%@, %.1f cores busy", Report.rate(megabytes, streaming.seconds), streaming.cores))
        Report.row("  as a share of cat / wc -l throughput", "",
                   ratio: String(format: "%.2f× cat, %.2f× wc -l", baselines.cat / streaming.seconds, baselines.wc / streaming.seconds))
        var state = AppState(library: Library(), size: Size(width: 250, height: 80))
        var applyTimes: [Double] = []
        for batch in batches {
            applyTimes.append(Clock.measure { _ = reduce(&state, .loaded(batch.pages, done: batch.done, total: batch.total)) })
        }
        batches = []
        Report.row("reducer applies \(BenchDefaults.batchSize)-page batches", Report.seconds(applyTimes.reduce(0, +)),
                   ratio: String(format: "%d stories, on the UI thread; longest batch %.1f ms", state.library.storyCount, (applyTimes.max() ?? 0) * 1000))
        let storyBytes = state.library.pages.reduce(0.0) { total, page in
            page.stories.reduce(total) { sum, story in
                sum + Double(story.headline.utf8.count + story.dek.utf8.count + story.section.utf8.count + story.credit.utf8.count
                    + story.paragraphs.reduce(0) { $0 + $1.utf8.count })
            }
        }
        if let peak = Memory.peakResident() {
            Report.row("peak RSS, all pages loaded", Report.megabytes(peak - floor), ratio: Report.ratio((peak - floor) / bytes, "corpus"))
            Report.row("  story text in it (UTF-8 bytes)", Report.megabytes(storyBytes), ratio: Report.ratio(storyBytes / bytes, "corpus"))
        }
        var index: SearchIndex?
        let build = Clock.measureCores { index = SearchIndex(library: state.library) }
        Report.row("search index build", Report.seconds(build.seconds), ratio: String(format: "%.2f s per 100 MB, %.1f cores busy", build.seconds / megabytes * 100, build.cores))
        state.index = index
        if let peak = Memory.peakResident() {
            let held = peak - floor
            Report.row("peak RSS, all loaded + indexed", Report.megabytes(held), ratio: Report.ratio(held / bytes, "corpus"),
                       target: Target(text: "< 2× corpus", met: held < 2 * bytes))
        }

        ParseBench.run(files: files, corpusBytes: bytes, loader: loader, sampleMegabytes: parseSample, wcRate: wcRate, runs: runs)
        if let index { SearchBench.run(index: index, state: state, rg: baselines.rg, word: word) }
        FrameMemory.keepInHeap()  // as the reader does before its first frame
        RenderBench.run(state: state)
        CursesRedrawBench.run(lede: binary, files: files)
    }
}

enum BenchDefaults {
    /// The reader's batch sizes (Sources/lede/BackgroundLoading.swift), repeated so lede-bench
    /// loads the way the reader does.
    static let firstBatch = 64
    static let batchSize = 256
}
