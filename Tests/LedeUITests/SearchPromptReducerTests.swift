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

    /// As less's "Pattern not found": said, and the prompt closes, so the next keys are keys again.
    @Test func enterOnAQueryThatMatchesNothingClosesThePromptAndSaysSo() {
        var state = typing("zebra")
        _ = reduce(&state, .key(.enter))
        #expect(!state.search.isEditing)
        #expect(state.search.hits == nil)
        #expect(state.message == "no stories match “zebra”")
        let selected = state.selectedStory
        _ = reduce(&state, .key(.character("j")))
        #expect(state.selectedStory != selected)
    }

    /// In the unread list, a query whose only matches were read says they are left out and how
    /// to see them, not that nothing matches (QA).
    @Test func aQueryWhoseMatchesTheFilterLeavesOutSaysSo() {
        let page = Page(path: "p.txt", title: "P", stories: [
            Story(kind: .article, headline: "Lighthouse keeper retires", paragraphs: ["The lighthouse goes dark."]),
            Story(kind: .article, headline: "Ferry timetable changes", paragraphs: ["The early boat leaves sooner."]),
        ])
        var state = AppState(library: Library(pages: [page]), size: Size(width: 80, height: 10))
        for key: Key in [.enter, .escape, .character("U"), .character("/")] + "lighthouse".map { .character($0) } + [.enter] {
            _ = reduce(&state, .key(key))
        }
        #expect(state.message == "no unread stories match “lighthouse” (U shows them all)")
        for key: Key in [.character("/")] + "zebra".map { .character($0) } + [.enter] { _ = reduce(&state, .key(key)) }
        #expect(state.message == "no stories match “zebra”")
    }

    /// Enter on a query, or moving to another result, shows the story at its first match, as
    /// less and vim jump to it.
    @Test func enterShowsTheFirstMatchWhereverItIsInTheStory() {
        let paragraphs = (1...60).map { "Paragraph \($0) of a long story about the harbour and its gates." }
        let deep = paragraphs.enumerated().map { $0 == 49 ? "The zeppelin was seen over the harbour that night." : $1 }
        let page = Page(path: "long.txt", title: "long", stories: [
            Story(kind: .article, headline: "A long story", paragraphs: paragraphs),
            Story(kind: .article, headline: "Another long story", paragraphs: deep),
        ])
        var state = AppState(library: Library(pages: [page]), size: Size(width: 120, height: 12))
        _ = reduce(&state, .key(.character("/")))
        for character in "zeppelin" { _ = reduce(&state, .key(.character(character))) }
        _ = reduce(&state, .key(.enter))
        #expect(Screen.render(state, theme: .builtIn).lines.contains { $0.contains("The zeppelin was seen") })
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
        // The start gives way: the end is what is being typed, and the count stays whole; the
        // hint on the right gives up its words first, keeping the help key.
        let query = "harbour barrier tide gauges winter storm surge flood of 1953"
        #expect(Screen.render(typing(query, width: 60), theme: .builtIn).lines.last
                == "/…ide gauges winter storm surge flood of 1953  no stories ? ")
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
