import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// A match in the part of a teaser that "keep reading" hides: moving to it opens the teaser, as
/// less and vim open a fold that a search lands in.
@Suite struct SearchInTeaserReducerTests {
    /// A teaser that names the pontoon in its headline and first paragraph (shown) and its third (hidden).
    static let pontoonPage = Page(path: "pontoon.txt", title: "pontoon", stories: [
        Story(kind: .teaser, headline: "Terminal loses its pontoon",
              paragraphs: ["The pontoon broke loose at midnight.", "Ferries were cancelled.", "A new pontoon will take a year."],
              expandable: true),
        Story(kind: .article, headline: "Tide tables", paragraphs: ["High water at six."]),
    ])

    func state(_ library: Library) -> AppState { AppState(library: library, size: Size(width: 120, height: 20)) }

    func search(_ query: String, on state: inout AppState) {
        _ = reduce(&state, .key(.character("/")))
        for character in query { _ = reduce(&state, .key(.character(character))) }
        _ = reduce(&state, .key(.enter))
    }

    func statusLeft(_ state: AppState) -> String {
        let line = Screen.render(state, theme: .builtIn).lines.last ?? ""
        return String(line.prefix(60)).replacingOccurrences(of: " +$", with: "", options: .regularExpression)
    }

    /// The "keep reading (x)" marker is the reader's, not the story's: a query that names it
    /// ("reading") counts no match there, open or closed (QA: it was highlighted and counted).
    @Test func theKeepReadingMarkerIsNoMatch() {
        let page = Page(path: "tide.txt", title: "tide", stories: [
            Story(kind: .teaser, headline: "The tide gauge", paragraphs: ["The gauge reads high.", "Reading it again at dawn."], expandable: true),
        ])
        var state = state(Library(pages: [page]))
        search("reading", on: &state)
        #expect(state.expanded == [StoryID(0)])
        #expect(statusLeft(state) == " 1/1 · search “reading”: 1 story · match 1/1")
        _ = reduce(&state, .key(.character("x")))
        #expect(state.paneMatches.isEmpty)
        #expect(statusLeft(state) == " 1/1 · search “reading”: 1 story")
    }

    /// "Talks" is only in the hidden second paragraph of the "Crews vote to strike" teaser.
    @Test func enterOnAMatchHiddenInATeaserOpensItAtTheMatch() {
        var state = state(SampleLibrary.library)
        search("talks", on: &state)
        #expect(state.selectedStory == StoryID(1))
        #expect(state.expanded == [StoryID(1)])
        #expect(statusLeft(state) == " 1/1 · search “talks”: 1 story · match 1/1")
        // The pane, right of the divider: the hidden paragraph is shown, and the teaser can close.
        let pane = Screen.render(state, theme: .builtIn).lines[3...7].map {
            String($0.dropFirst(51)).replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }
        #expect(pane == ["Ferry crews voted to strike.", "", "Talks over storm pay broke down.", "", "▴ show less (x)"])
    }

    @Test func nPastTheShownMatchesOpensTheTeaserAtTheHiddenOne() {
        var state = state(Library(pages: [Self.pontoonPage]))
        search("pontoon", on: &state)
        #expect(state.expanded.isEmpty)
        // The count holds the hidden match from the start: it does not grow as n opens the teaser.
        #expect(statusLeft(state) == " 1/1 · search “pontoon”: 1 story · match 1/3")
        _ = reduce(&state, .key(.character("n")))
        #expect(state.expanded.isEmpty)
        #expect(statusLeft(state) == " 1/1 · search “pontoon”: 1 story · match 2/3")
        _ = reduce(&state, .key(.character("n")))
        #expect(state.expanded == [StoryID(0)])
        #expect(state.message == nil)
        #expect(statusLeft(state) == " 1/1 · search “pontoon”: 1 story · match 3/3")
    }

    @Test func capitalNFromTheFirstMatchWrapsToTheHiddenLastOne() {
        var state = state(Library(pages: [Self.pontoonPage]))
        search("pontoon", on: &state)
        _ = reduce(&state, .key(.character("N")))
        #expect(state.expanded == [StoryID(0)])
        #expect(state.search.currentMatch == 2)
        #expect(state.message == "search hit TOP, continuing at BOTTOM")
    }

    /// x closes a teaser a search opened; the current match is then the last one shown, and n
    /// opens it again.
    @Test func xClosesATeaserASearchOpenedAndNOpensItAgain() {
        var state = state(Library(pages: [Self.pontoonPage]))
        search("pontoon", on: &state)
        _ = reduce(&state, .key(.character("n")))
        _ = reduce(&state, .key(.character("n")))
        _ = reduce(&state, .key(.character("x")))
        #expect(state.expanded.isEmpty)
        #expect(statusLeft(state) == " 1/1 · search “pontoon”: 1 story · match 2/3")
        _ = reduce(&state, .key(.character("n")))
        #expect(state.expanded == [StoryID(0)])
        #expect(state.search.currentMatch == 2)
    }

    /// A teaser with no match hidden stays closed, and n goes on to the next story.
    @Test func aTeaserWithNoMatchHiddenStaysClosed() {
        var state = state(SampleLibrary.library)
        search("ferry", on: &state)
        #expect(state.selectedStory == StoryID(1))
        _ = reduce(&state, .key(.character("n")))
        #expect(state.expanded.isEmpty)
        #expect(state.message == "search hit BOTTOM, continuing at TOP")
    }
}
