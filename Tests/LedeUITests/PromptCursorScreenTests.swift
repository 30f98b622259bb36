import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// The search prompt as drawn: the terminal's cursor stands on the character after the prompt's
/// cursor (past the end: after the query), wide characters and a query longer than the prompt
/// included.
@Suite struct PromptCursorScreenTests {
    func prompt(_ query: String, keys: [Key] = [], width: Int = 60) -> Canvas {
        var state = AppState(library: SampleLibrary.library, size: Size(width: width, height: 8))
        _ = reduce(&state, .key(.character("/")))
        for key in query.map(Key.character) + keys { _ = reduce(&state, .key(key)) }
        return Screen.render(state, theme: .builtIn)
    }

    @Test func theCursorStandsOnTheCharacterAfterIt() {
        let canvas = prompt("storm gates", keys: Array(repeating: .left, count: 5))
        #expect(canvas.lines.last == "/storm gates  1 story                         list · ? help ")
        #expect(canvas.cursor == Point(x: 7, y: 7))
        #expect(canvas[7, 7].character == "g")
        #expect(canvas[7, 7].style == Theme.builtIn.style(.statusLine))
    }

    @Test func theCursorAtTheEndStandsAfterTheQuery() {
        let canvas = prompt("storm gates")
        #expect(canvas.cursor == Point(x: 12, y: 7))
        #expect(canvas[12, 7].character == " ")
    }

    /// Wide characters before the cursor take two columns each.
    @Test func wideCharactersBeforeTheCursorTakeTwoColumns() {
        let canvas = prompt("童話の話", keys: [.home, .right, .right])
        #expect(canvas.lines.last == "/童話の話  no stories                         list · ? help ")
        #expect(canvas.cursor == Point(x: 5, y: 7))
        #expect(canvas[5, 7].character == "の")
        #expect(canvas[6, 7].isContinuation)
    }

    /// A query longer than the prompt shows the part that holds the cursor: its start after
    /// Home, its end while the cursor is in it.
    @Test func aLongQueryShowsThePartHoldingTheCursor() {
        let query = "harbour barrier tide gauges winter storm surge flood of 1953"
        var canvas = prompt(query, keys: [.home])
        #expect(canvas.lines.last == "/harbour barrier tide gauges winter storm su…  no stories ? ")
        #expect(canvas.cursor == Point(x: 1, y: 7))
        canvas = prompt(query, keys: [.home] + Array(repeating: .right, count: 10))
        #expect(canvas.lines.last == "/harbour barrier tide gauges winter storm su…  no stories ? ")
        #expect(canvas.cursor == Point(x: 11, y: 7))
        #expect(canvas[11, 7].character == "r")
        canvas = prompt(query, keys: [.home] + Array(repeating: .right, count: 44))
        #expect(canvas.lines.last == "/…ide gauges winter storm surge flood of 1953  no stories ? ")
        #expect(canvas.cursor == Point(x: 29, y: 7))
        #expect(canvas[29, 7].character == "g")
    }
}
