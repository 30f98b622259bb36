import Foundation
import LedeTestSupport
import Testing

/// Resizing between two panes and one, in a real terminal: whatever the key history, the view
/// that had the focus is the one left on screen, and the keys act on what is shown.
@Suite(.serialized)
struct ResizeFocusTests {
    @Test func shrinkingWithThePaneFocusedKeepsTheStoryOnScreen() throws {
        guard let session = try TmuxSession.startLede(width: 120, height: 40) else { return }
        try session.press("Enter")
        try session.waitFor { $0.last?.contains("· pane · ? help") == true }
        try session.resize(width: 60, height: 20)
        var screen = try session.waitFor { $0.count == 20 && $0.last?.contains("story · ? help") == true }
        #expect(screen.last?.contains("Top · story · ? help") == true, "\(screen)")
        #expect(screen.contains { $0.contains("The storm that crossed the estuary") })
        // j scrolls the story that is shown, not a hidden one.
        try session.press("j")
        screen = try session.waitFor { $0.last?.contains("Top · story") == false }
        #expect(screen.last?.contains("story · ? help") == true, "\(screen)")
        #expect(screen.last?.contains("Top") == false, "\(screen)")
        try session.press("C-c")
        #expect(try session.exitLine() == "EXIT=130 STTY=same")
    }

    /// Narrowing a terminal with a story open from a search: the status line keeps the list's
    /// and the story's positions and the help key, giving up the mode and the word "help" first.
    @Test func narrowingKeepsThePositionsAndTheHelpKeyInTheStatusLine() throws {
        guard let session = try TmuxSession.startLede(width: 80, height: 20) else { return }
        try session.type("/storm")
        try session.press("Enter")
        try session.waitFor { $0.last?.contains("search “storm”") == true }
        try session.press("Enter")
        var screen = try session.waitFor { $0.last?.hasSuffix("All · story · ? help") == true }
        #expect(screen.last?.hasSuffix("All · story · ? help") == true, "\(screen)")
        try session.resize(width: 40, height: 20)
        screen = try session.waitFor { $0.last == " 1/4 · search “sto… · match 1/2 All · ?" }
        #expect(screen.last == " 1/4 · search “sto… · match 1/2 All · ?", "\(screen)")
        try session.resize(width: 30, height: 20)
        screen = try session.waitFor { $0.last == " 1/4 · match 1/2      All · ?" }
        #expect(screen.last == " 1/4 · match 1/2      All · ?", "\(screen)")
        try session.press("C-c")
        #expect(try session.exitLine() == "EXIT=130 STTY=same")
    }

    @Test func shrinkingWithTheListFocusedShowsTheListEvenIfAStoryWasOpenBefore() throws {
        guard let session = try TmuxSession.startLede(width: 60, height: 20) else { return }
        try session.press("Enter")
        try session.waitFor { $0.last?.contains("story · ? help") == true }
        try session.resize(width: 120, height: 40)
        try session.waitFor { $0.count == 40 && $0.last?.contains("pane · ? help") == true }
        try session.press("Tab")
        try session.waitFor { $0.last?.contains("list · ? help") == true }
        try session.resize(width: 60, height: 20)
        let screen = try session.waitFor { $0.count == 20 && $0.last?.contains("· ? help") == true && !$0.contains { $0.contains("│") } }
        #expect(screen.last?.hasSuffix("list · ? help") == true, "\(screen)")
        #expect(screen[0].hasPrefix("─ "), "the list with its group header: \(screen)")
        try session.press("C-c")
        #expect(try session.exitLine() == "EXIT=130 STTY=same")
    }
}
