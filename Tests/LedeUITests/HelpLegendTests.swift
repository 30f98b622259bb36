import LedeCore
import LedeTestSupport
@testable import LedeUI
import Testing

/// The help screen says what the marks before a headline mean, with the keys in force.
@Suite struct HelpLegendTests {
    func helpScreen(_ keymap: Keymap = .standard) -> [String] {
        var state = AppState(library: SampleLibrary.library, size: Size(width: 100, height: 24))
        state.keymap = keymap
        _ = reduce(&state, .key(.character("?")))
        return Screen.render(state, theme: .builtIn).lines
    }

    @Test func helpOpensWithTheListsMarks() {
        #expect(Array(helpScreen()[0...4]) == [
            " Lede — keys                                                                                        ",
            "                                                                                                    ",
            " In the list: ▸ a teaser, a story's opening (x: keep reading); ? no clear article on the page,      ",
            " shown whole; ★ saved (s); dimmed: read.                                                            ",
            "                                                                                                    ",
        ])
    }

    @Test func theLegendNamesTheKeyInForce() throws {
        let keymap = try Keymap.standard.rebinding([(.toggleExpand, [.character("e")]), (.toggleSaved, [.character("w")])]) { message, _ in HelpError(message: message) }
        #expect(helpScreen(keymap)[2].hasPrefix(" In the list: ▸ a teaser, a story's opening (e: keep reading);"))
        #expect(helpScreen(keymap)[3].hasPrefix(" shown whole; ★ saved (w); dimmed: read."))
    }

    /// The search prompt's own keys, which the keymap does not hold, are listed after it.
    @Test func helpListsTheSearchPromptsKeys() throws {
        let lines = HelpView.lines(for: .standard, width: 99)
        let start = try #require(lines.firstIndex { $0.hasPrefix("In the search prompt") })
        #expect(Array(lines[start...(start + 4)]) == [
            "In the search prompt: type to filter, Enter keeps the results, Esc clears; ← → Home End (Ctrl-A",
            "Ctrl-E) move the cursor; Backspace and Delete delete a character, Ctrl-W the word before the",
            "cursor, Ctrl-U all before it; Alt-b Alt-f move a word back and on, Alt-Backspace and Alt-d delete",
            "one; ↑ ↓ (Ctrl-P Ctrl-N) bring back the searches kept earlier in this run.",
            "",
        ])
    }

    private struct HelpError: Error { var message: String }
}
