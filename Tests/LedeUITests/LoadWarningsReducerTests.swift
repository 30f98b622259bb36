import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// A page read with something repaired (invalid UTF-8) says so in the status line once, as
/// `lede dump` says it on standard error.
@Suite struct LoadWarningsReducerTests {
    static let repaired = Page(path: "/pages/bad.txt", title: "Bad", stories: [], warnings: ["invalid UTF-8 repaired (3 replacement characters)"])
    static let latin1 = Page(path: "/pages/old.txt", title: "Old", stories: [], warnings: ["not UTF-8: read as Windows-1252 (Latin-1)"])

    @Test func aPageLoadedBeforeTheFirstFrameSaysItWasRepaired() {
        let state = AppState(library: Library(pages: [Self.repaired]), size: Size(width: 120, height: 20))
        #expect(state.message == "/pages/bad.txt: invalid UTF-8 repaired (3 replacement characters)")
        #expect(state.loadWarnings.map(\.description) == ["/pages/bad.txt: invalid UTF-8 repaired (3 replacement characters)"])
    }

    @Test func aPageLoadedBehindTheFirstFrameSaysItOnceInTheOrderOfThePaths() {
        var state = AppState(library: SampleLibrary.library, size: Size(width: 120, height: 20), inputOrder: InputOrder(["/pages/old.txt", "/pages/bad.txt", "/pages/new.txt"]))
        #expect(state.message == nil)
        _ = reduce(&state, .loaded([Self.repaired], done: 1, total: 3))
        #expect(state.message == "/pages/bad.txt: invalid UTF-8 repaired (3 replacement characters)")
        // While the note shows, it is kept up to date, in the order the paths were given.
        _ = reduce(&state, .loaded([Self.latin1], done: 2, total: 3))
        #expect(state.message == "/pages/old.txt: not UTF-8: read as Windows-1252 (Latin-1) (and 1 more, listed when Lede closes)")
        // Once a key has cleared it, it does not come back.
        _ = reduce(&state, .key(.character("j")))
        var later = Self.latin1
        later.path = "/pages/new.txt"
        _ = reduce(&state, .loaded([later], done: 3, total: 3))
        #expect(state.message == nil)
        #expect(state.loadWarnings.map(\.path) == ["/pages/old.txt", "/pages/bad.txt", "/pages/new.txt"])
    }

    @Test func aProblemIsNamedBeforeAWarning() {
        var state = AppState(library: Library(pages: [Self.repaired]), size: Size(width: 120, height: 20))
        _ = reduce(&state, .loadProblems([LoadProblem(path: "/a.txt", message: "no such file or folder")]))
        _ = reduce(&state, .loaded([Self.latin1], done: 2, total: 2))
        #expect(state.message == "/a.txt: no such file or folder")
    }
}
