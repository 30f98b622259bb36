import Foundation
import LedeTestSupport
import Testing

/// Wide characters in a real terminal: a frame that sends only the changed cells must leave the
/// screen exactly as a full repaint (Ctrl-L) draws it.
@Suite(.serialized)
struct WideCharacterRedrawTests {
    /// Scrolls `keys` through the story, then compares the screen with the one after Ctrl-L.
    func checkScrolling(width: Int, height: Int, open: [String], keys: [String]) throws {
        let page = Fixtures.own("reader/cjk-story.txt").path
        guard let session = try TmuxSession.startLede(page, width: width, height: height) else { return }
        for key in open + keys { try session.press(key) }
        let scrolled = try session.waitForStillScreen()
        #expect(scrolled.contains { $0.contains("번째 문단") }, "the story is open: \(scrolled)")
        try session.press("C-l")
        // Curses clears the screen before it repaints: wait for a whole frame (its status line),
        // then for it to be still. A correct screen does not change, so this waits out the timeout.
        try session.waitFor(timeout: 2) { $0 != scrolled && $0.last?.contains("? help") == true }
        let repainted = try session.waitForStillScreen()
        for row in 0..<max(scrolled.count, repainted.count) {
            let seen = row < scrolled.count ? scrolled[row] : "(missing)"
            let whole = row < repainted.count ? repainted[row] : "(missing)"
            #expect(seen == whole, "row \(row) after scrolling differs from the repaint")
        }
        try session.press("C-c")
        #expect(try session.exitLine() == "EXIT=130 STTY=same")
    }

    @Test func scrollingACJKStoryWithJAndKLeavesNoHoles() throws {
        try checkScrolling(width: 80, height: 24, open: ["Enter"], keys: ["j", "j", "j", "k", "j", "k", "k"])
    }

    @Test func scrollingACJKStoryInTheSplitPaneLeavesNoHoles() throws {
        try checkScrolling(width: 120, height: 30, open: ["Tab"], keys: ["j", "j", "k", "j", "j", "j", "k"])
    }
}
