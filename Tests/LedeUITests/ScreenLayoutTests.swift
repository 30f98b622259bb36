import LedeUI
import Testing

/// How the list and the pane share a wide terminal: the pane keeps a story's measure with a
/// margin, and the list takes the columns past that, as headlines need them.
@Suite struct ScreenLayoutTests {
    func widths(_ width: Int) -> (list: Int, pane: Int) {
        let layout = ScreenLayout(size: Size(width: width, height: 30))
        return (layout.list.width, layout.pane.width)
    }

    @Test func upTo150ColumnsTheListHasTwoFifthsAtMost60() {
        #expect(widths(100) == (40, 59))
        #expect(widths(120) == (48, 71))
        #expect(widths(150) == (60, 89))
    }

    @Test func widerTheListGrowsAndThePaneKeepsAComfortableWidth() {
        #expect(widths(160) == (69, 90))
        #expect(widths(200) == (109, 90))
    }

    @Test func veryWideTheListStopsAtThreeFifths() {
        #expect(widths(300) == (180, 119))
    }

    @Test func belowTheSplitWidthTheListFillsTheScreen() {
        let layout = ScreenLayout(size: Size(width: 99, height: 30))
        #expect(!layout.isSplit)
        #expect(layout.list.width == 99)
    }
}
