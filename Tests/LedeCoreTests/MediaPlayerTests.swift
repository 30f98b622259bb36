@testable import LedeCore
import Testing

/// A video player's controls inside an article (video.js: its buttons, time display and
/// captions settings dialog) neither end the article nor join its text.
@Suite struct MediaPlayerTests {
    let parser = PageParser()

    /// The controls and dialog as a page's text shows them, settings repeated as the player's are.
    static let player = ["Play Video", "Play", "Mute", "Current Time 0:00", "/", "Duration Time 0:00", "Loaded: 0%", "Progress: 0%",
                         "Stream TypeLIVE", "Remaining Time -0:00", "Share", "Playback Rate", "1", "Chapters", "Descriptions",
                         "descriptions off, selected", "Subtitles", "captions settings, opens captions settings dialog", "Captions", "Fullscreen",
                         "This is a modal window."]
        + (1...3).flatMap { _ in ["Foreground", "---", "White", "Black", "Red", "Green", "Blue", "Yellow", "Magenta", "Cyan", "---", "Opaque", "Semi-Opaque"] }
        + ["Font Size", "50%", "75%", "100%", "125%", "150%", "175%", "200%", "Text Edge Style", "None", "Raised", "Depressed", "Uniform",
           "Font Family", "Default", "Monospace Serif", "Proportional Serif", "Casual", "Script", "Small Caps", "Defaults Done", "Close",
           "This is a modal window. This modal can be closed by pressing the Escape key or activating the close button."]

    func prose(_ count: Int, about topic: String) -> [String] {
        (1...count).map { "Paragraph \($0) about the \(topic) runs on for long enough, with enough plain words in it, to be read as prose here." }
    }

    @Test func anArticleGoesOnPastAVideoPlayer() {
        let before = prose(4, about: "hotel cleaning"), after = prose(5, about: "hotel rooms")
        let text = (["Home", "News", "Business", "", "The seven secrets that hotel owners keep from you", "By Ana Costa", ""]
                    + before + Self.player + after + ["", "Related stories", "Another story", "One more story"]).joined(separator: "\n")
        let story = parser.parse(text, path: "p.txt").stories.first
        #expect(story?.headline == "The seven secrets that hotel owners keep from you")
        #expect(story?.paragraphs == before + after)
    }

    @Test func thePlayerRunsFromItsPlayButtonToItsDialogsLastWords() throws {
        let lines = PageParser.split((["A paragraph before the player, long enough to read as a sentence of prose."] + Self.player
                                      + ["A paragraph after it, long enough to read as a sentence of prose here."]).joined(separator: "\n"))
        let marks = try #require(MediaPlayer.controls(in: lines))
        #expect(marks == [false] + Array(repeating: true, count: Self.player.count) + [false])
        // A "Play" link without a player's time display under it is no player.
        #expect(MediaPlayer.controls(in: PageParser.split("Play\nGames\nMusic\nDuration of the festival: three days")) == nil)
    }
}
