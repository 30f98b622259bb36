import LedeCore
import Testing

@Suite struct TextLayoutTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        #expect(TextLayout.wrap("the quick brown fox jumps over", width: 10) == ["the quick", "brown fox", "jumps over"])
    }

    @Test func splitsAWordLongerThanTheLine() {
        #expect(TextLayout.wrap("abcdefghij kl", width: 4) == ["abcd", "efgh", "ij", "kl"])
    }

    @Test func neverCutsAWideCharacterInHalf() {
        let lines = TextLayout.wrap("漢字漢字漢", width: 5)
        #expect(lines == ["漢字", "漢字", "漢"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 5 })
    }

    @Test func truncatesWithAnEllipsisByDisplayWidth() {
        #expect(TextLayout.truncate("Pakistan hits Taliban hard", width: 10) == "Pakistan …")
        #expect(TextLayout.truncate("漢字漢字", width: 6) == "漢字…")
        #expect(TextLayout.truncate("short", width: 10) == "short")
    }
}
