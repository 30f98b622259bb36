import LedeCore
import LedeUI
import Testing

/// The place remembered for the next run keeps the text at the pane's top, so it comes back at
/// another terminal size (QA: kept at 120×35, reopened at 60×20 two paragraphs earlier).
@Suite struct PlaceAnchorReducerTests {
    func state(width: Int, height: Int) -> AppState {
        var state = AppState(library: ResizeAnchorReducerTests.library, size: Size(width: width, height: height))
        state.remembers = true
        state.placeKey = "/long"
        return state
    }

    func press(_ keys: Key..., on state: inout AppState) -> [Effect] {
        keys.flatMap { reduce(&state, .key($0)) }
    }

    func lastPlace(_ effects: [Effect]) -> Place? {
        effects.reversed().lazy.compactMap { effect -> Place? in
            if case .remember(.place(let place)) = effect { return place }
            return nil
        }.first
    }

    func topText(_ state: AppState) -> String { state.document!.lines[state.paneOffset].text }

    @Test func aPlaceKeptNarrowComesBackWideAtTheSameText() {
        var narrow = state(width: 40, height: 10)
        var effects = press(.enter, on: &narrow)
        for _ in 0..<30 { effects += press(.character("j"), on: &narrow) }
        let kept = lastPlace(effects)
        #expect(kept?.paneOffset == 30)
        #expect(kept?.anchor == TextAnchor(block: 6, offset: 83))
        #expect(topText(narrow) == "weather.")

        var wide = state(width: 80, height: 24)
        #expect(reduce(&wide, .stateLoaded(StoryMarks(), kept)) == [])
        #expect(wide.focus == .pane)
        #expect(wide.paneOffset == 18)
        #expect(topText(wide) == "crews who sail them in any weather.")
        // A line down and back up: the text kept is the text first kept, not the wide line's own start.
        effects = press(.character("j"), .character("k"), on: &wide)
        #expect(lastPlace(effects) == Place(pathsKey: "/long", story: wide.library.identity(of: StoryID(0)), inPane: true,
                                             paneOffset: 18, anchor: TextAnchor(block: 6, offset: 83), expanded: []))
    }

    /// A place kept before anchors were (schema v1): its line offset, as near as it goes.
    @Test func aPlaceWithoutAnAnchorGoesToItsLineOffset() {
        var wide = state(width: 80, height: 24)
        let old = Place(pathsKey: "/long", story: wide.library.identity(of: StoryID(0)), inPane: true, paneOffset: 30, expanded: [])
        #expect(reduce(&wide, .stateLoaded(StoryMarks(), old)) == [])
        #expect(wide.paneOffset == 30)
    }

    @Test func aPlaceAtTheTopHasNoAnchor() {
        var narrow = state(width: 40, height: 10)
        let effects = press(.enter, .character("j"), .character("k"), on: &narrow)
        #expect(lastPlace(effects)?.anchor == nil)
        #expect(lastPlace(effects)?.paneOffset == 0)
    }
}
