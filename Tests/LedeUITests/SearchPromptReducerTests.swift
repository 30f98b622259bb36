import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// The search prompt through the pure reducer and the screen.
@Suite struct SearchPromptReducerTests {
    func typing(_ text: String, width: Int = 60, height: Int = 8) -> AppState {
        var state = AppState(library: SampleLibrary.library, size: Size(width: width, height: height))
        _ = reduce(&state, .key(.character("/")))
        for character in text { _ = reduce(&state, .key(.character(character))) }
        return state
    }

    @Test func enterOnAQueryThatMatchesNothingKeepsThePromptOpen() {
        var state = typing("zebra")
        _ = reduce(&state, .key(.enter))
        #expect(state.search.isEditing)
        #expect(state.search.query.text == "zebra")
    }

    @Test func aQueryThatMatchesNothingSaysSoWhereTheListWas() {
        let state = typing("zebra")
        #expect(Screen.render(state, theme: .builtIn).lines == [
            "No story matches “zebra”                                    ",
            "                                                            ",
            "                                                            ",
            "                                                            ",
            "                                                            ",
            "                                                            ",
            "                                                            ",
            "/zebra  no stories                            list · ? help ",
        ])
    }

    @Test func aQueryLongerThanThePromptShowsItsEndAndTheCount() {
        // The start gives way: the end is what is being typed, and the count and hint stay whole.
        let query = "harbour barrier tide gauges winter storm surge flood of 1953"
        #expect(Screen.render(typing(query, width: 60), theme: .builtIn).lines.last
                == "/…inter storm surge flood of 1953  no stories list · ? help ")
        #expect(Screen.render(typing("short query", width: 60), theme: .builtIn).lines.last
                == "/short query  no stories                      list · ? help ")
    }

    @Test func thePromptCountsMatchingStoriesAsTheQueryIsTyped() {
        #expect(typing("stor").matchCountText == "2 stories")
        #expect(typing("strike").matchCountText == "1 story")
        #expect(typing("").matchCountText == nil)
    }

    @Test func ctrlWDeletesTheLastWordOfTheQuery() {
        var state = typing("storm gates  ")
        _ = reduce(&state, .key(.control("w")))
        #expect(state.search.query.text == "storm ")
        _ = reduce(&state, .key(.control("w")))
        #expect(state.search.query.text == "")
        #expect(state.search.isEditing)
    }
}
