@testable import LedeCore
import Testing

/// A page's log-odds measured against its own best lines: a page whose text the model doubts is
/// lifted, a clear one and a page with no text at all are left alone, and menus never move.
@Suite struct PageCalibrationTests {
    let lines = PageParser.split(["Home", "One two three four five six", "Seven eight nine ten eleven twelve",
                                  "Thirteen fourteen fifteen sixteen seventeen", "Contact us"].joined(separator: "\n"))

    @Test func aPageWhoseBestLinesAreConfidentIsLeftAlone() {
        let logits = [-3.0, 3.0, 2.5, 2.0, -2.0]
        #expect(PageCalibration.calibrated(logits, lines: lines) == logits)
    }

    @Test func aDoubtedPageIsLiftedButItsShortLinesAreNot() {
        // The best three long lines average 1.0: lifted by 1.5 (2.5 − 1.0).
        #expect(PageCalibration.calibrated([-3.0, 1.5, 1.0, 0.5, -2.0], lines: lines) == [-3.0, 3.0, 2.5, 2.0, -2.0])
        // Average −0.5: lifted by at most 1.5.
        #expect(PageCalibration.calibrated([-3.0, 0.0, -0.5, -1.0, -2.0], lines: lines) == [-3.0, 1.5, 1.0, 0.5, -2.0])
    }

    @Test func aPageWithNoTextToTheModelIsLeftToTheFallback() {
        let logits = [-3.0, -1.0, -1.5, -2.0, -2.0]
        #expect(PageCalibration.calibrated(logits, lines: lines) == logits)
    }
}
