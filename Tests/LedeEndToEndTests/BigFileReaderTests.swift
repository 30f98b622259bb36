import Foundation
import LedeTestSupport
import Testing

/// One big file does not keep the reader's first frame waiting: it loads behind it, counted in
/// the status line, and the pages after it are not held back: they join the list first.
@Suite(.serialized) struct BigFileReaderTests {
    @Test func aBigFirstFileLoadsBehindTheFirstFrameWithItsProgressInTheStatusLine() throws {
        guard TmuxSession.isAvailable else { print("skipped: tmux is not installed"); return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-big-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // 8 MB of short lines, twice the first frame's budget, and a headline and body at its end.
        var text = ""
        for number in 0..<300_000 { text += "Short line \(number) of the harbour\n" }
        text += "\nBig file headline about the harbour gates\n\n"
        for paragraph in 1...4 {
            text += "The council met on Tuesday and voted, for the \(paragraph) time, to keep the harbour gates closed for the whole of the winter season, the mayor said.\n\n"
        }
        let big = folder.appendingPathComponent("big.txt")
        try Data(text.utf8).write(to: big)
        let sample = Fixtures.packageRoot.appendingPathComponent("Samples/harbor-front.txt").path

        guard let session = try TmuxSession.startLede("\(big.path) \(sample)", width: 120, height: 20) else { return }
        // The first frame is on screen before the big file is parsed, saying so; the page after
        // it joins the list while it still loads, not after it.
        #expect(try session.screen().last?.contains(" · loading ") == true)
        let first = try session.waitFor(timeout: 60) { screen in screen.contains { $0.contains("Tidal barrier holds") } }
        #expect(first.last?.contains(" · loading 1/2") == true, "\(first.last ?? "")")
        #expect(!first.contains { $0.contains("Big file headline") })
        let loaded = try session.waitFor(timeout: 120) { screen in
            screen.last?.contains("loading") == false && screen.contains { $0.contains("Tidal barrier holds") }
        }
        // The big file's story joins the list after the sample's (its row names its file).
        let bigRow = try #require(loaded.firstIndex { $0.contains("  big  ") }, "\(loaded.joined(separator: "\n"))")
        #expect(loaded.firstIndex { $0.contains("Tidal barrier holds") }! < bigRow)
        #expect(loaded.last?.hasPrefix(" 1/") == true)
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }
}
