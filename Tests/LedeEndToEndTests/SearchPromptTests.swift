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

    /// The cursor shows where the next character goes while the query is typed, as a shell's
    /// prompt shows it, and is hidden again once the prompt closes.
    @Test func theCursorStandsAfterTheQueryWhileItIsTyped() throws {
        guard let session = try TmuxSession.startLede(width: 100, height: 24) else { return }
        let cursor = { try session.tmux(["display", "-p", "#{cursor_flag} #{cursor_x} #{cursor_y}"]).trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(try cursor().hasPrefix("0 "))
        try session.type("/barr")
        _ = try session.waitFor { $0.last?.hasPrefix("/barr") == true }
        #expect(try cursor() == "1 5 23")
        try session.press("Enter")
        _ = try session.waitFor { $0.last?.hasPrefix(" 1/3") == true }
        #expect(try cursor().hasPrefix("0 "))
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }

    /// ↑ in the prompt brings back the searches kept earlier in the session, newest first; the
    /// one chosen with Enter is the search in force. (The earlier of two: the newer is in force
    /// already, so `/` Enter alone would leave it there.)
    @Test func upInThePromptBringsBackEarlierSearches() throws {
        guard let session = try TmuxSession.startLede(width: 100, height: 24) else { return }
        try session.type("/ferry")
        _ = try session.waitFor { $0.last?.hasPrefix("/ferry  ") == true }
        try session.press("Enter")
        _ = try session.waitFor { $0.last?.contains("search “ferry”") == true }
        try session.type("/storm")
        _ = try session.waitFor { $0.last?.hasPrefix("/storm  ") == true }
        try session.press("Enter")
        _ = try session.waitFor { $0.last?.contains("search “storm”") == true }
        try session.press("/")
        _ = try session.waitFor { $0.last?.hasPrefix("/ ") == true }
        try session.press("Up")
        var screen = try session.waitFor { $0.last?.hasPrefix("/storm") == true }
        #expect(screen.last?.hasPrefix("/storm  ") == true, "\(screen.last ?? "")")
        try session.press("Up")
        screen = try session.waitFor { $0.last?.hasPrefix("/ferry") == true }
        #expect(screen.last?.hasPrefix("/ferry  2 stories") == true, "\(screen.last ?? "")")
        // The cursor is at the recalled query's end, and moves within it.
        let cursor = { try session.tmux(["display", "-p", "#{cursor_x} #{cursor_y}"]).trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(try cursor() == "6 23")
        try session.press("Left", "Left")
        _ = try session.waitFor(timeout: 5) { _ in (try? cursor()) == "4 23" }
        #expect(try cursor() == "4 23")
        try session.press("Enter")
        screen = try session.waitFor { $0.last?.contains("search “ferry”") == true }
        #expect(screen.last?.hasPrefix(" 1/2 · search “ferry”: 2 stories") == true, "\(screen.last ?? "")")
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }

    /// Alt chords reach the prompt whole, though the terminal sends each as Esc and a key: Alt-b
    /// moves the cursor back a word and Alt-Backspace deletes one, and the prompt stays open.
    /// An Esc typed alone still closes it.
    @Test func altChordsEditByWordsAndEscAloneStillCloses() throws {
        guard let session = try TmuxSession.startLede(width: 100, height: 24) else { return }
        let cursor = { try session.tmux(["display", "-p", "#{cursor_x} #{cursor_y}"]).trimmingCharacters(in: .whitespacesAndNewlines) }
        try session.type("/storm gates")
        _ = try session.waitFor { $0.last?.hasPrefix("/storm gates") == true }
        try session.press("M-b")
        _ = try session.waitFor(timeout: 5) { _ in (try? cursor()) == "7 23" }
        #expect(try cursor() == "7 23")
        try session.press("M-BSpace")
        let screen = try session.waitFor { $0.last?.hasPrefix("/gates") == true }
        #expect(screen.last?.hasPrefix("/gates  ") == true, "\(screen.last ?? "")")
        #expect(try cursor() == "1 23")
        // Alt with Enter or an arrow is no chord the prompt knows: it stays open, as it was.
        try session.press("M-Enter", "M-Up")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try session.screen().last?.hasPrefix("/gates  ") == true)
        try session.press("Escape")
        let closed = try session.waitFor { $0.last?.hasPrefix(" 1/") == true }
        #expect(closed.last?.contains("gates") == false, "\(closed.last ?? "")")
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }

    /// A paste (the terminal marks it: bracketed paste) is text for the prompt, its line break a
    /// space: never keys that run (the "q" pasted here would quit). Outside the prompt it is said
    /// to be text for the search, and nothing runs.
    @Test func aPasteIsTextForThePromptNeverKeys() throws {
        guard let session = try TmuxSession.startLede(width: 100, height: 24) else { return }
        _ = try session.tmux(["set-buffer", "ferry\ns q"])
        try session.press("/")
        _ = try session.waitFor { $0.last?.hasPrefix("/") == true }
        _ = try session.tmux(["paste-buffer", "-p"])
        let typed = try session.waitFor { $0.last?.hasPrefix("/ferry") == true }
        #expect(typed.last?.hasPrefix("/ferry s q  ") == true, "\(typed.last ?? "")")
        try session.press("Escape")
        _ = try session.waitFor { $0.last?.hasPrefix(" 1/") == true }
        _ = try session.tmux(["paste-buffer", "-p"])
        let outside = try session.waitFor { $0.last?.contains("a paste is text for the search") == true }
        #expect(outside.last?.hasPrefix(" a paste is text for the search: press / first") == true, "\(outside.last ?? "")")
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }

    /// `/` pressed in the help screen closes it and opens the prompt: the key is not swallowed.
    @Test func slashInTheHelpScreenOpensThePrompt() throws {
        guard let session = try TmuxSession.startLede(width: 100, height: 24) else { return }
        try session.press("?")
        _ = try session.waitFor { $0.last?.contains("Esc q ? close") == true }
        try session.type("/ferry")
        let screen = try session.waitFor { $0.last?.hasPrefix("/ferry") == true }
        #expect(screen.last?.hasPrefix("/ferry  2 stories") == true, "\(screen.last ?? "")")
        #expect(!screen.contains { $0.contains("Lede — keys") })
        try session.press("C-c")
        #expect(try session.exitLine() == "EXIT=130 STTY=same")
    }

    @Test func aQueryThatMatchesNothingSaysSoAndEnterClosesThePrompt() throws {
        guard let session = try TmuxSession.startLede(width: 100, height: 24) else { return }
        try session.type("/zzzq")
        var screen = try session.waitFor { $0.last?.hasPrefix("/zzzq") == true }
        #expect(screen.last?.hasPrefix("/zzzq  no stories") == true, "\(screen.last ?? "")")
        #expect(screen[0].hasPrefix("No story matches “zzzq”"), "\(screen)")
        #expect(!screen.joined().contains("Give Lede a text page"))
        // Enter says so and closes the prompt, as less's "Pattern not found": the list is back.
        try session.press("Enter")
        screen = try session.waitFor { $0.last?.hasPrefix(" no stories match “zzzq”") == true }
        #expect(screen.last?.hasPrefix(" no stories match “zzzq”") == true, "\(screen.last ?? "")")
        #expect(!screen[0].hasPrefix("No story matches"), "\(screen)")
        // The next keys are keys again: a new search.
        try session.type("/ferry")
        screen = try session.waitFor { $0.last?.hasPrefix("/ferry  2 stories") == true }
        #expect(screen.last?.hasPrefix("/ferry  2 stories") == true, "\(screen.last ?? "")")
        try session.press("C-c")
        #expect(try session.exitLine() == "EXIT=130 STTY=same")
    }
}
