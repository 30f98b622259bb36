import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// Reading story after story without going back to the list, through the pure reducer.
@Suite struct ReadingFlowReducerTests {
    func state(width: Int = 60, height: Int = 10) -> AppState {
        AppState(library: SampleLibrary.library, size: Size(width: width, height: height))
    }

    func press(_ keys: Key..., on state: inout AppState) -> [Effect] {
        keys.flatMap { reduce(&state, .key($0)) }
    }

    @Test func capitalJAndKAndBracketsGoToTheNextAndPreviousStoryInPlace() {
        for (next, previous) in [(Key.character("J"), Key.character("K")), (.character("]"), .character("["))] {
            var state = state()
            _ = press(.enter, .character("j"), next, on: &state)
            #expect(state.isStoryOpen)
            #expect(state.selectedStory == StoryID(1))
            #expect(state.paneOffset == 0)
            #expect(state.library.ids.filter(state.isRead) == [StoryID(0), StoryID(1)])
            _ = press(next, next, on: &state)
            #expect(state.selectedStory == StoryID(3))  // over the second page's heading
            _ = press(next, on: &state)
            #expect(state.selectedStory == StoryID(3))
            #expect(state.message == "this is the last story")
            _ = press(previous, on: &state)
            #expect(state.selectedStory == StoryID(2))
            #expect(state.isStoryOpen)
        }
    }

    @Test func spacePagesAStoryAndAtItsEndGoesOnToTheNext() {
        var state = state()
        _ = press(.enter, on: &state)
        var presses = 0
        while !state.paneViewport.isAtBottom, presses < 20 {
            _ = press(.character(" "), on: &state)
            presses += 1
        }
        #expect(presses == 2)  // a window of 9 lines, 8 a page, over the article's 25
        #expect(state.selectedStory == StoryID(0))
        _ = press(.character(" "), on: &state)
        #expect(state.selectedStory == StoryID(1))
        #expect(state.paneOffset == 0)
        #expect(state.isStoryOpen)
        _ = press(.end, .character(" "), .character(" "), .character(" "), on: &state)
        #expect(state.selectedStory == StoryID(3))
        _ = press(.character(" "), on: &state)
        #expect(state.selectedStory == StoryID(3))
        #expect(state.message == "end of the last story")
    }

    @Test func pageDownStaysInTheStory() {
        var state = state()
        _ = press(.enter, .end, .pageDown, on: &state)
        #expect(state.selectedStory == StoryID(0))
    }

    @Test func qInAFullScreenStoryGoesBackToTheListAndQuitsFromThere() {
        var state = state()
        #expect(press(.enter, .character("q"), on: &state) == [])
        #expect(!state.isStoryOpen)
        #expect(state.focus == .list)
        #expect(press(.character("q"), on: &state) == [.quit])
    }

    @Test func capitalQQuitsFromAStoryAndFromTheHelpAndQQuitsBesideTheList() {
        var narrow = state()
        #expect(press(.enter, .character("Q"), on: &narrow) == [.quit])
        var help = state()
        #expect(press(.character("?"), .character("Q"), on: &help) == [.quit])
        var wide = state(width: 120)
        #expect(press(.enter, .character("q"), on: &wide) == [.quit])
    }

    @Test func anUnknownKeySaysSoInOneLine() {
        var state = state()
        _ = press(.character("z"), on: &state)
        #expect(state.message == "z: not a key here — ? for help")
        _ = press(.control("e"), on: &state)
        #expect(state.message == "Ctrl-E: not a key here — ? for help")
        _ = press(.character("j"), on: &state)
        #expect(state.message == nil)
    }

    @Test func anUnknownKeyThatIsAControlCharacterIsShownHarmlessly() {
        var state = state()
        _ = press(.character("\u{202E}"), on: &state)
        #expect(state.message?.unicodeScalars.contains("\u{202E}") == false)
    }

    func searching(_ query: String, height: Int = 6) -> AppState {
        var state = state(width: 120, height: height)
        _ = press(.character("/"), on: &state)
        for character in query { _ = press(.character(character), on: &state) }
        _ = press(.enter, .tab, on: &state)
        return state
    }

    @Test func nAfterAStorysLastMatchGoesToTheNextMatchingStoryAndSaysWhenItWraps() {
        var state = searching("storm")
        #expect(state.rows == [.story(StoryID(0)), .story(StoryID(1))])
        for _ in 0..<5 { _ = press(.character("n"), on: &state) }
        #expect(state.search.currentMatch == 5)
        _ = press(.character("n"), on: &state)
        #expect(state.selectedStory == StoryID(1))
        #expect(state.search.currentMatch == 0)
        #expect(state.message == nil)
        #expect(state.isRead(StoryID(1)))
        _ = press(.character("n"), on: &state)
        #expect(state.selectedStory == StoryID(0))
        #expect(state.search.currentMatch == 0)
        #expect(state.message == "search hit BOTTOM, continuing at TOP")
        let line = state.paneMatches[0].line
        #expect(line >= state.paneOffset && line < state.paneOffset + state.layout.pane.height)
    }

    /// Scrolled away from the current match, n and N go from the view, as less and vim go from
    /// where the reader is: after End, n is the first match in view, not the one after the match
    /// last visited.
    @Test func nAndCapitalNGoFromWhereThePaneIsScrolled() {
        var state = searching("storm")
        #expect(state.paneMatches.map(\.line) == [7, 10, 13, 16, 19, 22])
        #expect(state.paneOffset == 3)  // the first match in view
        _ = press(.end, .character("n"), on: &state)
        #expect(state.search.currentMatch == 4)
        #expect(state.paneOffset == 19)
        _ = press(.character("n"), on: &state)
        #expect(state.search.currentMatch == 5)
        _ = press(.home, .character("n"), on: &state)
        #expect(state.search.currentMatch == 0)
        #expect(state.paneOffset == 3)
        _ = press(.end, .character("N"), on: &state)
        #expect(state.search.currentMatch == 5)
        #expect(state.selectedStory == StoryID(0))
        // In view, the current match is where they step from.
        _ = press(.character("N"), on: &state)
        #expect(state.search.currentMatch == 4)
    }

    @Test func capitalNBeforeAStorysFirstMatchGoesToThePreviousStorysLastMatch() {
        var state = searching("storm")
        _ = press(.character("N"), on: &state)
        #expect(state.selectedStory == StoryID(1))
        #expect(state.message == "search hit TOP, continuing at BOTTOM")
        _ = press(.character("N"), on: &state)
        #expect(state.selectedStory == StoryID(0))
        #expect(state.search.currentMatch == 5)
        let line = state.paneMatches[5].line
        #expect(line >= state.paneOffset && line < state.paneOffset + state.layout.pane.height)
    }

    @Test func nWithOneMatchingStoryWrapsWithinIt() {
        var state = searching("strike")
        let count = state.paneMatches.count
        for _ in 0..<count { _ = press(.character("n"), on: &state) }
        #expect(state.search.currentMatch == 0)
        #expect(state.message == "search hit BOTTOM, continuing at TOP")
    }
}
