import ArgumentParser
import Foundation
import LedeBenchKit
import LedeCore
import LedeUI

/// `lede-bench search-keys [PATH]`: how long a key takes (reducer and full frame) in a long story
/// with and without a search in force. Without a path, a 5 MB one-line text page is made, as
/// the QA report's (its pane shows the first 512 KB: some 6,000 matches).
struct SearchKeysBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search-keys", abstract: "Time j, G, g, n, N in a long story, with and without a search.")

    @Argument(help: "A page with one long story (default: a generated 5 MB one-line text).") var path: String?
    @Option(help: "The search query.") var query = "vote"
    @Option(help: "Presses of each key (the median is shown).") var presses = 15

    func run() throws {
        let file = path ?? Self.makeLongLine()
        defer { if path == nil { unlink(file) } }
        guard case .success(let page) = PageLoader(keepsDroppedLines: false).loadFile(file) else { throw ValidationError("cannot load \(file)") }
        var state = AppState(library: Library(), size: Size(width: 120, height: 40))
        _ = reduce(&state, .loaded([page], done: 1, total: 1))
        _ = reduce(&state, .key(.enter))
        Report.heading("keys in a long story (\(file), 120x40, reducer + full frame, median of \(presses))")
        let plain = timeKeys(&state)
        _ = reduce(&state, .key(.character("/")))
        for character in query { _ = reduce(&state, .key(.character(character))) }
        _ = reduce(&state, .key(.enter))
        if state.focus != .pane { _ = reduce(&state, .key(.enter)) }
        let searched = timeKeys(&state)
        let count = state.paneMatches.count
        for ((name, without), (_, with)) in zip(plain, searched) {
            Report.row(name, String(format: "%.1f ms no search", without * 1000),
                       ratio: String(format: "%.1f ms with /%@ (%d matches)", with * 1000, query, count))
        }
    }

    /// Median time of each key, reducer and rendering; n and N only do something with a search.
    private func timeKeys(_ state: inout AppState) -> [(String, Double)] {
        let keys: [(String, Key)] = [("j", .character("j")), ("G", .character("G")), ("g", .character("g")), ("n", .character("n")), ("N", .character("N"))]
        var medians: [(String, Double)] = []
        for (name, key) in keys {
            var times: [Double] = []
            for _ in 0..<presses {
                var copy = state
                times.append(Clock.measure {
                    _ = reduce(&copy, .key(key))
                    _ = Screen.render(copy, theme: .builtIn)
                })
                if name == "j" || name == "n" { state = copy }
            }
            medians.append((name, Percentiles(times).median))
        }
        return medians
    }

    /// A 5 MB line of words with "vote" about every 90 bytes (some 6,000 matches in the pane).
    private static func makeLongLine() -> String {
        let words = ["the", "ferry", "crews", "talks", "over", "storm", "pay", "union", "harbour", "city", "month", "strike"]
        var line = ""
        line.reserveCapacity(5_300_000)
        var number = 0
        while line.utf8.count < 5_000_000 {
            line += number % 15 == 0 ? "vote " : words[number % words.count] + " "
            number += 1
        }
        let file = NSTemporaryDirectory() + "lede-bench-search-keys-\(getpid()).txt"
        _ = FileManager.default.createFile(atPath: file, contents: Data((line + "\n").utf8))
        return file
    }
}
