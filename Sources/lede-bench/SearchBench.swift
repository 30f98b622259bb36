import Foundation
import LedeBenchKit
import LedeCore
import LedeUI

/// Search as the user types: every keystroke re-runs the query.
enum SearchBench {
    /// Typed letter by letter; words of the generated corpus and common English, a phrase, an exclusion.
    static let queries = ["harbour gates", "storm council", "ferry crews strike", "valparaiso", "the minister said", "\"the river\"", "trade -talks", "water"]

    static func run(index: SearchIndex, state: AppState, rg: Double?, word: String) {
        Report.heading("search (\(state.library.storyCount) stories; queries typed letter by letter)")
        var queryTimes: [Double] = []
        var keyTimes: [Double] = []
        var slow: [String] = []
        var slowKeys: [String] = []
        var typing = state
        for query in queries {
            _ = reduce(&typing, .key(.character("/")))
            for end in query.indices.dropFirst() {
                let typed = SearchQuery(parsing: String(query[..<end]))
                let seconds = Clock.measure { _ = index.search(typed, limit: AppState.searchLimit) }
                queryTimes.append(seconds)
                if seconds > 0.005 { slow.append(String(format: "%@ %.1f ms", String(query[..<end]), seconds * 1000)) }
            }
            var typed = ""
            for character in query {
                typed.append(character)
                let seconds = Clock.measure { _ = reduce(&typing, .key(.character(character))) }
                keyTimes.append(seconds)
                if seconds > 0.005 { slowKeys.append(String(format: "%@ %.1f ms", typed, seconds * 1000)) }
            }
            _ = reduce(&typing, .key(.escape))
        }
        let queries = Percentiles(queryTimes), keys = Percentiles(keyTimes)
        let rgNote = rg.map { String(format: "rg -c %@ = %@ = %.0f× p99", word, Report.seconds($0), $0 / max(queries.at(0.99), 1e-9)) } ?? ""
        Report.row("SearchIndex.search per keystroke",
                   String(format: "p50 %.2f ms p99 %.2f ms", queries.median * 1000, queries.at(0.99) * 1000), ratio: rgNote,
                   target: Target(text: "p99 < 5 ms", met: queries.at(0.99) < 0.005))
        Report.row("keystroke through the reducer",
                   String(format: "p50 %.2f ms p99 %.2f ms", keys.median * 1000, keys.at(0.99) * 1000), ratio: "search + list rebuild, \(keyTimes.count) keys",
                   target: Target(text: "p99 < 5 ms", met: keys.at(0.99) < 0.005))
        if !slow.isEmpty { print("    queries over 5 ms: " + summary(slow)) }
        if !slowKeys.isEmpty { print("    keystrokes over 5 ms: " + summary(slowKeys)) }
    }

    /// The slowest few of `items` ("text 12.3 ms"), and how many more there were.
    static func summary(_ items: [String]) -> String {
        let milliseconds = { (item: String) in Double(item.split(separator: " ").dropLast().last ?? "") ?? 0 }
        let worst = items.sorted { milliseconds($0) > milliseconds($1) }.prefix(6)
        return worst.joined(separator: ", ") + (items.count > worst.count ? " (and \(items.count - worst.count) more)" : "")
    }
}
