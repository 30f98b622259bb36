import ArgumentParser
import LedeCore

/// `lede-bench parse PATH`: parsing alone beside `wc -l`, the quick loop for parser work.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "Measure parsing alone, beside wc -l over the same files.")

    @Argument(help: "A folder of .txt pages.") var path: String
    @Option(help: "Megabytes of pages parsed from memory.") var parseSample = 64.0
    @Option(help: "Runs of the wc -l baseline (the median is shown).") var runs = 3

    func run() throws {
        let loader = PageLoader(keepsDroppedLines: false)
        let files = try Corpus.files(in: path)
        let baselines = try Baselines.measure(files: files.paths, folder: path, word: "harbour", runs: runs)
        baselines.print(megabytes: files.megabytes)
        ParseBench.run(files: files.paths, corpusBytes: files.bytes, loader: loader, sampleMegabytes: parseSample,
                       wcRate: files.megabytes / baselines.wc, runs: runs)
    }
}
