import ArgumentParser
import Foundation
import LedeCore

/// `lede-bench html PATH`: reading saved HTML pages beside `wc -l` over the same files: libxml2
/// and the innerText layout alone, then the whole path (text, then the parser). `--text FILE`
/// prints one page's text as the parser sees it, to compare with a browser's innerText.
struct HTMLBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Measure reading HTML pages (libxml2 + innerText, then the parser), beside wc -l."
    )

    @Argument(help: "A folder of .html pages (or, with --text, one page).") var path: String
    @Option(help: "Runs of each measurement (the median is shown).") var runs = 3
    @Flag(help: "Print the page's text instead of measuring.") var text = false

    func run() throws {
        if text {
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            let read = HTMLPage.read(bytes)
            print(read.text)
            print("-- evidence: \(read.evidence)")
            return
        }
        let corpus = try Corpus.files(in: path)
        let pages = corpus.paths.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
        let baselines = try Baselines.measure(files: corpus.paths, folder: path, word: "the", runs: runs)
        baselines.print(megabytes: corpus.megabytes)
        let loader = PageLoader(keepsDroppedLines: false)
        func median(_ body: () -> Void) -> Double {
            let times = (0..<max(1, runs)).map { _ in Clock.measure(body) }.sorted()
            return times[times.count / 2]
        }
        let layout = median { for page in pages { _ = HTMLPage.read(page) } }
        let whole = median { for (index, page) in pages.enumerated() { _ = loader.parse(page, path: corpus.paths[index]) } }
        let wcRate = corpus.megabytes / baselines.wc
        Report.heading(String(format: "HTML pages (%d pages, %.1f MB in memory, one core, median of %d)", pages.count, corpus.megabytes, runs))
        Report.row("libxml2 + innerText", Report.rate(corpus.megabytes, layout), ratio: Report.ratio(corpus.megabytes / layout / wcRate, "wc -l"))
        Report.row("+ parser (whole path)", Report.rate(corpus.megabytes, whole), ratio: Report.ratio(corpus.megabytes / whole / wcRate, "wc -l"))
        Report.row("per page", String(format: "%.2f ms", whole / Double(max(1, pages.count)) * 1000), ratio: "")
    }
}
