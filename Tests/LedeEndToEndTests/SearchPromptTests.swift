import Foundation
import LedeTestSupport
import Testing

/// The search prompt in a real terminal: it counts matching stories as the query is typed, and a
/// query that matches nothing says so and keeps the prompt open for another try.
@Suite(.serialized)
struct SearchPromptTests {
    @Test func theCountOfMatchingStoriesShowsWhileTyping() throws {
        guard let session = try TmuxSession.startLede(width: 100, height: 24) else { return }
        try session.type("/ferry")
        let screen = try session.waitFor { $0.last?.hasPrefix("/ferry") == true }
        #expect(screen.last?.hasPrefix("/ferry  2 stories") == true, "\(screen.last ?? "")")
        try session.press("C-c")
        #expect(try session.exitLine() == "EXIT=130 STTY=same")
    }

    @Test func aQueryThatMatchesNothingSaysSoAndKeepsThePrompt() throws {
        guard let session = try TmuxSession.startLede(width: 100, height: 24) else { return }
        try session.type("/zzzq")
        var screen = try session.waitFor { $0.last?.hasPrefix("/zzzq") == true }
        #expect(screen.last?.hasPrefix("/zzzq  no stories") == true, "\(screen.last ?? "")")
        #expect(screen[0].hasPrefix("No story matches “zzzq”"), "\(screen)")
        #expect(!screen.joined().contains("Give Lede a text page"))
        try session.press("Enter")
        screen = try session.waitForStillScreen()
        #expect(screen.last?.hasPrefix("/zzzq  no stories") == true, "the prompt stays open: \(screen.last ?? "")")
        #expect(!screen.joined().contains("Give Lede a text page"))
        // The prompt still takes keys: the query can be mended in place.
        try session.press("BSpace", "BSpace", "BSpace", "BSpace")
        try session.type("ferry")
        screen = try session.waitFor { $0.last?.hasPrefix("/ferry  2 stories") == true }
        #expect(screen.last?.hasPrefix("/ferry  2 stories") == true, "\(screen.last ?? "")")
        try session.press("C-c")
        #expect(try session.exitLine() == "EXIT=130 STTY=same")
    }
}
