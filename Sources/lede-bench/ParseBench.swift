import Dispatch
import Foundation
import LedeCore

/// Parsing alone, from bytes already in memory: one core, then all cores.
enum ParseBench {
    /// - Parameter runs: each figure is the median of this many runs, as the baselines are.
    static func run(files: [String], corpusBytes: Double, loader: PageLoader, sampleMegabytes: Double, wcRate: Double, runs: Int) {
        // A sample spread over the whole corpus, so a big corpus does not take minutes.
        var sample: [(path: String, bytes: [UInt8])] = []
        var total = 0
        let stride = max(1, Int(corpusBytes / (sampleMegabytes * 1_048_576)))
        for file in Swift.stride(from: 0, to: files.count, by: stride) {
            guard Double(total) < sampleMegabytes * 1_048_576 else { break }
            guard let data = FileManager.default.contents(atPath: files[file]) else { continue }
            sample.append((files[file], [UInt8](data)))
            total += data.count
        }
        let megabytes = Double(total) / 1_048_576
        let pages = sample
        Report.heading(String(format: "parsing only (%d pages, %.1f MB in memory, median of %d)", sample.count, megabytes, runs))
        func median(_ body: () -> Void) -> (seconds: Double, cores: Double) {
            let times = (0..<max(1, runs)).map { _ in Clock.measureCores(body) }.sorted { $0.seconds < $1.seconds }
            return times[times.count / 2]
        }
        let one = median { for page in pages { _ = loader.parse(page.bytes, path: page.path) } }
        let all = median {
            DispatchQueue.concurrentPerform(iterations: pages.count) { index in
                _ = loader.parse(pages[index].bytes, path: pages[index].path)
            }
        }
        let quarter = Target(text: "≥ 0.25× wc -l", met: megabytes / one.seconds >= wcRate / 4)
        Report.row("parse, 1 core", Report.rate(megabytes, one.seconds), ratio: Report.ratio(megabytes / one.seconds / wcRate, "wc -l"), target: quarter)
        Report.row("parse, all cores", Report.rate(megabytes, all.seconds),
                   ratio: String(format: "%.2f× wc -l, %.1f cores busy", megabytes / all.seconds / wcRate, all.cores),
                   target: Target(text: "≥ 0.25× wc -l", met: megabytes / all.seconds >= wcRate / 4))
    }
}
