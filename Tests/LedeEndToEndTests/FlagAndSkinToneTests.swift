import Foundation
import LedeCore
import LedeTestSupport
import Testing

/// A flag (two regional-indicator letters) and an emoji with a skin tone reach the screen whole,
/// and the columns after them stay put.
@Suite(.serialized)
struct FlagAndSkinToneTests {
    @Test func aFlagAndASkinToneAreDrawnWhole() throws {
        let page = Fixtures.own("reader/flags-and-skin-tones.txt").path
        guard let session = try TmuxSession.startLede(page, width: 100, height: 12) else { return }
        let screen = try session.waitForStillScreen()
        // The headline in the list, and the story in the reading pane, every letter and tone in place.
        #expect(screen.contains { $0.hasSuffix("◂  Harbour fair 🇯🇵🇫🇷 thumbs 👍🏽 up") }, "\(screen)")
        #expect(screen.contains { $0.hasSuffix("│  The twin-town fair opened on the quay, plus a flag 🇯🇵🇫🇷") }, "\(screen)")
        #expect(screen.contains { $0.hasSuffix("│  and skin tone 👍🏽 on every stall, and the ferries ran") }, "\(screen)")
        // The divider stays in its column on every row: each cluster took the columns measured.
        expectDividerInColumn(40, on: screen)
        try session.press("C-c")
        #expect(try session.exitLine() == "EXIT=130 STTY=same")
    }
}
