import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// ↑ ↓ (Ctrl-P Ctrl-N) in the search prompt walk through the searches kept this session, newest
/// first, as less and vim do; past the newest, ↓ brings back what was being typed.
@Suite struct SearchHistoryReducerTests {
    func reader() -> AppState { AppState(library: SampleLibrary.library, size: Size(width: 60, height: 8)) }

    func press(_ keys: [Key], in state: inout AppState) {
        for key in keys { _ = reduce(&state, .key(key)) }
    }

    /// `/`, the query typed, and Enter.
    func search(_ query: String, in state: inout AppState) {
        press([.character("/")] + query.map(Key.character) + [.enter], in: &state)
    }

    func line(_ state: AppState) -> String {
        let text = state.search.query.text
        return String(text.prefix(state.search.cursor)) + "|" + String(text.dropFirst(state.search.cursor))
    }

    @Test func upRecallsTheNewestSearchThenOlderOnesAndStopsAtTheOldest() {
        var state = reader()
        search("ferry", in: &state)
        search("storm", in: &state)
        press([.character("/"), .up], in: &state)
        #expect(line(state) == "storm|")
        #expect(state.search.isEditing)
        press([.up], in: &state)
        #expect(line(state) == "ferry|")
        press([.up], in: &state)
        #expect(line(state) == "ferry|")
    }

    @Test func ctrlPAndCtrlNWalkAsUpAndDownDo() {
        var state = reader()
        search("ferry", in: &state)
        search("storm", in: &state)
        press([.character("/"), .control("p"), .control("p")], in: &state)
        #expect(line(state) == "ferry|")
        press([.control("n")], in: &state)
        #expect(line(state) == "storm|")
        press([.control("n")], in: &state)
        #expect(line(state) == "|")
    }

    /// What was being typed before ↑ is not lost: ↓ past the newest brings it back, the cursor
    /// where it was; a further ↓ leaves it.
    @Test func downPastTheNewestBringsBackWhatWasBeingTyped() {
        var state = reader()
        search("ferry", in: &state)
        search("storm", in: &state)
        press([.character("/")] + "gat".map(Key.character) + [.left, .up, .up], in: &state)
        #expect(line(state) == "ferry|")
        press([.down], in: &state)
        #expect(line(state) == "storm|")
        press([.down], in: &state)
        #expect(line(state) == "ga|t")
        press([.down], in: &state)
        #expect(line(state) == "ga|t")
    }

    /// A recalled query runs as a typed one does: the prompt counts its stories, the list holds them.
    @Test func aRecalledQueryRunsTheSearch() {
        var state = reader()
        search("strike", in: &state)
        search("storm", in: &state)
        press([.character("/")] + "zebra".map(Key.character), in: &state)
        #expect(state.matchCountText == "no stories")
        press([.up, .up], in: &state)
        #expect(state.matchCountText == "1 story")
        #expect(state.rows.compactMap(\.storyID) == state.search.hits?.map(\.id))
        #expect(state.rows.compactMap(\.storyID).count == 1)
        press([.enter], in: &state)
        #expect(!state.search.isEditing)
        #expect(state.search.query.text == "strike")
    }

    @Test func upWithNothingKeptLeavesTheLine() {
        var state = reader()
        press([.character("/"), .character("g"), .up], in: &state)
        #expect(line(state) == "g|")
        press([.down], in: &state)
        #expect(line(state) == "g|")
    }

    /// The same search twice in a row is kept once; apart, both are kept.
    @Test func aSearchRepeatedInARowIsKeptOnce() {
        var state = reader()
        search("ferry", in: &state)
        search("ferry", in: &state)
        #expect(state.searchHistory.queries == ["ferry"])
        search("storm", in: &state)
        search("ferry", in: &state)
        #expect(state.searchHistory.queries == ["ferry", "storm", "ferry"])
    }

    /// Only Enter keeping a search adds it: not one that found nothing, nor one given up with Esc.
    @Test func onlySearchesKeptWithEnterAreRemembered() {
        var state = reader()
        search("ferry", in: &state)
        search("zebra", in: &state)
        press([.character("/")] + "gates".map(Key.character) + [.escape], in: &state)
        #expect(state.searchHistory.queries == ["ferry"])
    }

    @Test func atMostAHundredSearchesAreKeptTheOldestGoingFirst() {
        var state = reader()
        for number in 1...105 { search("ferry -zz\(number)", in: &state) }
        #expect(state.searchHistory.queries.count == SearchHistory.capacity)
        #expect(SearchHistory.capacity == 100)
        #expect(state.searchHistory.queries.first == "ferry -zz105")
        #expect(state.searchHistory.queries.last == "ferry -zz6")
    }

    /// Each `/` starts at the line being typed: a walk given up with Esc does not carry over.
    @Test func eachPromptStartsItsWalkAtTheNewest() {
        var state = reader()
        search("ferry", in: &state)
        search("storm", in: &state)
        press([.character("/"), .up, .up, .escape, .character("/"), .up], in: &state)
        #expect(line(state) == "storm|")
    }
}
