import Foundation
import LedeTestSupport
import Testing

/// Shrunk below 20×3 in a real terminal, the reader says it is too small and keys wait for it to
/// grow again; q still quits.
@Suite(.serialized)
struct TooSmallTerminalEndToEndTests {
    @Test func aTerminalTooSmallSaysSoAndKeysWaitUntilItGrows() throws {
        guard let session = try TmuxSession.startLede(width: 80, height: 12) else { return }
        try session.waitFor { $0.last?.hasPrefix(" 1/4") == true }
        try session.resize(width: 10, height: 3)
        var screen = try session.waitFor { $0.first == "too small" }
        #expect(screen == ["too small", "need 20×3", "q quits"], "\(screen)")
        // Keys that would move, open or search act on nothing while it is too small.
        try session.press("j", "j", "Enter", "/")
        Thread.sleep(forTimeInterval: 0.3)
        try session.resize(width: 80, height: 12)
        screen = try session.waitFor { $0.count == 12 && $0.last?.hasPrefix(" 1/4") == true }
        #expect(screen.last?.hasPrefix(" 1/4 ") == true && screen.last?.hasSuffix("list · ? help") == true, "\(screen.last ?? "")")
        try session.resize(width: 10, height: 3)
        _ = try session.waitFor { $0.first == "too small" }
        try session.press("q")
        // (Room for the shell's exit line.)
        Thread.sleep(forTimeInterval: 0.3)
        try session.resize(width: 80, height: 12)
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }
}
