import Foundation
import LedeTestSupport
import Testing

/// A page on standard input opens in the reader, which then reads its keys from the terminal
/// (`/dev/tty`), as less does.
@Suite(.serialized)
struct StandardInputReaderTests {
    let page = Fixtures.packageRoot.appendingPathComponent("Samples/harbor-front.txt").path

    func checkReads(_ session: TmuxSession) throws {
        // (Standard input is read behind the first frame, as a named pipe or a web address is.)
        var screen = try session.waitFor { $0.contains { $0.contains("Tidal barrier") } && $0.last?.hasPrefix(" 1/") == true }
        #expect(screen.contains { $0.contains("Tidal barrier holds as the harbour") }, "\(screen)")
        #expect(screen.last?.hasPrefix(" 1/") == true, "\(screen.last ?? "")")
        try session.press("j")
        screen = try session.waitFor { $0.last?.hasPrefix(" 2/") == true }
        #expect(screen.last?.hasPrefix(" 2/") == true, "keys come from the terminal: \(screen.last ?? "")")
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }

    @Test func aPagePipedInOpensInTheReader() throws {
        guard let session = try TmuxSession.startLede(width: 100, height: 24, pipingFrom: page) else { return }
        try checkReads(session)
    }

    @Test func aProcessSubstitutionOpensInTheReader() throws {
        // bash gives lede a path, /dev/fd/N, to a pipe.
        guard let session = try TmuxSession.startLede("<(cat '\(page)')", width: 100, height: 24) else { return }
        try checkReads(session)
    }

    /// A named pipe no one writes to waits for ever: given before the page or after it, the
    /// reader shows the page at once and takes keys meanwhile, and quits cleanly with the pipe
    /// still unread (a source that waits joins the list when it arrives, holding back nothing).
    @Test(arguments: [false, true])
    func aPipeThatNeverOpensHoldsBackNothing(givenFirst: Bool) throws {
        let pipe = FileManager.default.temporaryDirectory.appendingPathComponent("lede-pipe-\(UUID().uuidString)").path
        #expect(mkfifo(pipe, 0o600) == 0)
        defer { unlink(pipe) }
        let paths = givenFirst ? "'\(pipe)' '\(page)'" : "'\(page)' '\(pipe)'"
        guard let session = try TmuxSession.startLede(paths, width: 100, height: 24) else { return }
        let screen = try session.waitFor { $0.contains { $0.contains("Tidal barrier") } && $0.last?.hasPrefix(" 1/3") == true }
        #expect(screen.last?.hasPrefix(" 1/3 · loading 1/2") == true, "\(screen.last ?? "")")
        try checkReads(session)
    }

    /// `lede -` with the terminal as standard input waits for a page to be typed: it says so,
    /// and opens on what was typed once Ctrl-D ends it.
    @Test func dashOnTheTerminalSaysItWaitsForAPageTypedIn() throws {
        guard let session = try TmuxSession.startLede("-", width: 100, height: 24, waitingForScreen: false) else { return }
        try session.waitFor(text: "reading a page from the terminal")
        #expect(try session.screen().contains { $0.contains("lede: reading a page from the terminal: type or paste it, then press Ctrl-D") })
        try session.type("Harbour gates hold through the night")
        try session.press("Enter", "Enter")
        try session.type("The harbour master said the gates would be tested again on Monday, and that nobody should worry about the tide.")
        try session.press("Enter", "C-d")
        let screen = try session.waitFor { $0.contains { $0.contains("Harbour gates hold through the night") } && $0.last?.hasPrefix(" 1/1") == true }
        #expect(screen.last?.hasPrefix(" 1/1") == true, "\(screen)")
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }

    @Test func dashReadsThePageFromStandardInput() throws {
        guard let session = try TmuxSession.startLede("- < '\(page)'", width: 100, height: 24) else { return }
        try checkReads(session)
    }
}
