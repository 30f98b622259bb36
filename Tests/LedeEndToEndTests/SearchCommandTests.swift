import Foundation
import LedeTestSupport
import Testing

@Suite struct SearchCommandTests {
    let samples = Fixtures.packageRoot.appendingPathComponent("Samples").path

    @Test func textOutputListsRankedStoriesWithPathAndSnippet() throws {
        let result = try LedeBinary.run(["search", "ferry crews", samples])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines[0] == "1. Ferry crews vote to strike over storm-duty pay [teaser]")
        #expect(lines[1] == "   \(samples)/harbor-front.txt")
        #expect(lines[2].hasPrefix("   The union representing the city’s ferry crews voted"))
    }

    @Test func jsonOutputHasEveryKey() throws {
        let result = try LedeBinary.run(["search", "--format", "json", "barrier", samples])
        #expect(result.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { Set($0.keys) == ["path", "headline", "kind", "score", "snippet", "read", "saved"] })
    }

    @Test func noMatchExitsThreeAndSaysSo() throws {
        let result = try LedeBinary.run(["search", "zebra", samples])
        #expect(result.status == 3)
        #expect(result.stderr == "lede: no stories match zebra\n")
    }

    @Test func aPastedPageAsTheQueryIsQuotedInOneLine() throws {
        let result = try LedeBinary.run(["search", String(repeating: "zebra ", count: 2000), samples])
        #expect(result.status == 3)
        #expect(result.stderr == "lede: only the first 16 words of the query count\nlede: no stories match zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra…\n")
    }

    /// Usage errors say what is wrong: --saved with no database to read; a negative limit,
    /// refused as a number (it read as a missing value); `-storm` first, which reads as options
    /// and the path then as the query.
    @Test(arguments: [
        (["--saved", "--no-state", "barrier"], "Error: --saved reads the state database, and this run has none (--no-state, LEDE_NO_STATE, or no HOME)\n"),
        (["--limit", "-1", "ferry"], "Error: --limit must be at least 1\n"),
        (["-storm"], "Error: '-storm' reads as an option: put the query after --, with a word to find: lede search -- 'WORD -storm' PATH\n"),
    ])
    func usageErrorsSayWhatIsWrong(arguments: [String], message: String) throws {
        let result = try LedeBinary.run(["search"] + arguments + [samples])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }

    @Test func queryWithOnlyExclusionsIsAUsageError() throws {
        let result = try LedeBinary.run(["search", "--", "-war", samples])
        #expect(result.status == 2)
        #expect(result.stderr == "lede: the query has no word to search for (a -word only leaves out stories that have it)\n")
    }
}
