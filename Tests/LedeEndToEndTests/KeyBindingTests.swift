import Foundation
import LedeTestSupport
import Testing

/// Keys rebound in config.toml's `[keys]`, in the real reader.
@Suite(.serialized)
struct KeyBindingTests {
    @Test func reboundKeysWorkAndTheHelpShowsThem() throws {
        guard TmuxSession.isAvailable else { print("skipped: tmux is not installed"); return }
        let folder = try ConfigFolder(config: "[keys]\nquit = \"X\"\nhelp = \"H\"\nnext-story = \"z\"\n")
        defer { folder.remove() }
        let session = try TmuxSession(width: 60, height: 50)  // tall: the whole help on one page
        try session.run("XDG_CONFIG_HOME=\(folder.url.path) \(LedeBinary.url.path); echo EXIT=$? STTY=same")
        try session.waitFor { $0.last?.hasSuffix("list · H help") == true }
        try session.press("Enter")
        try session.waitFor { $0.last?.contains("story · H help") == true }
        try session.press("z")
        var screen = try session.waitFor { $0.last?.hasPrefix(" 2/4") == true }
        #expect(screen.contains { $0.contains("Ferry crews vote to strike over storm-duty pay") }, "\(screen)")
        // Q was quit's standard key: with quit rebound, it is no key.
        try session.press("Q")
        screen = try session.waitFor { $0.last?.contains("Q: not a key here — H for help") == true }
        #expect(screen.last?.contains("Q: not a key here — H for help") == true, "\(screen)")
        try session.press("H")
        screen = try session.waitFor { $0.contains { $0.contains("quit from anywhere") } }
        #expect(screen.contains { $0.hasPrefix("   X Ctrl-C ") && $0.contains("quit from anywhere") }, "\(screen)")
        #expect(screen.contains { $0.hasPrefix("   H ") && $0.contains("this help") }, "\(screen)")
        try session.press("a")  // closes the help
        try session.waitFor { $0.last?.contains("story · H help") == true }
        try session.press("X")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }

    /// Keys the reader gives no meaning to are said by the name the help would give them: a
    /// modified arrow, not terminfo's "kLFT5" (QA); Alt and Enter, not Esc then Enter.
    @Test func unboundModifiedKeysAreNamedAsTheHelpNamesKeys() throws {
        guard let session = try TmuxSession.startLede(width: 100, height: 20) else { return }
        for (key, name) in [("C-Left", "Ctrl-←"), ("M-Up", "Alt-↑"), ("M-Enter", "Alt-Enter")] {
            try session.press(key)
            let screen = try session.waitFor { $0.last?.contains("\(name): not a key here") == true }
            #expect(screen.last?.hasPrefix(" \(name): not a key here — ? for help") == true, "\(screen.last ?? "")")
        }
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }

    @Test func aMistakeInKeysStopsTheReaderBeforeTheScreenOpens() throws {
        let folder = try ConfigFolder(config: "[keys]\nquit = \"q\"\nexpand = \"e\"\n")
        defer { folder.remove() }
        let result = try LedeBinary.run([Fixtures.packageRoot.appendingPathComponent("Samples").path], environment: folder.environment)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("lede: \(folder.config.path):3: unknown command 'expand' in [keys] (commands: down, up,"), "\(result.stderr)")
    }
}
