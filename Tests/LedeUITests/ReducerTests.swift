import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// Every key of the keymap, through the pure reducer.
@Suite struct ReducerTests {
    func state(width: Int = 120, height: Int = 20) -> AppState {
        AppState(library: SampleLibrary.library, size: Size(width: width, height: height))
    }

    func press(_ keys: Key..., on state: inout AppState) -> [Effect] {
        keys.flatMap { reduce(&state, .key($0)) }
    }

    @Test func startsOnTheFirstStoryBelowItsGroupHeading() {
        let state = state()
        #expect(state.rows.first == .group(page: 0))
        #expect(state.selectedRow == 1)
        #expect(state.selectedStory == StoryID(0))
    }

    @Test func jAndDownMoveToTheNextStorySkippingGroupHeadings() {
        var state = state()
        _ = press(.character("j"), .down, on: &state)
        #expect(state.selectedStory == StoryID(2))
        _ = press(.character("j"), on: &state)
        #expect(state.selectedRow == 5)  // the second page has one story: no heading over it, a blank row above it
        #expect(state.selectedStory == StoryID(3))
        _ = press(.down, on: &state)
        #expect(state.selectedStory == StoryID(3))  // stays on the last
    }

    @Test func kAndUpMoveBackAndStopAtTheFirst() {
        var state = state()
        _ = press(.character("G"), .character("k"), on: &state)
        #expect(state.selectedStory == StoryID(2))
        _ = press(.up, .up, .up, on: &state)
        #expect(state.selectedStory == StoryID(0))
    }

    @Test func gAndHomeGoFirstGAndEndGoLast() {
        var state = state()
        _ = press(.end, on: &state)
        #expect(state.selectedStory == StoryID(3))
        _ = press(.home, on: &state)
        #expect(state.selectedStory == StoryID(0))
        _ = press(.character("G"), on: &state)
        #expect(state.selectedStory == StoryID(3))
        _ = press(.character("g"), on: &state)
        #expect(state.selectedStory == StoryID(0))
    }

    @Test func enterLAndRightOpenTheStoryInThePaneAndMarkItRead() {
        for key in [Key.enter, .character("l"), .right] {
            var state = state()
            _ = press(key, on: &state)
            #expect(state.focus == .pane)
            #expect(state.library.ids.filter(state.isRead) == [StoryID(0)])
        }
    }

    @Test func inThePaneJAndKScrollLinesInsteadOfMovingTheSelection() {
        var state = state(height: 10)
        _ = press(.enter, .character("j"), .character("j"), on: &state)
        #expect(state.paneOffset == 2)
        #expect(state.selectedStory == StoryID(0))
        _ = press(.character("k"), on: &state)
        #expect(state.paneOffset == 1)
    }

    @Test func spaceAndBPageThePaneAndStopAtTheEnd() {
        var state = state(height: 10)
        _ = press(.tab, .character(" "), on: &state)
        #expect(state.paneOffset == 8)  // a page is the pane's height (9) less one line of overlap
        _ = press(.pageDown, .pageDown, .pageDown, on: &state)
        #expect(state.paneOffset == state.paneViewport.maxOffset)
        _ = press(.character("b"), on: &state)
        #expect(state.paneOffset == state.paneViewport.maxOffset - 8)
        _ = press(.pageUp, .pageUp, .pageUp, .pageUp, on: &state)
        #expect(state.paneOffset == 0)
    }

    @Test func tabMovesFocusBetweenListAndPane() {
        var state = state()
        _ = press(.tab, on: &state)
        #expect(state.focus == .pane)
        _ = press(.tab, on: &state)
        #expect(state.focus == .list)
    }

    @Test func escapeInThePaneReturnsFocusToTheList() {
        var state = state()
        _ = press(.enter, .escape, on: &state)
        #expect(state.focus == .list)
    }

    @Test func narrowTerminalOpensTheStoryFullScreenAndEscGoesBack() {
        var state = state(width: 60)
        _ = press(.enter, on: &state)
        #expect(state.isStoryOpen)
        for back in [Key.escape, .character("h"), .left] {
            _ = press(.enter, back, on: &state)
            #expect(!state.isStoryOpen)
            #expect(state.focus == .list)
        }
    }

