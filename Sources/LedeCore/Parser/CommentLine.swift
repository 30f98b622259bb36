/// The furniture of a reader comment thread: the controls under each comment ("Reply",
/// "Report", "Flag") and the header over it ("Name • 2 weeks ago", "On December 23, 2014,
/// at 10:07 PM, argusdc wrote:"). A thread is prose between such lines, and on a short post it
/// outweighs the article unless the line model can see them.
/// (Read from the line's lowered bytes and short key while the line is made.)
enum CommentLine {
    /// - Parameters:
    ///   - key: the line's short key bytes (letters and digits, lowered).
    ///   - lower: the line's lowered text.
    static func matches(words: Int, digits: Int, key: UnsafeBufferPointer<UInt8>, lower: UnsafeBufferPointer<UInt8>) -> Bool {
        guard words >= 1, words <= 12 else { return false }
        if words <= 3 { return controls.contains(bytes: key) }
        // A header names its writer and when: a date and "wrote:" ("Jane wrote on December 24,
        // 2020 at 3:53 am:"), or a time "ago".
        // (The last byte first: the suffixes compared as sequences cost a hundred instructions each.)
        guard digits > 0, let last = lower.last, last == 0x3A || last == 0x6F else { return false }
        if last == 0x3A { return lower.suffix(7).elementsEqual(" wrote:".utf8) || holdsWroteOn(lower) }
        return lower.suffix(4).elementsEqual(" ago".utf8) && !lower.starts(with: "posted".utf8) && !lower.starts(with: "updated".utf8)
    }

    /// Whether the lowered bytes hold " wrote on ".
    private static func holdsWroteOn(_ lower: UnsafeBufferPointer<UInt8>) -> Bool {
        let phrase = wroteOn
        guard lower.count > phrase.count else { return false }
        return (0...(lower.count - phrase.count)).contains { start in
            lower[start] == 0x20 && lower[start + 1] == 0x77 && phrase.indices.allSatisfy { lower[start + $0] == phrase[$0] }
        }
    }

    private static let wroteOn = Array(" wrote on ".utf8)

    /// Controls under a comment, as short keys.
    static let controls = KeySet([
        "reply", "report", "flag", "permalink", "reportabuse", "reportthiscomment", "replytothiscomment", "reportcomment",
        "upvote", "downvote", "likereply", "replyreport", "replyflag",
        "responder", "antworten", "melden", "répondre", "signaler", "rispondi", "segnala", "odpovědět",
    ])
}

/// The headers of a reader comment thread below an article ("On December 23, 2014, at 10:07 PM,
/// argusdc wrote:", "Name • 2 weeks ago"): walls for the article's region, as teasers are. One
/// header alone may be a quoted line; a thread has another within `reach` lines.
enum CommentThread {
    /// Per line, whether it is such a header; nil when the page has none.
    static func headers(in lines: [Line]) -> [Bool]? {
        // (Each line's word count asked where it lies, before a call for it: most lines have too
        // many words or too few to be either header.)
        let found = lines.withUnsafeBufferPointer { buffer in
            buffer.indices.filter { index in
                let words = buffer[index].wordCount
                return (buffer[index].isCommentFurniture && words > 3) || (words >= 2 && words <= nameWords + 1 && isSaysHeader(at: index, in: lines))
            }
        }
        guard found.count >= 2 else { return nil }
        var walls = [Bool](repeating: false, count: lines.count), any = false
        for (rank, index) in found.enumerated() {
            let before = rank > 0 ? found[rank - 1] : Int.min / 2
            let after = rank + 1 < found.count ? found[rank + 1] : Int.max / 2
            guard index - before <= reach || after - index <= reach else { continue }
            walls[index] = true
            any = true
        }
        return any ? walls : nil
    }

    /// How near two headers of one thread are, in lines.
    static let reach = 40

    /// WordPress's own header: the writer's name and "says:" ("Jane Doe says:", "Ana dice:"),
    /// with the comment's date alone on the next line ("March 3, 2015 at 10:22 am"). (The date
    /// tells it from prose that brings in a quotation: "The mayor says:".)
    static func isSaysHeader(at index: Int, in lines: [Line]) -> Bool {
        // (Its words and last byte asked of the line where it lies, and the line copied only past
        // them: a copy of every line retained and released its text.)
        guard lines[index].wordCount >= 2, lines[index].wordCount <= nameWords + 1,
              let last = lines[index].text.withUTF8Bytes({ $0.last }), last == 0x3A || last == 0x9A else { return false }
        let line = lines[index]
        guard endsInSayWord(line.lower), let next = lines[(index + 1)...].prefix(2).first(where: { !$0.isBlank }) else { return false }
        return NotAHeadline.isTimestamp(next)
    }

    /// Whether the lowered text ends in one of `sayWords`, compared as `hasSuffix` compares
    /// (by Characters). An ASCII text ends in an ASCII word's Characters just when it ends in
    /// its bytes (in ASCII only CR LF is one Character of two scalars, and neither is in a word),
    /// and in no other word's (none has an ASCII form): its bytes settle it. (`hasSuffix` for
    /// each word, on the lowered text made again for each, was three percent of parsing.)
    static func endsInSayWord(_ lower: String) -> Bool {
        let ascii: Bool? = lower.withUTF8Bytes { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return asciiSayWords.contains { word in
                bytes.count >= word.count && word.indices.allSatisfy { word[$0] == bytes[bytes.count - word.count + $0] }
            }
        }
        return ascii ?? sayWords.contains(where: lower.hasSuffix)
    }

    /// The most words a writer's name has in a header.
    static let nameWords = 6
    /// "says:" in the languages WordPress is most used in (with its French space before the colon).
    static let sayWords = [
        " says:", " dice:", " disse:", " diz:", " dit :", " dit:", " sagt:", " schreef:", " zegt:", " pisze:", " napisał:",
        " говорит:", " пишет:", " säger:", " siger:", " sier:", " sanoo:", " říká:", " ha detto:", " より:", "说道：",
    ]
    /// The bytes of the ASCII ones.
    private static let asciiSayWords = sayWords.map { Array($0.utf8) }.filter { $0.allSatisfy { $0 < 0x80 } }
}
