import LedeCore
import LedeUI
import Testing

/// Paging the list moves the view a page and the selection with it, as vim's Ctrl-F and mutt's
/// pages do: the first PgDn shows the next page.
@Suite struct ListPagingReducerTests {
    /// Thirty pages of one story each; seven rows of list, so a page is six rows.
    func longList() -> AppState {
        let pages = (1...30).map { number in
            Page(path: "page\(number).txt", title: "Story \(number)", stories: [
                Story(kind: .article, headline: "Story \(number)", paragraphs: ["Nothing happened on day \(number)."]),
            ])
        }
        return AppState(library: Library(pages: pages), size: Size(width: 60, height: 8))
    }

    func press(_ keys: Key..., on state: inout AppState) {
        for key in keys { _ = reduce(&state, .key(key)) }
    }

    @Test func pageDownShowsTheNextPageAndTheSelectionKeepsItsRow() {
        var state = longList()
        press(.character("j"), on: &state)
        press(.pageDown, on: &state)
        #expect(state.listOffset == 6)
        #expect(state.selectedStory == StoryID(7))
        press(.pageDown, on: &state)
        #expect(state.listOffset == 12)
        #expect(state.selectedStory == StoryID(13))
        press(.pageUp, on: &state)
        #expect(state.listOffset == 6)
        #expect(state.selectedStory == StoryID(7))
    }

    @Test func atTheEndTheViewStopsAndTheSelectionGoesOnToTheLastStory() {
        var state = longList()
        for _ in 0..<4 { press(.pageDown, on: &state) }
        #expect(state.listOffset == 23)
        #expect(state.selectedStory == StoryID(24))
        press(.pageDown, .pageDown, on: &state)
        #expect(state.listOffset == 23)
        #expect(state.selectedStory == StoryID(29))
    }

    @Test func spaceAndHalfPagesPageTheListToo() {
        var state = longList()
        press(.character(" "), on: &state)
        #expect(state.listOffset == 6)
        #expect(state.selectedStory == StoryID(6))
        press(.character("d"), on: &state)
        #expect(state.listOffset == 9)
        #expect(state.selectedStory == StoryID(9))
        press(.character("u"), .character("u"), on: &state)
        #expect(state.listOffset == 3)
        #expect(state.selectedStory == StoryID(3))
    }
}