    @Test func xExpandsATeaserAndAgainCollapsesIt() {
        var state = state()
        _ = press(.character("j"), .character("x"), on: &state)
        #expect(state.expanded == [StoryID(1)])
        #expect(state.document?.lines.last?.text == "▴ show less (x)")
        _ = press(.character("x"), on: &state)
        #expect(state.expanded.isEmpty)
        #expect(state.document?.lines.last?.text == "▸ keep reading (x)")
    }

    @Test func enterInThePaneOfAnExpandableStoryKeepsReading() {
        var state = state()
        _ = press(.character("j"), .enter, .enter, on: &state)
        #expect(state.expanded == [StoryID(1)])
        // Pressed again to read on, Enter, l and → leave the opened text where it is.
        for key in [Key.enter, .character("l"), .right] {
            _ = press(key, on: &state)
            #expect(state.expanded == [StoryID(1)])
            #expect(state.document?.lines.last?.text == "▴ show less (x)")
        }
    }

    @Test func xOnATeaserOfOneParagraphSaysItHasNothingMore() {
        let page = PageParser().parse("A teaser headline about the harbour\n\nThe gates will be tested on Monday.\n\nRead more\n", path: "t.txt")
        var state = AppState(library: Library(pages: [page]), size: Size(width: 100, height: 24))
        _ = reduce(&state, .key(.enter))
        #expect(state.document?.markerLine == nil)
        #expect(state.document?.lines.contains { $0.text.contains("keep reading") } == false)
        _ = reduce(&state, .key(.character("x")))
        #expect(state.expanded.isEmpty)
        #expect(state.message == "this story has nothing more to show")
    }

    @Test func xOnAStoryWithNothingMoreSaysSo() {
        var state = state()
        _ = press(.character("x"), on: &state)
        #expect(state.expanded.isEmpty)
        #expect(state.message == "this story has nothing more to show")
    }

    @Test func collapsingKeepsTheMarkerInView() {
        var state = state(width: 120, height: 8)
        _ = press(.character("j"), .character("x"), .tab, .character("G"), .character("x"), on: &state)
        let marker = state.document?.markerLine ?? -1
        #expect(marker >= state.paneOffset && marker < state.paneOffset + state.layout.pane.height)
    }

    @Test func questionMarkShowsHelpAndAnyKeyClosesIt() {
        var state = state()
        _ = press(.character("?"), on: &state)
        #expect(state.isShowingHelp)
        _ = press(.character("z"), on: &state)
        #expect(!state.isShowingHelp)
        #expect(state.message == nil)
    }

    /// Ctrl-L repaints the help screen without closing it (QA: it closed the help).
    @Test func ctrlLRepaintsTheHelpAndKeepsItOpen() {
        var state = state()
        _ = press(.character("?"), on: &state)
        #expect(press(.control("l"), on: &state) == [.redraw])
        #expect(state.isShowingHelp)
    }

    /// G, g, d and u scroll the help as less scrolls a page, rather than closing it and moving
    /// the list (QA).
    @Test func gGdAndUScrollTheHelp() {
        var state = state(width: 60)
        _ = press(.character("?"), .character("G"), on: &state)
        #expect(state.isShowingHelp)
        let bottom = state.helpOffset
        #expect(bottom > 0 && bottom == state.helpViewport.maxOffset)
        _ = press(.character("u"), on: &state)
        #expect(state.helpOffset < bottom)
        _ = press(.character("g"), on: &state)
        #expect(state.helpOffset == 0)
        _ = press(.character("d"), on: &state)
        #expect(state.helpOffset > 0)
        #expect(state.isShowingHelp)
        #expect(state.selectedStory == StoryID(0))
    }

    /// Esc, h and ← in the list with nothing to go back from say so (QA: they said nothing).
    @Test func backInTheListSaysThereIsNothingToGoBackFrom() {
        for key: Key in [.escape, .character("h"), .left] {
            var state = state()
            _ = press(key, on: &state)
            #expect(state.message == "at the list already — q quits", "\(key)")
            #expect(state.focus == .list)
        }
    }

