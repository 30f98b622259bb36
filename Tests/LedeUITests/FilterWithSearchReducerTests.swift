import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// `U` and `S` over a search's results narrow the results, as newsboat's filters narrow the list
/// a search gives, and the selected story stays selected while it is listed.
@Suite struct FilterWithSearchReducerTests {
    func state() -> AppState {
        var state = AppState(library: SampleLibrary.library, size: Size(width: 120, height: 20))
        state.remembers = true
        return state
    }

    func press(_ keys: String, on state: inout AppState) {
        for character in keys { _ = reduce(&state, .key(.character(character))) }
    }

    func search(_ query: String, on state: inout AppState) {
        press("/" + query, on: &state)
        _ = reduce(&state, .key(.enter))
    }

    func select(_ id: StoryID, in state: inout AppState) {
        while state.selectedStory != id, state.selectedRow.map({ $0 + 1 < state.rows.count }) == true { press("j", on: &state) }
        #expect(state.selectedStory == id)
    }

    func statusLeft(_ state: AppState) -> String {
        let line = Screen.render(state, theme: .builtIn).lines.last ?? ""
        return String(line.prefix(70)).replacingOccurrences(of: " +$", with: "", options: .regularExpression)
    }

    /// "barrier" is in the headlines of stories 0, 2 and 3; story 2 has been read.
    @Test func uOverSearchResultsListsTheUnreadResultsAndAgainAllOfThem() {
        var state = state()
        press("jjm", on: &state)
        search("barrier", on: &state)
        select(StoryID(3), in: &state)
        press("U", on: &state)
        #expect(state.search.hits?.map(\.id).sorted() == [StoryID(0), StoryID(3)])
        #expect(state.selectedStory == StoryID(3))
        #expect(statusLeft(state) == " 1/2 · search “barrier”: 2 stories · match 1/1 · unread only")
        press("U", on: &state)
        #expect(state.search.hits?.count == 3)
        #expect(state.selectedStory == StoryID(3))
    }

    @Test func sOverSearchResultsListsTheSavedResultsWithCopiesNotLoaded() {
        var state = state()
        let gone = Story(kind: .article, headline: "Barrier gone but saved", paragraphs: ["Its file was deleted."])
        let copy = SavedStory(identity: StoryIdentity(gone), story: gone, pagePath: "/old/page.txt", pageTitle: "Old")
        _ = reduce(&state, .stateLoaded(StoryMarks(saved: [copy.identity: copy]), nil))
        press("s", on: &state)
        search("barrier", on: &state)
        #expect(state.search.hits?.count == 3)
        press("S", on: &state)
        #expect(state.search.hits?.map { state.library.story($0.id).headline }.sorted()
                == ["Barrier gone but saved", "Barrier holds as the city counts the cost"])
        #expect(state.search.query.text == "barrier")
        // The index built for the copies arrives: the results are searched again, and the
        // reader stays on the story being read.
        press("j", on: &state)
        let reading = state.selectedStory
        _ = reduce(&state, .indexReady(SearchIndex(library: state.library)))
        #expect(state.search.hits?.count == 2)
        #expect(state.selectedStory == reading)
        #expect(state.selectedRow == 1)
    }

    /// Nothing saved: `S` lists nothing, and `S` again goes back to the story that was selected.
    @Test func sTwiceWithNothingSavedKeepsTheSelection() {
        var state = state()
        select(StoryID(2), in: &state)
        press("S", on: &state)
        #expect(state.selectedStory == nil)
        press("S", on: &state)
        #expect(state.selectedStory == StoryID(2))
        search("barrier", on: &state)
        select(StoryID(3), in: &state)
        press("S", on: &state)
        #expect(statusLeft(state) == " 0/0 · search “barrier”: no stories · saved only")
        press("S", on: &state)
        #expect(state.selectedStory == StoryID(3))
        #expect(state.search.hits?.count == 3)
    }

    /// A search typed while a filter is in force finds only the stories it lists.
    @Test func aSearchTypedUnderUFindsOnlyUnreadStories() {
        var state = state()
        press("jjmU", on: &state)
        search("barrier", on: &state)
        #expect(state.search.hits?.map(\.id).sorted() == [StoryID(0), StoryID(3)])
    }
}
