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
}