    /// The wheel scrolls the help, as its mouse note says; a click closes it and does nothing else (QA: the wheel closed it).
    @Test func theWheelScrollsTheHelpAndAClickClosesIt() {
        var state = state(width: 60)
        _ = press(.character("?"), on: &state)
        _ = reduce(&state, .mouse(MouseEvent(.wheelDown, x: 5, y: 2)))
        #expect(state.isShowingHelp)
        #expect(state.helpOffset == 3)
        _ = reduce(&state, .mouse(MouseEvent(.wheelUp, x: 5, y: 2)))
        _ = reduce(&state, .mouse(MouseEvent(.wheelUp, x: 5, y: 2)))
        #expect(state.helpOffset == 0)
        #expect(state.selectedStory == StoryID(0))
        _ = reduce(&state, .mouse(MouseEvent(.press, x: 5, y: 2)))
        #expect(!state.isShowingHelp)
        #expect(state.selectedStory == StoryID(0))
    }

    /// Esc, q and ? only close the help: q does not also quit, Esc does not also leave the story.
    @Test func escapeQAndQuestionMarkOnlyCloseTheHelp() {
        for key: Key in [.escape, .character("q"), .character("?")] {
            var state = state(width: 60)
            _ = press(.enter, .character("?"), on: &state)
            #expect(press(key, on: &state) == [])
            #expect(!state.isShowingHelp)
            #expect(state.isStoryOpen)
        }
    }

    /// Another key closes the help and acts: `/` opens the prompt (it was swallowed), `J` moves on.
    @Test func anyOtherKeyClosesTheHelpAndDoesWhatItDoes() {
        var state = state()
        _ = press(.character("?"), .character("/"), on: &state)
        #expect(!state.isShowingHelp)
        #expect(state.search.isEditing)
        var moving = self.state(width: 60)
        _ = press(.enter, .character("?"), .character("J"), on: &moving)
        #expect(!moving.isShowingHelp)
        #expect(moving.selectedStory == StoryID(1))
    }

    @Test func qInTheListQCapitalAndCtrlCAnywhereQuit() {
        var state = state()
        #expect(press(.character("q"), on: &state) == [.quit])
        #expect(press(.character("Q"), on: &state) == [.quit])
        #expect(press(.control("c"), on: &state) == [.quit])
    }

    @Test func ctrlLAsksForAFullRedrawAndChangesNothingElse() {
        var state = state()
        _ = press(.down, on: &state)
        let before = state.selectedStory
        #expect(press(.control("l"), on: &state) == [.redraw])
        #expect(state.selectedStory == before)
    }

    @Test func slashFiltersTheListAtEveryKeystrokeAndEnterKeepsTheResults() {
        var state = state()
        _ = press(.character("/"), on: &state)
        #expect(state.search.isEditing)
        for character in "strike" { _ = press(.character(character), on: &state) }
        #expect(state.rows == [.story(StoryID(1))])
        _ = press(.enter, on: &state)
        #expect(!state.search.isEditing)
        #expect(state.rows == [.story(StoryID(1))])
    }

    @Test func escapeClearsTheSearchAndRestoresTheFullList() {
        var state = state()
        _ = press(.character("/"), .character("1"), .character("9"), .character("5"), .character("3"), on: &state)
        #expect(state.rows.count == 2)
        _ = press(.escape, on: &state)
        #expect(state.search.hits == nil)
        #expect(state.rows == ListRowExpectation.full)
    }

    @Test func nAndCapitalNStepThroughTheMatchesOfAStory() {
        var state = state(height: 6)
        _ = press(.character("/"), on: &state)
        for character in "storm" { _ = press(.character(character), on: &state) }
        _ = press(.enter, on: &state)
        #expect(state.selectedStory == StoryID(0))
        let count = state.paneMatches.count
        #expect(count == 6)  // once in each of the six paragraphs
        _ = press(.character("n"), .character("n"), on: &state)
        #expect(state.search.currentMatch == 2)
        _ = press(.character("N"), on: &state)
        #expect(state.search.currentMatch == 1)
        let line = state.paneMatches[state.search.currentMatch].line
        #expect(line >= state.paneOffset && line < state.paneOffset + state.layout.pane.height)
    }

