import Foundation
import LedeTestSupport
import Testing

/// A resize in a real terminal keeps the text at the top of the story (QA: at 40×10, 30 lines
/// into a long story, widening to 80×24 put the top two paragraphs further on, the text that
/// was on screen skipped).
@Suite(.serialized)
struct ResizeKeepsTextTests {
    @Test func wideningAndNarrowingAgainKeepTheTopText() throws {
        guard let page = Fixtures.sharedFile("corpus/real/1f765c48780665e89cc3af1f7c9af47876e9fae9b5be4a936b0649e10f5e3198.txt"),
              let session = try TmuxSession.startLede("'\(page.path)'", width: 40, height: 10) else { return }
        try session.press("Enter")
        try session.waitFor { $0.last?.contains("story · ? help") == true }
        for _ in 0..<30 { try session.press("j") }
        var screen = try session.waitFor { $0.first == "  notorious for sex parties." }
        #expect(screen.first == "  notorious for sex parties.", "\(screen)")

        // Wider: the line holding "notorious for" is at the top, what came after it below.
        try session.resize(width: 80, height: 24)
        screen = try session.waitFor { $0.count == 24 && $0.last?.contains("story · ? help") == true }
        #expect(screen.first?.hasSuffix(" notorious for") == true, "\(screen)")
        #expect(screen[1] == "  sex parties.", "\(screen)")
        #expect(screen[3].hasPrefix("  In a sign of how detached from reality"), "\(screen)")

        // Narrow again: the same top line as before the first resize.
        try session.resize(width: 40, height: 10)
        screen = try session.waitFor { $0.count == 10 && $0.last?.contains("story · ? help") == true }
        #expect(screen.first == "  notorious for sex parties.", "\(screen)")
        #expect(screen[2] == "  In a sign of how detached from", "\(screen)")
        try session.press("C-c")
        #expect(try session.exitLine() == "EXIT=130 STTY=same")
    }
}
