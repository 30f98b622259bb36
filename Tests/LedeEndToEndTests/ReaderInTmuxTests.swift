import Foundation
import LedeTestSupport
import Testing

/// The built `lede` in a real terminal (tmux): what a person would see and type.
@Suite(.serialized)
struct ReaderInTmuxTests {
    @Test func samplePagesOpenInSplitViewAndQuitGivesTheShellBack() throws {
        guard TmuxSession.isAvailable else { print("skipped: tmux is not installed"); return }
        let session = try TmuxSession(width: 120, height: 40)
        try session.run("\(LedeBinary.url.path); echo EXIT=$?")
        let screen = try session.waitFor(text: "? help")
        #expect(screen.contains { $0.contains("Tidal barrier holds as the harbour city counts the cost") })
        #expect(screen.contains { $0.contains("│") })
        #expect(screen.last?.contains("list · ? help") == true)
        try session.press("q")
        let after = try session.waitFor(text: "EXIT=0")
        #expect(after.contains { $0.contains("EXIT=0") })
        #expect(!after.contains { $0.contains("? help") })
    }

    @Test func readerRefusesToDrawWhenOutputIsNotATerminal() throws {
        let result = try LedeBinary.run([Fixtures.packageRoot.appendingPathComponent("Samples/harbor-front.txt").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("lede dump"))
        #expect(result.stdout.isEmpty)
    }
}
