import ArgumentParser
import Dispatch
import Foundation
import LedeBenchKit

/// `lede-bench generate`: writes N deterministic pages into a folder (100 per subfolder).
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Write a corpus of generated text pages.")

    @Option(help: "How many pages.") var pages = 1000
    @Option(help: "Random seed: the same seed gives the same pages.") var seed: UInt64 = 1
    @Option(help: "Folder to write into (created).") var output: String

    static let pagesPerFolder = 100

    func run() throws {
        let generator = CorpusGenerator(seed: seed)
        let root = URL(fileURLWithPath: output)
        let folders = (pages + Self.pagesPerFolder - 1) / Self.pagesPerFolder
        // Each folder is written by one iteration, into its own slot; pages do not depend on each other.
        var written = [Result<Int, Error>](repeating: .success(0), count: folders)
        let total = pages
        written.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: folders) { folderNumber in
                (slots + folderNumber).pointee = Result {
                    let folder = root.appendingPathComponent(String(format: "%05d", folderNumber))
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    var bytes = 0
                    let first = folderNumber * Self.pagesPerFolder
                    for number in first..<min(total, first + Self.pagesPerFolder) {
                        let text = generator.page(number).text
                        bytes += text.utf8.count
                        try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "page-%07d.txt", number)))
                    }
                    return bytes
                }
            }
        }
        let bytes = try written.reduce(0) { $0 + (try $1.get()) }
        print("wrote \(pages) pages, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB, to \(output)")
    }
}
