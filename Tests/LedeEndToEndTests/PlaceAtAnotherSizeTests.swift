import Foundation
import LedeTestSupport
import Testing

/// The place kept for the next run is the text at the top of the story, so it comes back at
/// another terminal size (QA: kept at 120×35 with "no memory of events…" at the top, reopened
/// at 60×20 two paragraphs earlier).
@Suite(.serialized)
struct PlaceAtAnotherSizeTests {
    @Test func aPlaceKeptWideComesBackNarrowAtTheSameText() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        guard let page = Fixtures.sharedFile("corpus/real/1f765c48780665e89cc3af1f7c9af47876e9fae9b5be4a936b0649e10f5e3198.txt"),
              let wide = try TmuxSession.startLede("'\(page.path)'", width: 120, height: 35, stateHome: folder.stateHome) else { return }
        try wide.press("Enter")
        try wide.waitFor { $0.last?.contains("· pane · ? help") == true }
        for _ in 0..<40 { try wide.press("j") }
        var screen = try wide.waitFor { $0.last?.contains("56% · pane") == true }
        #expect(screen.first?.hasSuffix("▸  no memory of events or of alleged sex victims or knowledge of") == true, "\(screen)")
        try wide.press("q")
        #expect(try wide.exitLine() == "EXIT=0 STTY=same")

        guard let narrow = try TmuxSession.startLede("'\(page.path)'", width: 60, height: 20, stateHome: folder.stateHome) else { return }
        screen = try narrow.waitFor { $0.last?.contains("· story · ? help") == true }
        // The line holding "no memory of events" at the top, the story open as it was.
        #expect(screen.first == "  claims of having no memory of events or of alleged sex", "\(screen)")
        try narrow.press("q", "q")
        #expect(try narrow.exitLine() == "EXIT=0 STTY=same")
    }
}
