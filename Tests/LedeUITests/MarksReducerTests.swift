import Foundation
import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// Read marks, saved stories and the place, through the pure reducer.
@Suite struct MarksReducerTests {
    func state(width: Int = 120, height: Int = 20) -> AppState {
        var state = AppState(library: SampleLibrary.library, size: Size(width: width, height: height))
        state.remembers = true
        return state
    }

    func press(_ keys: Key..., on state: inout AppState) -> [Effect] {
        keys.flatMap { reduce(&state, .key($0)) }
    }

    func identity(_ number: Int, in state: AppState) -> StoryIdentity { state.library.identity(of: StoryID(number)) }

    @Test func openingAStoryMarksItReadOnceAndAsksToRememberIt() {
        var state = state()
        #expect(press(.enter, on: &state) == [.remember(.read(identity(0, in: state), true))])
        #expect(state.isRead(StoryID(0)))
        #expect(press(.escape, .enter, on: &state) == [])
    }

    @Test func aStoryReadInAnEarlierRunIsDimmedOnceTheMarksArrive() {
        var state = state()
        _ = reduce(&state, .stateLoaded(StoryMarks(read: [identity(1, in: state)]), nil))
        let canvas = Screen.render(state, theme: .builtIn)
        #expect(canvas[3, 2].style == Theme.builtIn.style(.readItem))
        #expect(canvas[3, 3].style == Theme.builtIn.style(.listItem))
    }

    @Test func clickingIntoTheStoryMarksItRead() {
        var state = state()
        let effects = reduce(&state, .mouse(MouseEvent(.press, x: 80, y: 5)))
        #expect(state.focus == .pane)
        #expect(effects == [.remember(.read(identity(0, in: state), true))])
    }

    @Test func wheelingTheListFromTheStoryBrowsesTheListAndOpeningWhatItBringsUpMarksIt() throws {
        var state = state()
        _ = reduce(&state, .mouse(MouseEvent(.press, x: 80, y: 5)))
        #expect(state.focus == .pane)
        _ = reduce(&state, .mouse(MouseEvent(.wheelDown, x: 5, y: 3)))
        #expect(state.focus == .list)
        let shown = try #require(state.selectedStory)
        #expect(shown != StoryID(0) && !state.isRead(shown))
        #expect(press(.enter, on: &state) == [.remember(.read(identity(shown.rawValue, in: state), true))])
    }

    @Test func keepReadingIntoTheFullArticleOnAnotherPageMarksThatArticleReadToo() {
        var state = state()
        // The teaser "The flood that made the barrier" (2), whose full article is on the history page (3).
        let effects = press(.character("j"), .character("j"), .character("x"), on: &state)
        #expect(state.library.linkedArticle(for: StoryID(2)) == StoryID(3))
        #expect(effects.contains(.remember(.read(identity(2, in: state), true))))
        #expect(effects.contains(.remember(.read(identity(3, in: state), true))))
        #expect(state.isRead(StoryID(2)) && state.isRead(StoryID(3)))
        // "Show less" leaves both read.
        _ = press(.character("x"), on: &state)
        #expect(state.isRead(StoryID(3)))
    }

    @Test func mTogglesReadAndUnread() {
        var state = state()
        #expect(press(.character("m"), on: &state) == [.remember(.read(identity(0, in: state), true))])
        #expect(state.message == "marked read")
        #expect(press(.character("m"), on: &state) == [.remember(.read(identity(0, in: state), false))])
        #expect(!state.isRead(StoryID(0)))
        #expect(state.message == "marked unread")
    }

