import LedeCore
import LedeTestSupport
@testable import LedeUI
import Testing

/// Searching while pages are still loading: the index of the pages loaded so far serves each key,
/// and a new one is built off the reader's thread, one build at a time.
@Suite struct SearchWhileLoadingTests {
    /// One page loaded of three, the prompt open with `query` typed.
    func typingWhileLoading(_ query: String) -> AppState {
        var state = AppState(library: Library(pages: [SampleLibrary.front]), size: Size(width: 100, height: 20))
        _ = reduce(&state, .loaded([], done: 1, total: 3))
        _ = reduce(&state, .key(.character("/")))
        for character in query { _ = reduce(&state, .key(.character(character))) }
        return state
    }

    @Test func pagesLoadingUnderATypedQueryKeepItsIndexAndAskForANewOne() {
        var state = typingWhileLoading("floo")
        let index = state.index
        #expect(index != nil)
        #expect(reduce(&state, .loaded([SampleLibrary.history], done: 2, total: 3)) == [.buildIndex])
        // The next key is searched in the index it had (no index is built on this thread for
        // it): the page just loaded is not in it yet.
        _ = reduce(&state, .key(.character("d")))
        #expect(state.index === index)
        #expect(state.matchCountText == "1 story")
        // The new index, once built, is searched again for the query in the prompt.
        _ = reduce(&state, .indexReady(SearchIndex(library: state.library)))
        #expect(state.index !== index)
        #expect(state.matchCountText == "2 stories")
    }

    @Test func pagesLoadingWithNoQueryTypedAskForNoIndexUntilTheLast() {
        var state = AppState(library: Library(pages: [SampleLibrary.front]), size: Size(width: 100, height: 20))
        #expect(reduce(&state, .loaded([SampleLibrary.history], done: 2, total: 3)) == [])
        #expect(reduce(&state, .loaded([], done: 3, total: 3)) == [.buildIndex])
    }

    @Test func aBuildAskedForWhileOneRunsStartsOnceWhenItEnds() {
        var builds = IndexBuilds()
        // Asked for three times: one starts at once, one more when it ends, then none.
        let answers = [builds.ask(), builds.ask(), builds.ask(), builds.ended(), builds.ended(), builds.ask()]
        #expect(answers == [true, false, false, true, false, true])
    }
}
