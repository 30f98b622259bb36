import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// Scroll maths: one paging rule for the list, the pane and the help screen.
@Suite struct ViewportTests {
    @Test func aPageIsTheWindowLessOneLineAndHalfAPageIsHalfTheWindow() {
        #expect(Viewport(contentHeight: 100, height: 10).pageStep == 9)
        #expect(Viewport(contentHeight: 100, height: 10).halfPageStep == 5)
        // A window of one line still moves.
        #expect(Viewport(contentHeight: 100, height: 1).pageStep == 1)
        #expect(Viewport(contentHeight: 100, height: 1).halfPageStep == 1)
    }

    @Test func offsetsStayWithinTheContentWhateverItsLength() {
        var viewport = Viewport(offset: 50, contentHeight: 12, height: 10)
        #expect(viewport.offset == 2)
        viewport.pageDown()
        #expect(viewport.offset == 2)
        #expect(viewport.isAtBottom)
        viewport.pageUp()
        #expect(viewport.offset == 0)
        let empty = Viewport(offset: 3, contentHeight: 0, height: 10)
        #expect(empty.offset == 0)
        #expect(empty.isAtBottom)
        #expect(empty.positionLabel == "All")
    }

    @Test func revealScrollsTheLeastNeeded() {
        var viewport = Viewport(contentHeight: 100, height: 10)
        viewport.reveal(15)
        #expect(viewport.offset == 6)
        viewport.reveal(8)
        #expect(viewport.offset == 6)
        viewport.reveal(2)
        #expect(viewport.offset == 2)
    }

    @Test func theListPagesByTheSameRuleAsThePane() {
        let pages = (0..<30).map { Page(path: "p\($0).txt", title: "Page \($0)", stories: [Story(kind: .article, headline: "Story \($0)")]) }
        var state = AppState(library: Library(pages: pages), size: Size(width: 60, height: 11))
        #expect(state.selectedRow == 0)  // one story a page: no headings
        _ = reduce(&state, .key(.pageDown))
        #expect(state.listViewport.pageStep == 9)
        #expect(state.selectedRow == 9)
        _ = reduce(&state, .key(.character("u")))
        #expect(state.selectedRow == 4)
    }

    @Test func helpScrollingStopsAtItsLastLine() {
        var state = AppState(library: SampleLibrary.library, size: Size(width: 60, height: 10))
        _ = reduce(&state, .key(.character("?")))
        for _ in 0..<50 { _ = reduce(&state, .key(.pageDown)) }
        #expect(state.isShowingHelp)
        #expect(state.helpOffset == state.helpViewport.maxOffset)
        _ = reduce(&state, .key(.up))
        #expect(state.helpOffset == state.helpViewport.maxOffset - 1)
    }
}