    @Test func sSavesACopyOfTheStoryAndAgainUnsavesIt() throws {
        var state = state()
        let effects = press(.character("j"), .character("s"), on: &state)
        guard case .remember(.saved(let saved, let copy?))? = effects.first else { Issue.record("\(effects)"); return }
        #expect(saved == identity(1, in: state))
        #expect(copy.story == SampleLibrary.front.stories[1])
        #expect(copy.pagePath == "front.txt")
        #expect(state.isSaved(StoryID(1)))
        _ = press(.character("x"), on: &state)
        #expect(Screen.render(state, theme: .builtIn).lines.last?.hasPrefix(" 2/4 saved ") == true)
        #expect(press(.character("s"), on: &state) == [.remember(.saved(identity(1, in: state), nil))])
        #expect(!state.isSaved(StoryID(1)))
    }

    @Test func uShowsUnreadStoriesOnlyAndAgainEverything() {
        var state = state()
        _ = press(.character("m"), .character("j"), .character("m"), .character("U"), on: &state)
        #expect(state.filter == .unread)
        #expect(state.rows == [.group(page: 0), .story(StoryID(2)), .gap, .story(StoryID(3))])
        #expect(state.listPosition == (1, 2))
        _ = press(.character("U"), on: &state)
        #expect(state.rows.count == 6)
    }

    @Test func bigSShowsSavedStoriesWithCopiesOfThoseNotLoaded() {
        var state = state()
        let gone = Story(kind: .article, headline: "Gone but saved", paragraphs: ["Its file was deleted."])
        let copy = SavedStory(identity: StoryIdentity(gone), story: gone, pagePath: "/old/page.txt", pageTitle: "Old")
        _ = reduce(&state, .stateLoaded(StoryMarks(saved: [copy.identity: copy]), nil))
        _ = press(.character("s"), on: &state)
        let effects = press(.character("S"), on: &state)
        #expect(effects.contains(.buildIndex))
        #expect(state.rows.compactMap(\.storyID).map { state.library.story($0).headline } == ["Barrier holds as the city counts the cost", "Gone but saved"])
        #expect(state.emptyNote.isEmpty == false)
    }

    @Test func bigSTwiceLeavesTheSavedCopiesOutOfTheFullList() {
        var state = state()
        let gone = Story(kind: .article, headline: "Gone but saved", paragraphs: ["Its file was deleted."])
        let copy = SavedStory(identity: StoryIdentity(gone), story: gone, pagePath: "/old/page.txt", pageTitle: "Old")
        _ = reduce(&state, .stateLoaded(StoryMarks(saved: [copy.identity: copy]), nil))
        let everything = state.rows
        _ = press(.character("S"), .character("S"), on: &state)
        #expect(state.filter == .all)
        #expect(state.rows == everything)
        #expect(state.listPosition == (1, 4))
        // Nor does a search outside the saved-only list find the copy; inside it, it does.
        _ = press(.character("/"), .character("g"), .character("o"), .character("n"), .character("e"), on: &state)
        #expect(state.search.hits?.isEmpty == true)
        _ = press(.escape, .character("S"), .character("/"), .character("g"), .character("o"), .character("n"), .character("e"), on: &state)
        #expect(state.search.hits?.map { state.library.story($0.id).headline } == ["Gone but saved"])
    }

    @Test func savingWithoutStateSaysTheCopyLastsThisRunOnly() {
        var state = state()
        state.remembers = false
        _ = press(.character("s"), on: &state)
        #expect(state.message == "saved for this run only (state is off) — S lists saved stories")
        var remembering = self.state()
        _ = press(.character("s"), on: &remembering)
        #expect(remembering.message == "saved — S lists saved stories")
    }

    /// A state database that cannot be opened turns state off: it is said, and a save after it
    /// no longer claims to last (a write problem alone does not: later writes may go through).
    @Test func aStateDatabaseThatCannotBeOpenedTurnsStateOff() {
        var state = state()
        _ = reduce(&state, .stateProblem("state not saved: disk full"))
        _ = press(.character("s"), on: &state)
        #expect(state.message == "saved — S lists saved stories")
        var off = self.state()
        _ = reduce(&off, .stateOff("state not saved: /ro/state.db: attempt to write a readonly database"))
        #expect(off.message == "state not saved: /ro/state.db: attempt to write a readonly database")
        _ = press(.character("s"), on: &off)
        #expect(off.message == "saved for this run only (state is off) — S lists saved stories")
    }

