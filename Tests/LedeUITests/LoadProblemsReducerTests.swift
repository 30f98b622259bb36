import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// Paths that could not be read, as the reader keeps them while it runs.
@Suite struct LoadProblemsReducerTests {
    @Test func loadProblemsAddUpAndTheStatusLineSaysWhereTheRestWillBe() {
        var state = AppState(library: SampleLibrary.library, size: Size(width: 120, height: 20))
        _ = reduce(&state, .loadProblems([LoadProblem(path: "/a.txt", message: "no such file or folder")]))
        #expect(state.message == "/a.txt: no such file or folder")
        _ = reduce(&state, .loadProblems([LoadProblem(path: "/b.txt", message: "permission denied")]))
        #expect(state.loadProblems.map(\.path) == ["/a.txt", "/b.txt"])
        #expect(state.message == "/a.txt: no such file or folder (and 1 more, listed when Lede closes)")
    }

    /// A web address given first fails after a missing file given after it was found: the status
    /// line names the address, as the paths were given.
    @Test func problemsKeepTheOrderOfThePathsGivenWhicheverArrivesFirst() {
        var state = AppState(library: SampleLibrary.library, size: Size(width: 120, height: 20))
        state.inputOrder = InputOrder(["https://example.com/x", "/a.txt"])
        _ = reduce(&state, .loadProblems([LoadProblem(path: "/a.txt", message: "no such file or folder")]))
        _ = reduce(&state, .loadProblems([LoadProblem(path: "https://example.com/x", message: "timed out after 10 s")]))
        #expect(state.loadProblems.map(\.path) == ["https://example.com/x", "/a.txt"])
        #expect(state.message == "https://example.com/x: timed out after 10 s (and 1 more, listed when Lede closes)")
    }
}
