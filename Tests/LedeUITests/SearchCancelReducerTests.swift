import LedeCore
import LedeUI
import Testing

/// A search given up (Esc in the prompt, or one that finds nothing) puts the list back as it was
/// when `/` was pressed, as less and vim's incsearch go back to where the search started.
@Suite struct SearchCancelReducerTests {
    /// Thirty pages of one story each; only the 19th mentions the ferry. Six rows of list.
    func longList() -> AppState {
        let pages = (1...30).map { number in
            Page(path: "page\(number).txt", title: "Story \(number)", stories: [
                Story(kind: .article, headline: "Story \(number)",
                      paragraphs: [number == 19 ? "The ferry sailed late." : "Nothing happened on day \(number)."]),
            ])
        }
        return AppState(library: Library(pages: pages), size: Size(width: 60, height: 8))
    }

    func press(_ keys: String, on state: inout AppState) {
        for character in keys { _ = reduce(&state, .key(.character(character))) }
    }

    /// Story 8 selected, the list (seven rows) scrolled down to it: stories 2 to 8 in view.
    func onStoryEight() -> AppState {
        var state = longList()
        press("jjjjjjj", on: &state)
        #expect(state.selectedStory == StoryID(7))
        #expect(state.listOffset == 1)
        return state
    }

    func statusLine(_ state: AppState) -> String? { Screen.render(state, theme: .builtIn).lines.last }

    /// Backspace, Ctrl-U or Ctrl-W emptying the query, the prompt still open: the whole list at
    /// the story selected when `/` was pressed (QA: the top of the list, nothing selected, and
    /// the pane on the old query's hit).
    @Test func aQueryEmptiedInThePromptShowsTheStorySelectedAtTheSlash() {
        for emptying: [Key] in [[.backspace, .backspace, .backspace, .backspace, .backspace], [.control("u")], [.control("w")]] {
            var state = onStoryEight()
            press("/ferry", on: &state)
            #expect(state.selectedStory == StoryID(18))
            for key in emptying { _ = reduce(&state, .key(key)) }
            #expect(state.search.isEditing)
            #expect(state.selectedStory == StoryID(7))
            #expect(state.listOffset == 1)
        }
    }

    @Test func escapeAfterAQueryThatMatchesNothingGoesBackToTheStorySelected() {
        var state = onStoryEight()
        press("/xyzzy", on: &state)
        _ = reduce(&state, .key(.escape))
        #expect(state.selectedStory == StoryID(7))
        #expect(state.listOffset == 1)
        #expect(statusLine(state) == " 8/30                                         list · ? help ")
    }

    @Test func enterOnAQueryThatMatchesNothingSaysSoAndGoesBackToTheStorySelected() {
        var state = onStoryEight()
        press("/zzqx", on: &state)
        _ = reduce(&state, .key(.enter))
        #expect(state.selectedStory == StoryID(7))
        #expect(state.listOffset == 1)
        #expect(statusLine(state) == " no stories match “zzqx”                      list · ? help ")
    }

    @Test func escapeAfterAQueryThatMatchedGoesBackToTheStorySelected() {
        var state = onStoryEight()
        press("/ferry", on: &state)
        #expect(state.selectedStory == StoryID(18))
        _ = reduce(&state, .key(.escape))
        #expect(state.selectedStory == StoryID(7))
        #expect(state.listOffset == 1)
        #expect(state.search.hits == nil)
    }

    /// Backspace past the start of the query and Enter on an empty one give the search up too.
    @Test func anEmptiedQueryGoesBackToTheStorySelected() {
        var state = onStoryEight()
        press("/fe", on: &state)
        _ = reduce(&state, .key(.backspace))
        _ = reduce(&state, .key(.backspace))
        _ = reduce(&state, .key(.backspace))
        #expect(!state.search.isEditing)
        #expect(state.selectedStory == StoryID(7))
        press("/x", on: &state)
        _ = reduce(&state, .key(.control("u")))
        _ = reduce(&state, .key(.enter))
        #expect(state.selectedStory == StoryID(7))
        #expect(state.listOffset == 1)
    }

    /// `/` over a search's results, then Esc: the results are back, on the result that was selected.
    @Test func escapeOverASearchsResultsGoesBackToThem() {
        var state = longList()
        press("/day", on: &state)
        _ = reduce(&state, .key(.enter))
        press("jj", on: &state)
        let selected = state.selectedStory
        press("/ferry", on: &state)
        _ = reduce(&state, .key(.escape))
        #expect(state.search.query.text == "day")
        #expect(state.search.hits?.count == 29)
        #expect(state.selectedStory == selected)
        #expect(statusLine(state) == " 3/29 · search “day”: 29 stories · match 1/1  list · ? help ")
    }

    /// Enter on a query that matched keeps its results, on the first, as before.
    @Test func enterOnAQueryThatMatchedKeepsTheResults() {
        var state = onStoryEight()
        press("/ferry", on: &state)
        _ = reduce(&state, .key(.enter))
        #expect(state.selectedStory == StoryID(18))
        #expect(state.rows == [.story(StoryID(18))])
    }
}
