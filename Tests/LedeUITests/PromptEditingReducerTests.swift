import LedeCore
import LedeTestSupport
@testable import LedeUI
import Testing

/// The search prompt edits as readline does: a cursor that ← → Home End (Ctrl-A Ctrl-E) move,
/// text typed and pasted at it, Backspace and Delete either side of it, Ctrl-U and Ctrl-W
/// before it. The cursor counts characters, so a wide CJK character is one step.
@Suite struct PromptEditingReducerTests {
    func typing(_ text: String) -> AppState {
        var state = AppState(library: SampleLibrary.library, size: Size(width: 60, height: 8))
        _ = reduce(&state, .key(.character("/")))
        press(text.map { .character($0) }, in: &state)
        return state
    }

    func press(_ keys: [Key], in state: inout AppState) {
        for key in keys { _ = reduce(&state, .key(key)) }
    }

    func line(_ state: AppState) -> String {
        let text = state.search.query.text
        return String(text.prefix(state.search.cursor)) + "|" + String(text.dropFirst(state.search.cursor))
    }

    @Test func typedTextGoesInAtTheCursorAndTheSearchRunsOnIt() {
        var state = typing("stom")
        #expect(line(state) == "stom|")
        #expect(state.matchCountText == "no stories")
        press([.left], in: &state)
        #expect(line(state) == "sto|m")
        press([.character("r")], in: &state)
        #expect(line(state) == "stor|m")
        #expect(state.matchCountText != "no stories")
        #expect(state.matchCountText == typing("storm").matchCountText)
        #expect(state.search.hits?.map(\.id) == typing("storm").search.hits?.map(\.id))
    }

    @Test func leftAndRightStopAtTheEnds() {
        var state = typing("ab")
        press([.left, .left, .left], in: &state)
        #expect(line(state) == "|ab")
        press([.right], in: &state)
        #expect(line(state) == "a|b")
        press([.right, .right], in: &state)
        #expect(line(state) == "ab|")
    }

    @Test func homeEndAndCtrlACtrlEGoToTheStartAndTheEnd() {
        var state = typing("storm gates")
        press([.home], in: &state)
        #expect(line(state) == "|storm gates")
        press([.end], in: &state)
        #expect(line(state) == "storm gates|")
        press([.control("a")], in: &state)
        #expect(line(state) == "|storm gates")
        press([.control("e")], in: &state)
        #expect(line(state) == "storm gates|")
    }

    /// Moving the cursor finds nothing new: the hits and the selection stay as they were.
    @Test func movingTheCursorLeavesTheResultsAlone() {
        var state = typing("ferry")
        let hits = state.search.hits?.map(\.id)
        let selected = state.selectedStory
        press([.left, .left, .home, .right], in: &state)
        #expect(state.search.hits?.map(\.id) == hits)
        #expect(state.selectedStory == selected)
        #expect(state.search.isEditing)
    }

    @Test func backspaceDeletesTheCharacterBeforeTheCursor() {
        var state = typing("storms gates")
        #expect(state.matchCountText == "no stories")
        press([.home] + Array(repeating: .right, count: 6), in: &state)
        press([.backspace], in: &state)
        #expect(line(state) == "storm| gates")
        #expect(state.matchCountText != "no stories")
        #expect(state.matchCountText == typing("storm gates").matchCountText)
    }

    /// At the start of a query, Backspace has nothing before it: the query and the prompt stay
    /// (only an empty query's Backspace closes the prompt, as in less).
    @Test func backspaceAtTheStartDoesNothing() {
        var state = typing("storm")
        press([.home, .backspace], in: &state)
        #expect(line(state) == "|storm")
        #expect(state.search.isEditing)
        press([.delete, .delete, .delete, .delete, .delete, .backspace], in: &state)
        #expect(!state.search.isEditing)
    }

    @Test func deleteDeletesTheCharacterUnderTheCursor() {
        var state = typing("storm gates")
        press([.home, .delete], in: &state)
        #expect(line(state) == "|torm gates")
        press([.end, .delete], in: &state)
        #expect(line(state) == "torm gates|")
        press([.left, .left, .delete], in: &state)
        #expect(line(state) == "torm gat|s")
    }

