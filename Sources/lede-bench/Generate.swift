import ArgumentParser
import Foundation
import LedeBenchKit

/// `lede-bench generate`: writes N deterministic pages into a folder (100 per subfolder).
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a corpus of generated text pages.")

    @Option(help: "How many pages.") var pages = 1000
    @Option(help: "Random seed: the same seed gives the same pages.") var seed: UInt64 = 1
    @Option(help: "Folder to write into (created).") var output: String

    func run() throws {
        let generator = CorpusGenerator(seed: seed)
        let root = URL(fileURLWithPath: output)
        var bytes = 0
        for number in 0..<pages {
            let folder = root.appendingPathComponent(String(format: "%05d", number / 100))
            if number % 100 == 0 { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
            let text = generator.page(number)
            bytes += text.utf8.count
            try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "page-%07d.txt", number)))
        }
        print("wrote \(pages) pages, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB, to \(output)")
    }
}
