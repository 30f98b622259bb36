import LedeCore
import LedeUI
import Testing

/// A resize keeps the text at the top of the pane (as less does), not the count of wrapped
/// lines above it, which is other text at another width (QA: 40×10 to 80×24 skipped two
/// paragraphs); a search's current match in view stays in view.
@Suite struct ResizeAnchorReducerTests {
    static let paragraphs = (1...30).map {
        "Paragraph \($0) tells of the harbour, the ferries that cross it at dawn, and the crews who sail them in any weather."
    }
    static let library = Library(pages: [Page(path: "long.txt", title: "Long", stories: [
        Story(kind: .article, headline: "A long story", paragraphs: paragraphs.enumerated().map { index, text in
            index == 11 ? text + " Past the breakwater stands the old lighthouse." : text
        }),
    ])])

    func press(_ keys: Key..., on state: inout AppState) {
        for key in keys { _ = reduce(&state, .key(key)) }
    }

    /// At 40×10, the story opened and scrolled 30 lines down.
    func scrolledNarrow() -> AppState {
        var state = AppState(library: Self.library, size: Size(width: 40, height: 10))
        press(.enter, on: &state)
        for _ in 0..<30 { press(.character("j"), on: &state) }
        return state
    }

    func topLine(_ state: AppState) -> StoryDocument.Line { state.document!.lines[state.paneOffset] }

    @Test func wideningKeepsTheTextThatWasAtTheTop() {
        var state = scrolledNarrow()
        #expect(state.paneOffset == 30)
        #expect(topLine(state).text == "weather.")
        #expect(topLine(state).anchor == TextAnchor(block: 6, offset: 83))
        // The old way: 30 lines down at 80 columns is four paragraphs further on.
        let wide = StoryDocument(library: Self.library, id: StoryID(0), expanded: false, width: 76)
        #expect(wide.lines[30].anchor.block == 10)

        // At 80 columns the line holding "weather." is at the top.
        _ = reduce(&state, .resized(Size(width: 80, height: 24)))
        #expect(state.paneOffset == 18)
        #expect(topLine(state).text == "crews who sail them in any weather.")
        #expect(state.document!.lines[17].text == "Paragraph 6 tells of the harbour, the ferries that cross it at dawn, and the")

        // Back to 40×10: the same line as before, not one above it.
        _ = reduce(&state, .resized(Size(width: 40, height: 10)))
        #expect(state.paneOffset == 30)
        #expect(topLine(state).text == "weather.")
    }

    /// A window edge dragged: one resize a column. Each finds the text held from before the
    /// first, so the pane does not creep up a line at each step.
    @Test func aDraggedEdgeEndsWhereOneResizeWould() {
        var dragged = scrolledNarrow()
        for width in 41...80 { _ = reduce(&dragged, .resized(Size(width: width, height: 10 + (width - 40) * 14 / 40))) }
        var once = scrolledNarrow()
        _ = reduce(&once, .resized(Size(width: 80, height: 24)))
        #expect(dragged.paneOffset == once.paneOffset)
        for width in (40...79).reversed() { _ = reduce(&dragged, .resized(Size(width: width, height: 10))) }
        #expect(dragged.paneOffset == 30)
        // Scrolling lets go of the held text: the next resize takes the top line's own.
        press(.character("j"), on: &dragged)
        _ = reduce(&dragged, .resized(Size(width: 80, height: 24)))
        #expect(dragged.paneOffset == 19)
        #expect(topLine(dragged).anchor == TextAnchor(block: 7, offset: -1))
    }

    @Test func theTopOfTheStoryStaysTheTop() {
        var state = AppState(library: Self.library, size: Size(width: 80, height: 24))
        press(.enter, on: &state)
        _ = reduce(&state, .resized(Size(width: 40, height: 10)))
        #expect(state.paneOffset == 0)
    }

    /// Narrowing with the current match near the pane's foot: kept at the top, the text above
    /// the match takes more lines and would push it out of view; it is scrolled back in.
    @Test func theCurrentMatchStaysInView() {
        var state = AppState(library: Self.library, size: Size(width: 80, height: 12))
        press(.character("/"), on: &state)
        for character in "lighthouse" { press(.character(character), on: &state) }
        press(.enter, .enter, on: &state)
        let match = state.paneMatches[state.search.currentMatch].line
        #expect(match == 37)
        #expect(state.paneViewport.shows(match))
        let top = state.paneAnchor!
        _ = reduce(&state, .resized(Size(width: 40, height: 12)))
        let narrowMatch = state.paneMatches[state.search.currentMatch].line
        #expect(narrowMatch == 61)
        // The top text alone would leave the match below the pane.
        #expect(state.document!.line(for: top) + state.layout.pane.height <= narrowMatch)
        #expect(state.paneViewport.shows(narrowMatch))
        #expect(state.paneOffset == 51)
        // Back at 80 columns, the text that was at the top is at the top again (QA: it was
        // three lines off after the match had been scrolled in).
        _ = reduce(&state, .resized(Size(width: 80, height: 12)))
        #expect(state.paneAnchor == top)
        #expect(state.paneOffset == state.document!.line(for: top))
        #expect(state.paneViewport.shows(match))
    }
}

extension ResizeAnchorReducerTests {
    /// `/` noted where the pane was; a resize while the prompt is open, then Esc: back to the
    /// text that was at the top, not to the count of lines it was then.
    @Test func aSearchGivenUpAfterAResizeGoesBackToTheTextAtTheTop() {
        var state = scrolledNarrow()
        press(.character("/"), .character("q"), .character("x"), on: &state)
        _ = reduce(&state, .resized(Size(width: 80, height: 24)))
        press(.escape, on: &state)
        #expect(state.search.hits == nil)
        #expect(state.focus == .pane)
        #expect(state.paneOffset == 18)
        #expect(topLine(state).text == "crews who sail them in any weather.")
    }
}
