import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// The status line at 30, 40 and 80 columns: what matters most (the list position, the story's
/// scroll position, the help key) stays; the mode, then the word "help", give way first.
@Suite struct StatusLineWidthTests {
    func statusLine(width: Int, keys: [Key]) -> String {
        var state = AppState(library: SampleLibrary.library, size: Size(width: width, height: 8))
        for key in keys { _ = reduce(&state, .key(key)) }
        return Screen.render(state, theme: .builtIn).lines.last!
    }

    static let searchStorm: [Key] = [.character("/")] + "storm".map(Key.character) + [.enter, .enter]

    /// The list alone has room to spare at each width.
    @Test func theList() {
        #expect(statusLine(width: 80, keys: []) == " 1/4                                                              list · ? help ")
        #expect(statusLine(width: 40, keys: []) == " 1/4                      list · ? help ")
        #expect(statusLine(width: 30, keys: []) == " 1/4            list · ? help ")
    }

    /// Below 45 columns the right half used to go, scroll position and help key with it.
    @Test func aStoryOpen() {
        #expect(statusLine(width: 80, keys: [.enter, .pageDown]) == " 1/4                                                       35% · story · ? help ")
        #expect(statusLine(width: 40, keys: [.enter, .pageDown]) == " 1/4               24% · story · ? help ")
        #expect(statusLine(width: 30, keys: [.enter, .pageDown]) == " 1/4     18% · story · ? help ")
    }

    @Test func aStoryOpenFromASearch() {
        #expect(statusLine(width: 80, keys: Self.searchStorm) == " 1/2 · search “storm”: 2 stories · match 1/6                5% · story · ? help ")
        // Too narrow for all of the left beside any form: the shortest, and the left's longest
        // part cut, the match count kept (QA: it went first); narrower, that part left out.
        #expect(statusLine(width: 40, keys: Self.searchStorm) == " 1/2 · search “sto… · match 1/6 16% · ? ")
        #expect(statusLine(width: 30, keys: Self.searchStorm) == " 1/2 · match 1/6      18% · ? ")
    }

    /// The query being typed keeps its end; a count with no room beside it is left out whole,
    /// never cut to "3 stori".
    @Test func aSearchPromptTypedInAStoryAt20Columns() {
        let keys: [Key] = [.enter, .character("/")] + "the".map(Key.character)
        #expect(statusLine(width: 20, keys: keys) == "/the        Top · ? ")
        #expect(statusLine(width: 30, keys: keys) == "/the  3 stories  Top · ? help ")
    }

    @Test func theHelpScreen() {
        #expect(statusLine(width: 80, keys: [.character("?")]) == " j k Space b scroll · Esc q ? close                                  Top · help ")
        #expect(statusLine(width: 40, keys: [.character("?")]) == " j k Space b scroll · Esc q ? close Top ")
        #expect(statusLine(width: 30, keys: [.character("?")]) == " j k Space b scroll       Top ")
    }
}