    @Test func resizingClampsScrollingAndSwitchesLayout() {
        var state = state(height: 10)
        _ = press(.tab, .character("G"), on: &state)
        let before = state.paneOffset
        _ = reduce(&state, .resized(Size(width: 120, height: 40)))
        #expect(state.paneOffset <= before)
        #expect(state.paneOffset == state.paneViewport.maxOffset)
        _ = reduce(&state, .resized(Size(width: 60, height: 20)))
        #expect(!state.layout.isSplit)
    }

    @Test func shrinkingToOnePaneShowsTheViewThatHadTheFocus() {
        var state = state(width: 120)
        _ = press(.enter, on: &state)
        _ = reduce(&state, .resized(Size(width: 60, height: 20)))
        #expect(state.isStoryOpen)
        _ = press(.character("j"), on: &state)
        #expect(state.paneOffset == 1)
        #expect(state.selectedStory == StoryID(0))
        // Another history, same rule: opened narrow, list focused wide, shrunk again.
        _ = reduce(&state, .resized(Size(width: 120, height: 20)))
        _ = press(.tab, on: &state)
        _ = reduce(&state, .resized(Size(width: 60, height: 20)))
        #expect(!state.isStoryOpen)
        #expect(state.focus == .list)
    }

    @Test func expandingATeaserWhoseArticleIsLoadedShowsTheFullArticleAndItsSource() {
        var state = state()
        _ = press(.character("j"), .character("j"), .character("x"), on: &state)
        let text = state.document?.lines.map(\.text) ?? []
        #expect(text.contains("Full story from The flood that made the barrier (history.txt)"))
        #expect(text.contains("Nine people died on the quay."))
    }

    @Test func wheelOverTheListMovesTheSelectionAndAClickSelectsARow() {
        var state = state()
        _ = reduce(&state, .mouse(MouseEvent(.wheelDown, x: 5, y: 2)))
        #expect(state.selectedStory == StoryID(3))
        _ = reduce(&state, .mouse(MouseEvent(.press, x: 5, y: 2)))
        #expect(state.selectedStory == StoryID(1))
        _ = reduce(&state, .mouse(MouseEvent(.press, x: 5, y: 2)))
        #expect(state.focus == .pane)
    }
}

enum ListRowExpectation {
    static let full: [ListRow] = [.group(page: 0), .story(StoryID(0)), .story(StoryID(1)), .story(StoryID(2)), .gap, .story(StoryID(3))]
}

extension ReducerTests {
    /// Keys that act on a story say there is none, not that this one is the last (QA).
    @Test func storyKeysOnAnEmptyListSayThereIsNoStory() {
        var state = AppState(library: Library(pages: [Page(path: "empty.txt", title: "empty", stories: [])]), size: Size(width: 60, height: 8))
        for key in [Key.character("x"), .character("J"), .character("K")] {
            state.message = nil
            _ = press(key, on: &state)
            #expect(state.message == "no story here", "\(key)")
        }
    }

    /// Pages that hold no text are said to, not taken for no pages at all (QA: an empty file
    /// given was answered "Give Lede a text page").
    @Test func pagesWithoutTextSaySo() {
        let empty = Page(path: "empty.txt", title: "empty", stories: [])
        #expect(AppState(library: Library(pages: [empty]), size: Size(width: 60, height: 8)).emptyNote == "No stories: empty.txt holds no text")
        // Standard input is named, not shown as the "-" the user may never have typed (`true | lede`).
        let input = Page(path: "-", title: "-", stories: [])
        #expect(AppState(library: Library(pages: [input]), size: Size(width: 60, height: 8)).emptyNote == "No stories: standard input holds no text")
        let two = Library(pages: [empty, Page(path: "blank.txt", title: "blank", stories: [])])
        #expect(AppState(library: two, size: Size(width: 60, height: 8)).emptyNote == "No stories: the 2 pages given hold no text")
        #expect(AppState(library: Library(pages: []), size: Size(width: 60, height: 8)).emptyNote == "No stories. Give Lede a text page: lede PATH")
        // An address that failed was given: not asked for again, the status line says why it failed.
        var failed = AppState(library: Library(pages: []), size: Size(width: 60, height: 8))
        _ = reduce(&failed, .loadProblems([LoadProblem(path: "http://127.0.0.1:9/", message: "connection refused")]))
        #expect(failed.emptyNote == "No stories: nothing given could be read")
    }
}
