import Foundation
import LedeCore
import LedeTestSupport
import Testing

/// A Thai vowel that the grapheme rules join to the letter before it but a terminal draws in a
/// column of its own (ำ in น้ำ, "water") reaches the screen, and the columns after it stay put.
@Suite(.serialized)
struct ThaiVowelTests {
    @Test func aSpacingVowelJoinedToItsLetterIsDrawnAndTakesItsColumn() throws {
        let page = Fixtures.own("reader/thai-vowels.txt").path
        guard let session = try TmuxSession.startLede(page, width: 100, height: 12) else { return }
        let screen = try session.waitForStillScreen()
        // The headline, in the list and in the reading pane, with every ำ in it.
        #expect(screen.contains { $0.contains("ระดับน้ำในแม่น้ำ") }, "\(screen)")
        #expect(screen.contains { $0.contains("  ระดับน้ำในแม่น้ำลดลงแล้ว") }, "\(screen)")
        // The divider stays in its column on every row: each cluster took the columns measured.
        expectDividerInColumn(40, on: screen)
        try session.press("C-c")
        #expect(try session.exitLine() == "EXIT=130 STTY=same")
    }
}
