import Foundation
import LedeTestSupport
import Testing

/// Reading story after story in a real terminal, on the sample pages built into `lede`.
@Suite(.serialized)
struct ReadingFlowTests {
    @Test func inOnePaneJGoesToTheNextStoryQGoesBackAndQAgainQuits() throws {
        guard let session = try TmuxSession.startLede(width: 60, height: 20) else { return }
        try session.press("Enter")
        try session.waitFor { $0.last?.contains("story · ? help") == true }
        try session.press("J")
        var screen = try session.waitFor { $0.last?.hasPrefix(" 2/4") == true }
        #expect(screen.contains { $0.contains("Ferry crews vote to strike over storm-duty pay") })
        #expect(screen.last?.hasSuffix("story · ? help") == true, "\(screen.last ?? "")")
        try session.press("q")
        screen = try session.waitFor { $0.last?.hasSuffix("list · ? help") == true }
        #expect(screen[0].hasPrefix("─ "), "the list: \(screen)")
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }

    @Test func capitalQQuitsFromAStory() throws {
        guard let session = try TmuxSession.startLede(width: 60, height: 20) else { return }
        try session.press("Enter")
        try session.waitFor { $0.last?.contains("story · ? help") == true }
        try session.press("Q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }

    @Test func spaceAtTheEndOfAStoryGoesOnToTheNext() throws {
        guard let session = try TmuxSession.startLede(width: 60, height: 20) else { return }
        try session.press("Enter", "G")
        try session.waitFor { $0.last?.contains("Bot · story") == true }
        try session.press("Space")
        let screen = try session.waitFor { $0.last?.hasPrefix(" 2/4") == true }
        #expect(screen.contains { $0.contains("Ferry crews vote to strike over storm-duty pay") })
        try session.press("Q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }

    @Test func anUnknownKeyShowsAOneLineHint() throws {
        guard let session = try TmuxSession.startLede(width: 100, height: 20) else { return }
        try session.press("z")
        let screen = try session.waitFor { $0.last?.contains("not a key") == true }
        #expect(screen.last?.hasPrefix(" z: not a key here — ? for help") == true, "\(screen.last ?? "")")
        // Keys the terminal names, which the reader has no use for, say so too (they were ignored).
        for (key, label) in [("F1", "F1"), ("DC", "Delete"), ("IC", "Insert"), ("F12", "F12")] {
            try session.press(key)
            let said = try session.waitFor { $0.last?.hasPrefix(" \(label): not a key here") == true }
            #expect(said.last?.hasPrefix(" \(label): not a key here — ? for help") == true, "\(said.last ?? "")")
        }
        try session.press("Q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }

    @Test func nAfterTheLastMatchGoesOnAndSaysWhenItWraps() throws {
        guard let session = try TmuxSession.startLede(width: 120, height: 40) else { return }
        try session.type("/ferry")
        try session.press("Enter")
        var screen = try session.waitFor { $0.last?.contains("search “ferry”: 2 stories") == true }
        let first = screen[0]
        // Step until the selection moves to the other story, then on until it wraps.
        for _ in 0..<20 where !(try session.screen().last?.contains("search hit BOTTOM") ?? false) {
            try session.press("n")
            Thread.sleep(forTimeInterval: 0.05)
        }
        screen = try session.waitFor { $0.last?.contains("search hit BOTTOM, continuing at TOP") == true }
        #expect(screen.last?.contains("search hit BOTTOM, continuing at TOP") == true, "\(screen.last ?? "")")
        #expect(screen[0] == first, "back on the first result")
        try session.press("Q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }
}
