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
}