    @Test func ctrlUDeletesFromTheStartToTheCursor() {
        var state = typing("zzz gates")
        #expect(state.matchCountText == "no stories")
        press(Array(repeating: .left, count: 5), in: &state)
        press([.control("u")], in: &state)
        #expect(line(state) == "|gates")
        #expect(state.matchCountText != "no stories")
        #expect(state.matchCountText == typing("gates").matchCountText)
        press([.end, .control("u")], in: &state)
        #expect(line(state) == "|")
        #expect(state.search.isEditing)
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursor() {
        var state = typing("storm surge  gates")
        press(Array(repeating: .left, count: 5), in: &state)
        press([.control("w")], in: &state)
        #expect(line(state) == "storm |gates")
        press([.control("w")], in: &state)
        #expect(line(state) == "|gates")
        press([.control("w")], in: &state)
        #expect(line(state) == "|gates")
    }

    /// Alt-b and Alt-f move by words of letters and digits, as readline's backward-word and
    /// forward-word: a hyphen or a quote parts words, as spaces do.
    @Test func altBAndAltFMoveByWords() {
        var state = typing("storm-surge  \"gates\"")
        press([.alt("b")], in: &state)
        #expect(line(state) == "storm-surge  \"|gates\"")
        press([.alt("b")], in: &state)
        #expect(line(state) == "storm-|surge  \"gates\"")
        press([.alt("b"), .alt("b"), .alt("b")], in: &state)
        #expect(line(state) == "|storm-surge  \"gates\"")
        press([.alt("f")], in: &state)
        #expect(line(state) == "storm|-surge  \"gates\"")
        press([.alt("f"), .alt("f")], in: &state)
        #expect(line(state) == "storm-surge  \"gates|\"")
        press([.alt("f")], in: &state)
        #expect(line(state) == "storm-surge  \"gates\"|")
        // Moving alone finds nothing new: the search is the one already run.
        #expect(state.matchCountText == typing("storm-surge  \"gates\"").matchCountText)
    }

    @Test func altDAndAltBackspaceDeleteAWordEitherSideOfTheCursor() {
        var state = typing("storm surge gates")
        press([.home, .alt("f")], in: &state)
        #expect(line(state) == "storm| surge gates")
        press([.alt("d")], in: &state)
        #expect(line(state) == "storm| gates")
        #expect(state.matchCountText == typing("storm gates").matchCountText)
        press([.alt(Key.altBackspace)], in: &state)
        #expect(line(state) == "| gates")
        press([.alt(Key.altBackspace)], in: &state)
        #expect(line(state) == "| gates")
        press([.end, .alt("d")], in: &state)
        #expect(line(state) == " gates|")
        // Outside the prompt an Alt chord is no key, said so as any other.
        press([.escape, .alt("b")], in: &state)
        #expect(state.message == "Alt-b: not a key here — ? for help")
    }

    /// A query past sixteen words says the rest do not count (QA: they were left out silently).
    @Test func wordsPastTheSixteenthAreSaidNotToCount() {
        var state = typing(Array(repeating: "storm", count: 16).joined(separator: " "))
        #expect(state.search.note == nil)
        press(" gates".map { .character($0) }, in: &state)
        #expect(state.search.note == "only the first 16 words count")
    }

    /// Alt with a control key, or with a key curses names, does nothing in the prompt: the
    /// prompt stays open (QA: Alt-Enter closed it and opened the story).
    @Test func otherAltChordsLeaveThePromptAsItIs() {
        var state = typing("storm")
        press([.alt("\r"), .alt("\t"), .alt("\u{17}"), .unbound("Alt-↑"), .alt(" ")], in: &state)
        #expect(state.search.isEditing)
        #expect(line(state) == "storm|")
        #expect(Key.alt("\r").label == "Alt-Enter")
        #expect(Key.alt("\t").label == "Alt-Tab")
        #expect(Key.alt("\u{17}").label == "Alt-Ctrl-W")
        #expect(Key.alt(" ").label == "Alt-Space")
        #expect(Key.alt(Key.altBackspace).label == "Alt-Backspace")
    }

    /// A wide character is one character: one step of the cursor, one Backspace or Delete.
    @Test func wideCharactersAreOneStepEach() {
        var state = typing("童話")
        #expect(line(state) == "童話|")
        press([.left], in: &state)
        #expect(line(state) == "童|話")
        press([.character("の")], in: &state)
        #expect(line(state) == "童の|話")
        press([.backspace], in: &state)
        #expect(line(state) == "童|話")
        press([.delete], in: &state)
        #expect(line(state) == "童|")
        press([.home, .right], in: &state)
        #expect(line(state) == "童|")
    }

    @Test func aPasteGoesInAtTheCursor() {
        var state = typing("ferry")
        press([.home], in: &state)
        _ = reduce(&state, .paste("crews\n"))
        #expect(line(state) == "crews |ferry")
    }

    /// The longest query holds wherever the cursor is: a key typed in the middle of a full
    /// query is refused, and a paste there is cut to the room left.
    @Test func theLongestQueryHoldsWithTheCursorInTheMiddle() {
        let full = String(repeating: "a", count: AppState.longestQuery)
        var state = typing(full)
        press([.home], in: &state)
        press([.character("b")], in: &state)
        #expect(state.search.query.text == full)
        #expect(state.search.note == "query too long")
        press([.delete, .delete], in: &state)
        _ = reduce(&state, .paste("xyz"))
        #expect(line(state) == "xy|" + full.dropFirst(2))
        #expect(state.search.note == "query too long")
        // The prompt says so in place of the count, until the next edit.
        let status = Screen.render(state, theme: .builtIn).lines.last ?? ""
        #expect(status.contains("  query too long "), "\(status)")
        press([.backspace], in: &state)
        #expect(state.search.note == nil)
        // A prompt opened again starts without it (QA: "/  query too long").
        _ = reduce(&state, .paste(String(repeating: "b", count: 10)))
        #expect(state.search.note == "query too long")
        press([.enter, .character("/")], in: &state)
        #expect(state.search.note == nil)
    }
}
