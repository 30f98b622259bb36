/// A social post embedded in an article, as a page's text shows it: its author's header ("Jessa
/// Monroe (@jessamonroe)", or "@glowwithmaya" alone), the post's text, and its footer within a
/// few lines (the time, "6:48 PM · Jun 9, 2024"; "Copy link", "Read 2.1K replies"; TikTok's
/// "♬ original sound - Maya"), its counts and buttons under it. The header, the footer and the
/// counts are the embed's furniture; the post's own words are left to the story, which quotes
/// them (the dev corpora's truth keeps a quoted tweet's text and its "— Name (@handle) date").
enum EmbeddedPost {
    /// Per line, whether it is an embedded post's furniture (nil when the page has none).
    static func lines(in lines: [Line]) -> [Bool]? {
        var marks: [Bool]?
        func mark(_ range: ClosedRange<Int>) {
            if marks == nil { marks = [Bool](repeating: false, count: lines.count) }
            for index in range { marks![index] = true }
        }
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            // (Read in place: a copy of each line retained its text and extras.)
            guard lines[index].wordCount <= headerWords, !lines[index].isBlank, isHeader(lines[index].text) else { continue }
            // Down to the post's footer, its text between, with no blank line.
            var end = index + 1
            while end < lines.count, end - index <= reach, !lines[end].isBlank, !isFooter(lines[end].text) { end += 1 }
            guard end < lines.count, end - index <= reach, isFooter(lines[end].text) else { continue }
            mark(index...index)
            // Then its counts and buttons, short lines, to the first blank or longer line.
            let footer = end
            while end + 1 < lines.count, isCountOrButton(lines[end + 1]) || isFooter(lines[end + 1].text) { end += 1 }
            mark(footer...end)
            index = end
        }
        for row in actionRows(in: lines) { mark(row) }
        return marks
    }

    /// A post's row of buttons ("Like", "Comment", "Share", a line each), with the counts right
    /// above it ("👍 112   💬 403   ↪ 58"): a Facebook post's furniture, whose "Comment" is no
    /// heading of the page's comments.
    static func actionRows(in lines: [Line]) -> [ClosedRange<Int>] {
        var rows: [ClosedRange<Int>] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard isAction(lines[index]) else { continue }
            var end = index
            while end + 1 < lines.count, isAction(lines[end + 1]) { end += 1 }
            guard end > index else { continue }
            var start = index
            while start > 0, !lines[start - 1].isBlank, lines[start - 1].digits > 0, lines[start - 1].wordCount <= countWords,
                  !lines[start - 1].endsSentence { start -= 1 }
            rows.append(start...end)
            index = end
        }
        return rows
    }

    /// The most words of a line of counts over a post's buttons (an emoji and a figure each; no
    /// sentence: "Final score: Rovers 3, United 1." right above a share bar is the article's).
    static let countWords = 8

    /// (Its first letter first: the short key is made again for a line whose key was not
    /// kept, and most short lines open otherwise.)
    private static func isAction(_ line: Line) -> Bool {
        guard !line.isBlank, line.wordCount <= 2, let first = line.text.utf8.first, actionFirstBytes.contains(first | 0x20) else { return false }
        return actions.contains(line.shortKey)
    }

    /// A post's buttons, as Facebook labels them in the languages of the stop-word lists.
    static let actions = KeySet([
        "like", "comment", "share", "gefälltmir", "kommentieren", "teilen", "jaime", "commenter", "partager", "megusta",
        "comentar", "compartir", "curtir", "compartilhar", "mipiace", "commenta", "condividi", "vindikleuk", "reageren", "delen",
    ])
    /// The first letters of `actions`.
    static let actionFirstBytes = Set(actions.keys.map { $0.utf8.first! })

    /// The most words of a post's header: a name and the handle.
    static let headerWords = 6
    /// How many lines under its header a post's footer may be.
    static let reach = 6
    /// The most words of a count or a button under a post.
    static let buttonWords = 3

    /// A post's count ("48.2K", "Read 2.1K replies") or button ("Reply"), a few words.
    static func isCountOrButton(_ line: Line) -> Bool {
        !line.isBlank && line.wordCount <= buttonWords && (line.digits > 0 || buttons.contains(line.shortKey))
    }

    static let buttons = KeySet(["reply", "repost", "retweet", "like", "likes", "share", "quote"])

    /// A post's author: a name and the handle in brackets closing the line, or the handle alone.
    static func isHeader(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let last = bytes.last, last == 0x29 || bytes.first == 0x40 else { return false }
            if bytes.first == 0x40 { return isHandle(bytes[1...]) }
            guard let open = bytes.lastIndex(of: 0x28), open > 0, open + 2 < bytes.count, bytes[open + 1] == 0x40 else { return false }
            return isHandle(bytes[(open + 2)..<(bytes.count - 1)])
        }
    }

    /// A handle's letters: ASCII letters, figures, underscores and dots, thirty at most.
    private static func isHandle(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        !bytes.isEmpty && bytes.count <= 30 && bytes.allSatisfy { $0 &- 0x30 < 10 || ($0 | 0x20) &- 0x61 < 26 || $0 == 0x5F || $0 == 0x2E }
    }

    /// A post's footer: its time and day parted by a middle dot, a control's label, or TikTok's
    /// sound credit.
    static func isFooter(_ text: String) -> Bool {
        if text.hasPrefix("♬") { return true }
        if footerLabels.contains(where: { text.hasPrefix($0) }) { return true }
        // "6:48 PM · Jun 9, 2024"
        return text.utf8.count <= 40 && PlainSearch.occurs(" · ", in: text) && text.utf8.first.map { $0 &- 0x30 < 10 } == true
            && text.utf8.contains(0x3A)
    }

    static let footerLabels = ["Copy link", "Read more on X", "Read more on Twitter", "View on Instagram", "View on TikTok", "View on Threads"]
}
