@testable import LedeUI
import Testing

/// Which part of a query the prompt shows, and where in it the cursor stands, in display columns.
@Suite struct PromptWindowTests {
    func window(_ query: String, cursor: Int, width: Int) -> (String, Int) {
        let window = PromptWindow(query: query, cursor: cursor, width: width)
        return (window.text, window.cursorColumn)
    }

    @Test func aQueryThatFitsShowsWhole() {
        #expect(window("abc", cursor: 1, width: 10) == ("abc", 1))
        #expect(window("abcdefghij", cursor: 10, width: 10) == ("abcdefghij", 10))
    }

    /// With the cursor in the end, the end shows, as it did while the cursor could only be there.
    @Test func theCursorInTheEndShowsTheEnd() {
        let letters = "abcdefghijklmnopqrstuvwxyz"
        #expect(window(letters, cursor: 26, width: 10) == ("…rstuvwxyz", 10))
        #expect(window(letters, cursor: 17, width: 10) == ("…rstuvwxyz", 1))
    }

    /// Further back, windows half the prompt apart: the first that holds the cursor.
    @Test func theCursorFurtherBackShowsTheWindowHoldingIt() {
        let letters = "abcdefghijklmnopqrstuvwxyz"
        #expect(window(letters, cursor: 0, width: 10) == ("abcdefghi…", 0))
        #expect(window(letters, cursor: 8, width: 10) == ("abcdefghi…", 8))
        #expect(window(letters, cursor: 9, width: 10) == ("…fghijklm…", 5))
        #expect(window(letters, cursor: 13, width: 10) == ("…klmnopqr…", 4))
        #expect(window(letters, cursor: 16, width: 10) == ("…klmnopqr…", 7))
    }

    /// A wide character takes two columns and is never cut in half: a column is left spare.
    @Test func wideCharactersTakeTwoColumnsAndAreNeverCut() {
        let kanji = "漢字漢字漢字漢字"
        #expect(window(kanji, cursor: 8, width: 8) == ("…字漢字", 7))
        #expect(window(kanji, cursor: 5, width: 8) == ("…字漢字", 1))
        #expect(window(kanji, cursor: 0, width: 8) == ("漢字漢…", 0))
        #expect(window(kanji, cursor: 2, width: 8) == ("漢字漢…", 4))
        #expect(window(kanji, cursor: 3, width: 8) == ("…漢字漢…", 3))
        #expect(window(kanji, cursor: 4, width: 8) == ("…漢字漢…", 5))
    }

    /// Too narrow for a window with its "…": the text from the cursor on.
    @Test func aPromptTooNarrowForAWindowShowsFromTheCursor() {
        #expect(window("abc", cursor: 1, width: 1) == ("b", 0))
        #expect(window("abc", cursor: 3, width: 1) == ("…", 1))
    }
}
