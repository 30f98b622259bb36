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

    /// Cells hold their grapheme's scalars inline: accents, combining marks and CJK read back as
    /// written; emoji joined by zero-width joiners stay one cluster, and one longer than a cell
    /// holds is shown as its first scalar (its start could be another picture).
    @Test func cellsKeepTheirGraphemes() {
        var canvas = Canvas(size: Size(width: 12, height: 1))
        canvas.put("é e\u{301} 漢 Ω", x: 0, y: 0, style: .plain)
        #expect(canvas.lines == ["é e\u{301} 漢 Ω    "])
        #expect(canvas[0, 0].asciiValue == nil)
        #expect(canvas[1, 0].asciiValue == 0x20)
        #expect(Cell("👨\u{200D}👩\u{200D}👧").character == "👨\u{200D}👩\u{200D}👧")
        let family: Character = "👨\u{200D}👩\u{200D}👧\u{200D}👦"  // 7 scalars
        #expect(Cell(family).character == "👨")
        #expect(Cell(family) == Cell(family))
        // A skin tone would take cells of its own in the terminal; the joined laptop stays.
        #expect(Cell("👩\u{1F3FD}\u{200D}💻").scalars == ["👩", "\u{200D}", "💻"])
        #expect(Cell("e\u{301}\u{302}\u{303}\u{304}").scalars.count == 5)
        #expect(Cell("e\u{301}\u{302}\u{303}\u{304}\u{305}").scalars == ["e"])
        #expect(Cell("a") != Cell("b"))
    }

    /// น้ำ is one grapheme cluster, but a terminal draws its ำ in a column of its own: the canvas
    /// gives it a cell, so the vowel is not lost and what follows stays in its column.
    @Test func aSpacingVowelInsideAClusterGetsACellOfItsOwn() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        let end = canvas.put("น้ำa", x: 0, y: 0, style: .plain)
        #expect(end == 3)
        #expect(canvas[0, 0].character == "น้")
        #expect(canvas[1, 0].character == "ำ")
        #expect(canvas[2, 0].asciiValue == 0x61)
        #expect(canvas.lines == ["น้ำa   "])
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
