import LedeCore
import LedeUI
import Testing

@Suite struct CanvasTests {
    @Test func wideCharactersTakeTwoCellsAndReadBackWhole() {
        var canvas = Canvas(size: Size(width: 8, height: 1))
        let end = canvas.put("a漢b", x: 0, y: 0, style: .plain)
        #expect(end == 4)
        #expect(canvas.lines == ["a漢b    "])
        #expect(canvas[2, 0].isContinuation)
    }

    /// Cells hold their grapheme's bytes inline: accents, combining marks and CJK read back as
    /// written, and a cluster longer than 15 bytes keeps its first scalars (all the terminal gets).
    @Test func cellsKeepTheirGraphemes() {
        var canvas = Canvas(size: Size(width: 12, height: 1))
        canvas.put("é e\u{301} 漢 Ω", x: 0, y: 0, style: .plain)
        #expect(canvas.lines == ["é e\u{301} 漢 Ω    "])
        #expect(canvas[0, 0].asciiValue == nil)
        #expect(canvas[1, 0].asciiValue == 0x20)
        let family: Character = "👨\u{200D}👩\u{200D}👧\u{200D}👦"  // 25 bytes
        #expect(Cell(family).character == "👨\u{200D}👩\u{200D}")
        #expect(Cell(family) == Cell(family))
        #expect(Cell("a") != Cell("b"))
    }

    @Test func aWideCharacterThatDoesNotFitIsLeftOut() {
        var canvas = Canvas(size: Size(width: 3, height: 1))
        canvas.put("ab漢", x: 0, y: 0, style: .plain)
        #expect(canvas.lines == ["ab "])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.put("漢字", x: 0, y: 0, style: .plain)
        canvas.put("x", x: 1, y: 0, style: .plain)
        #expect(canvas.lines == [" x字"])
    }
}