    @Test func savedOnlyChosenBeforeTheMarksArriveFillsInWhenTheyDo() {
        var state = state()
        let gone = Story(kind: .article, headline: "Gone but saved", paragraphs: ["Its file was deleted."])
        let copy = SavedStory(identity: StoryIdentity(gone), story: gone, pagePath: "/old/page.txt", pageTitle: "Old")
        _ = press(.character("S"), on: &state)
        #expect(state.rows.isEmpty)
        #expect(reduce(&state, .stateLoaded(StoryMarks(saved: [copy.identity: copy]), nil)) == [.buildIndex])
        #expect(state.rows == [.story(StoryID(4))])
        #expect(state.selectedStory == StoryID(4))
    }

    @Test func dotJumpsToTheNextUnreadStoryAndWrapsToTheTop() {
        var state = state()
        _ = press(.character("j"), .character("m"), on: &state)
        _ = press(.character("g"), .character("."), on: &state)
        #expect(state.selectedStory == StoryID(2))
        _ = press(.character("."), .character("."), on: &state)
        #expect(state.selectedStory == StoryID(0))
        #expect(state.message == "no unread stories below, continuing at the top")
    }

    /// The order wraps round to the selection itself: it is not "below" or "at the top".
    @Test func dotOnTheOnlyUnreadStorySaysThereIsNoOther() {
        var state = state()
        let others = Set((1...3).map { identity($0, in: state) })
        _ = reduce(&state, .stateLoaded(StoryMarks(read: others), nil))
        _ = press(.character("g"), .character("."), on: &state)
        #expect(state.selectedStory == StoryID(0))
        #expect(state.message == "no other unread story")
    }

    @Test func groupHeadingsCountNewStoriesWhenLedeRemembers() {
        var state = state()
        _ = press(.enter, on: &state)
        let screen = Screen.render(state, theme: .builtIn).lines
        #expect(screen[0].hasPrefix("─ Harbour front · 2 new ─"), "\(screen[0])")
    }

    @Test func thePlaceIsRememberedAsItChangesAndRestoredFromTheLastRun() {
        var state = state()
        state.placeKey = "/pages"
        let effects = press(.character("j"), .character("x"), on: &state)
        let place = Place(pathsKey: "/pages", story: identity(1, in: state), inPane: false, paneOffset: 0, expanded: [identity(1, in: state)])
        #expect(effects.last == .remember(.place(place)))

        var next = self.state(height: 8)
        next.placeKey = "/pages"
        let stored = Place(pathsKey: "/pages", story: identity(0, in: next), inPane: true, paneOffset: 3, expanded: [identity(2, in: next)])
        #expect(reduce(&next, .stateLoaded(StoryMarks(), stored)) == [])
        #expect(next.selectedStory == StoryID(0))
        #expect(next.focus == .pane)
        #expect(next.expanded == [StoryID(2)])
        #expect(next.paneOffset == 3)
    }

    @Test func aPlaceWhoseStoryLoadsLaterIsRestoredThenUnlessTheReaderMoved() {
        var state = AppState(library: Library(pages: [SampleLibrary.front]), size: Size(width: 120, height: 20))
        state.remembers = true
        state.placeKey = "/pages"
        let later = Library(pages: [SampleLibrary.history]).identity(of: StoryID(0))
        _ = reduce(&state, .stateLoaded(StoryMarks(), Place(pathsKey: "/pages", story: later, inPane: false, paneOffset: 0, expanded: [])))
        #expect(state.selectedStory == StoryID(0))
        _ = reduce(&state, .loaded([SampleLibrary.history], done: 2, total: 2))
        #expect(state.selectedStory == StoryID(3))
    }
}
