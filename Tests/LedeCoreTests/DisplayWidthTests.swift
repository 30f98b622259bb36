import LedeCore
import Testing

@Suite struct DisplayWidthTests {
    @Test func typographicPunctuationIsOneColumn() {
        for text in ["’", "“", "”", "—", "é", "…"] { #expect(DisplayWidth.of(text) == 1, "\(text)") }
    }

    @Test func cjkAndEmojiAreTwoColumns() {
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("🌊") == 2)
        #expect(DisplayWidth.of("「備え」") == 8)
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
    }

    @Test func asciiIsOneColumnEach() {
        #expect(DisplayWidth.of("hello, world") == 12)
        #expect(DisplayWidth.of("") == 0)
    }
}
