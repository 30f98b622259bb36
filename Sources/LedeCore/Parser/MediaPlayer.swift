/// A web video player's controls and its captions settings dialog, as a page's text shows them.
/// video.js, the player most news sites embed, writes "Play Video", "Mute", "Current Time 0:00",
/// "Duration Time 0:00" … "Fullscreen", then its dialog's colours, sizes and fonts, a hundred
/// short lines down to "This is a modal window. This modal can be closed …". Set in the middle
/// of an article, they are neither its text nor furniture that ends it.
enum MediaPlayer {
    /// Per line, whether it is a player's (nil when the page has none).
    static func controls(in lines: [Line]) -> [Bool]? {
        var marks: [Bool]?
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard isStart(lines[index].text) else { continue }
            // Its time display right under the play button.
            let window = lines[(index + 1)..<min(lines.count, index + timeReach)]
            guard let duration = window.firstIndex(where: { $0.text.hasPrefix("Duration") }),
                  window.contains(where: { $0.text.hasPrefix("Current Time") }) else { continue }
            // Down through its short lines to the dialog's last words, else to "Fullscreen".
            var end = duration, fullscreen: Int?, dialogEnd: Int?
            while end + 1 < lines.count {
                let line = lines[end + 1]
                if isDialogEnd(line.text) { dialogEnd = end + 1 } else if line.wordCount > shortWords { break }
                if line.text == "Fullscreen" { fullscreen = end + 1 }
                end += 1
            }
            end = dialogEnd ?? fullscreen ?? duration
            if marks == nil { marks = [Bool](repeating: false, count: lines.count) }
            for line in index...end { marks![line] = true }
            index = end
        }
        return marks
    }

    /// How many lines under the play button its time display is looked for.
    static let timeReach = 14
    /// A control or a setting has at most this many words.
    static let shortWords = 6

    /// The play button. (Asked of every line twice: its length turns away nearly all of them.)
    @inline(__always)
    static func isStart(_ text: String) -> Bool {
        let length = text.utf8.count
        return (length == 4 || length == 10) && (text == "Play" || text == "Play Video")
    }

    /// The dialog's closing words (the only lines of the player that read as sentences).
    static func isDialogEnd(_ text: String) -> Bool {
        text.hasPrefix("This is a modal window") || text.hasPrefix("End of dialog window") || text == "Close Modal Dialog"
    }
}
