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
