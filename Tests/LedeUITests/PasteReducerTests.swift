import LedeCore
import LedeTestSupport
@testable import LedeUI
import Testing

/// A paste is text for the search prompt, on one line and bounded as typing is; elsewhere it is
/// not run as keys.
@Suite struct PasteReducerTests {
    func state() -> AppState { AppState(library: SampleLibrary.library, size: Size(width: 120, height: 20)) }

    @Test func aPasteInThePromptIsItsTextOnOneLine() {
        var state = state()
        _ = reduce(&state, .key(.character("/")))
        _ = reduce(&state, .paste("ferry\r\ncrews\t\n"))
        #expect(state.search.query.text == "ferry crews  ")
        #expect(state.search.isEditing)
        #expect(state.message == nil)
    }

    @Test func aPasteIsCutToTheLongestQuery() {
        var state = state()
        _ = reduce(&state, .key(.character("/")))
        _ = reduce(&state, .paste(String(repeating: "harbour ", count: 100)))
        #expect(state.search.query.text.count == AppState.longestQuery)
        #expect(state.search.note == "query too long")
    }

    @Test func aPasteOutsideThePromptRunsNothing() {
        var state = state()
        let before = state.selectedStory
        let effects = reduce(&state, .paste("jjjsq"))
        #expect(effects.isEmpty)
        #expect(state.selectedStory == before)
        #expect(state.message == "a paste is text for the search: press / first")
    }
}
