import Foundation
import LedeTestSupport
import Testing

/// A path that cannot be read does not stop the reader from showing the rest, and is not
/// forgotten: it is listed on standard error when the reader closes, which exits 1.
@Suite(.serialized) struct LoadProblemExitTests {
    @Test func theReaderListsUnreadablePathsWhenItClosesAndExitsOne() throws {
        let sample = Fixtures.packageRoot.appendingPathComponent("Samples/harbor-front.txt").path
        let missing = "/nonexistent-lede-page.txt"
        let binary = FileManager.default.temporaryDirectory.appendingPathComponent("lede-binary-\(UUID().uuidString).txt")
        try Data([0x41, 0x00, 0x42]).write(to: binary)
        defer { try? FileManager.default.removeItem(at: binary) }
        guard let session = try TmuxSession.startLede("\(sample) \(missing) \(binary.path)", width: 120, height: 20) else { return }
        let screen = try session.waitFor(text: "Tidal barrier holds")
        #expect(screen.last?.contains("\(missing): no such file or folder (and 1 more, listed when Lede closes)") == true)
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=1 STTY=same")
        let after = try session.screen()
        #expect(after.contains("lede: \(missing): no such file or folder"))
        #expect(after.contains("lede: \(binary.path): binary file (contains NUL bytes), skipped"))
    }

    /// A pipe read behind the first frame, given before a missing file, is listed before it (the
    /// missing file was found first, before anything loaded).
    @Test func problemsAreListedInTheOrderThePathsWereGiven() throws {
        let sample = Fixtures.packageRoot.appendingPathComponent("Samples/harbor-front.txt").path
        let missing = "/nonexistent-lede-page.txt"
        guard let session = try TmuxSession.startLede("\(sample) <(printf 'A\\0B') \(missing)", width: 120, height: 20) else { return }
        let screen = try session.waitFor { $0.last?.contains("(and 1 more") == true }
        #expect(screen.last?.hasPrefix(" /dev/fd/") == true, "\(screen.last ?? "")")
        #expect(screen.last?.contains(": binary data (contains NUL bytes), skipped (and 1 more, listed when Lede closes)") == true, "\(screen.last ?? "")")
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=1 STTY=same")
        let after = try session.screen()
        let pipeLine = after.firstIndex { $0.hasPrefix("lede: /dev/fd/") && $0.hasSuffix(": binary data (contains NUL bytes), skipped") }
        let missingLine = after.firstIndex(of: "lede: \(missing): no such file or folder")
        #expect(pipeLine != nil && missingLine != nil && pipeLine! < missingLine!, "\(after)")
    }

    @Test func dumpListsProblemsInTheOrderThePathsWereGiven() throws {
        let sample = Fixtures.packageRoot.appendingPathComponent("Samples/harbor-front.txt").path
        let binary = FileManager.default.temporaryDirectory.appendingPathComponent("lede-binary-\(UUID().uuidString).txt")
        try Data([0x41, 0x00, 0x42]).write(to: binary)
        defer { try? FileManager.default.removeItem(at: binary) }
        let result = try LedeBinary.run(["dump", sample, binary.path, "/nonexistent-lede-page.txt"])
        #expect(result.status == 1)
        #expect(result.stderr == "lede: \(binary.path): binary file (contains NUL bytes), skipped\nlede: /nonexistent-lede-page.txt: no such file or folder\n")
    }

    /// Invalid UTF-8 repaired is said in the status line, as `lede dump` says it, and listed on
    /// standard error when the reader closes; the page was read, so the exit status is 0.
    @Test func aRepairedPageSaysSoInTheStatusLineAndWhenTheReaderCloses() throws {
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("lede-repaired-\(UUID().uuidString).txt")
        try Data([UInt8]("Café crews vote to strike\n\nThe union said on Thursday that its members had voted ".utf8) + [0xFF] + [UInt8](" to strike for two days.\n".utf8)).write(to: page)
        defer { try? FileManager.default.removeItem(at: page) }
        guard let session = try TmuxSession.startLede(page.path, width: 160, height: 20) else { return }
        let screen = try session.waitFor(text: "Café crews")
        #expect(screen.last?.hasPrefix(" \(page.path): invalid UTF-8 repaired (1 replacement character)") == true, "\(screen.last ?? "")")
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
        #expect(try session.screen().contains("lede: \(page.path): invalid UTF-8 repaired (1 replacement character)"))
    }
}
