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

    @Test func aSpacingVowelJoinedToItsLetterTakesAColumnOfItsOwn() {
        // น้ำ is one cluster, but a terminal gives ำ (U+0E33) a cell: three scalars, two columns.
        #expect(DisplayWidth.of(Character("น้ำ")) == 2)
        #expect(DisplayWidth.cells(of: Character("น้ำ")) == ["น้", "ำ"])
        #expect(DisplayWidth.of("แม่น้ำโขง") == 7)
        // Devanagari कि: the vowel sign ि (U+093F) is a spacing mark.
        #expect(DisplayWidth.of(Character("कि")) == 2)
        // A terminal draws a flag's letters and a skin tone in cells of their own (tmux: 🇯🇵 in
        // two one-column cells, 👍🏽 in two wide ones); joined pictographs stay one picture.
        #expect(DisplayWidth.cells(of: Character("🇯🇵")) == ["🇯", "🇵"])
        #expect(DisplayWidth.of(Character("🇯🇵")) == 2)
        #expect(DisplayWidth.cells(of: Character("👍🏽")) == ["👍", "🏽"])
        #expect(DisplayWidth.of(Character("👍🏽")) == 4)
        #expect(DisplayWidth.of(Character("👨‍👩‍👧")) == 2)
    }

    @Test func asciiIsOneColumnEach() {
        #expect(DisplayWidth.of("hello, world") == 12)
        #expect(DisplayWidth.of("") == 0)
    }
}
