import Foundation

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
        // "史蒂文 於 2014/01/01 20:46 回覆": a time, then the reply control, on the header's line
        // ("ルール1 24時間以内に返信", a heading, has no time).
        // (Only a line ending beyond ASCII can: most are turned away by their last byte.)
        if digits >= 3, let last = lower.last, last >= 0x80, lower.count <= 120,
           replySuffixes.contains(where: { lower.count > $0.count && lower.suffix($0.count).elementsEqual($0) }), holdsTime(lower) {
            return true
        }
        guard words >= 1, words <= 12 else { return false }
        if words <= 3 { return controls.contains(bytes: key) || (key.last ?? 0) >= 0x80 && Phrases.holds(controlsBeyondASCII, key) }
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

    /// Whether the bytes hold a time of day: a digit, ":" and two digits ("20:46"). (A live
    /// blog's entries are stamped so too: `LiveEntries`.)
    static func holdsTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        guard bytes.count >= 4 else { return false }
        return (1..<(bytes.count - 2)).contains { bytes[$0] == 0x3A && isDigit(bytes[$0 - 1]) && isDigit(bytes[$0 + 1]) && isDigit(bytes[$0 + 2]) }
    }

    /// "Reply" in scripts without spaces, ending a comment's header line.
    private static let replySuffixes = ["回覆", "回复", "回應", "返信", "답글", "답변"].map { Array($0.utf8) }

    /// Whether a control's text (as `controls` holds it) asks to reply to a comment.
    static func isReplyControl(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var key = [UInt8]()
        for byte in text where byte != 0x20 { key.append(byte &- 0x41 < 26 ? byte | 0x20 : byte) }
        return replyControls.contains(key) || controlsBeyondASCII.contains(key)
    }

    /// Whether the control at `index` is an embedded social post's, inside the article: "Reply"
    /// over "Copy link" or "Read 18 replies", which no comment thread has.
    static func isEmbeddedPostControl(_ index: Int, in lines: UnsafeBufferPointer<Line>) -> Bool {
        var seen = 0, next = index + 1
        while next < lines.count, seen < 2 {
            defer { next += 1 }
            guard !lines[next].isBlank else { continue }
            seen += 1
            let key = lines[next].shortKey
            if key == "copylink" || (key.hasPrefix("read") && key.dropFirst(4).first?.isNumber == true) { return true }
        }
        return false
    }

    /// The controls of `controls` that reply, as short keys.
    static let replyControls: Set<[UInt8]> = Set(["reply", "replytothiscomment", "likereply", "replyreport", "replyflag",
        "responder", "antworten", "répondre", "rispondi", "odpovědět", "odpowiedz", "beantwoorden", "svara", "yanıtla", "balas", "trảlời"].map { Array($0.utf8) })

    /// "Reply" under a comment where its key ends beyond ASCII, which `controls` cannot hold
    /// (keys beyond Latin-1 keep their case), as bytes.
    static let controlsBeyondASCII: [[UInt8]] = [
        "Απάντηση", "απάντηση", "Ответить", "ответить", "Відповісти", "відповісти", "ตอบกลับ", "הגב",
        "رد", "返信", "回复", "回覆", "답글", "답글달기",
    ].map { Array($0.utf8) }

    /// Controls under a comment, as short keys.
    static let controls = KeySet([
        "reply", "report", "flag", "permalink", "reportabuse", "reportthiscomment", "replytothiscomment", "reportcomment",
        "upvote", "downvote", "likereply", "replyreport", "replyflag",
        "responder", "antworten", "melden", "répondre", "signaler", "rispondi", "segnala", "odpovědět",
        "odpowiedz", "beantwoorden", "svara", "yanıtla", "balas", "trảlời",
    ])
}

/// The headers of a reader comment thread below an article ("On December 23, 2014, at 10:07 PM,
/// argusdc wrote:", "Name • 2 weeks ago"): walls for the article's region, as teasers are. One
/// header alone may be a quoted line; a thread has another within `reach` lines. WordPress's
/// "Jane Doe says:" over its date is a header alone: a post with one comment has a thread.
enum CommentThread {
    /// Per line, whether it is such a header; nil when the page has none.
    static func headers(in lines: [Line]) -> [Bool]? {
        // (Each line's word count asked where it lies, before a call for it: most lines have too
        // many words or too few to be either header.)
        var says: [Int] = []
        let found = lines.withUnsafeBufferPointer { buffer in
            buffer.indices.filter { index in
                let words = buffer[index].wordCount
                if buffer[index].isCommentFurniture && words > 3 { return true }
                // (A comment's "Reply" too: one alone may be a button under the article, two
                // within `reach` lines are a thread's. Not "Permalink" or "Report", which an
                // article's own header and a menu have, nor an embedded post's "Reply".)
                if words <= 3 && buffer[index].isCommentFurniture && buffer[index].text.withUTF8Bytes(CommentLine.isReplyControl)
                    && !CommentLine.isEmbeddedPostControl(index, in: buffer) { return true }
                if words >= 2, isReplyTitle(at: index, in: buffer) { return true }
                guard words >= 2, words <= nameWords + 1 + dateWords, isSaysHeader(at: index, in: lines) else { return false }
                says.append(index)
                return true
            }
        }
        guard !found.isEmpty else { return nil }
        var walls = [Bool](repeating: false, count: lines.count), any = false
        for (rank, index) in found.enumerated() {
            let before = rank > 0 ? found[rank - 1] : Int.min / 2
            let after = rank + 1 < found.count ? found[rank + 1] : Int.max / 2
            guard index - before <= reach || after - index <= reach || says.contains(index) else { continue }
            walls[index] = true
            any = true
        }
        return any ? walls : nil
    }

    /// How near two headers of one thread are, in lines.
    static let reach = 40

    /// A forum reply's title: the thread's title said again after "Re: " ("Re: Wärmepumpe taktet
    /// ständig", phpBB, vBulletin; "AW:", "Antw:", "Odp:", "Ответ:" in other languages), over
    /// each reply. (The title is a line above it: "Re: " alone opens an article's line now and then.)
    static func isReplyTitle(at index: Int, in lines: UnsafeBufferPointer<Line>) -> Bool {
        guard lines[index].edges.contains(.replyMark), let title = lines[index].text.withUTF8Bytes({ bytes in
            replyMarkLength(bytes).map { String(decoding: bytes[$0...], as: UTF8.self) }
        }), let key = PageParser.split(title).first?.key else { return false }
        return lines[..<index].contains { $0.key == key }
    }

    /// The length of the reply's mark ("Re: " and its like, in any ASCII case) that opens the
    /// bytes, with text after it; nil when none does. (Asked of every line as it is read: its
    /// first byte turns most away.)
    static func replyMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count > 4, let base = bytes.baseAddress else { return nil }
        // (A switch, not a Set: hashing each line's first byte cost more than the rest. Then a
        // colon among the first bytes, where every mark has it, found by memchr.)
        switch bytes[0] < 0x80 ? bytes[0] | 0x20 : bytes[0] {
        case UInt8(ascii: "r"), UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "s"), UInt8(ascii: "v"), 0xD0: break
        default: return nil
        }
        guard memchr(base, 0x3A, min(bytes.count, replyMarkColonReach)) != nil else { return nil }
        return replyMarks.first { mark in
            bytes.count > mark.count && mark.indices.allSatisfy { (bytes[$0] &- 0x41 < 26 ? bytes[$0] | 0x20 : bytes[$0]) == mark[$0] }
        }?.count
    }

    /// "Re: " and its like, lowered as ASCII (Cyrillic in both cases). (Their first bytes, lowered,
    /// are the switch's above.)
    private static let replyMarks = ["re: ", "aw: ", "antw: ", "odp: ", "sv: ", "vs: ", "rif: ", "ответ: ", "Ответ: "].map { Array($0.utf8) }
    /// How far into a line the marks' colons lie at most (after "Ответ", ten bytes).
    private static let replyMarkColonReach = 11

    /// WordPress's own header: the writer's name and "says:" ("Jane Doe says:", "Ana dice:"),
    /// with the comment's date alone on the next line ("March 3, 2015 at 10:22 am") or after it
    /// on the same one ("Jane Doe says: March 3, 2015 at 10:22 am"). (The date tells it from
    /// prose that brings in a quotation: "The mayor says:".)
    static func isSaysHeader(at index: Int, in lines: [Line]) -> Bool {
        // (Its words, digits and last byte asked of the line where it lies: a copy of every line
        // retained and released its text. A date on the line has a digit, else the say-word ends
        // the line: most lines are turned away before their bytes are searched.)
        let words = lines[index].wordCount
        guard words >= 2, words <= nameWords + 1 + dateWords,
              lines[index].digits > 0 || lines[index].text.withUTF8Bytes({ $0.last == 0x3A || $0.last == 0x9A }),
              let date = lines[index].text.withUTF8Bytes(dateAfterSayWord) else { return false }
        if date.isEmpty {
            guard words <= nameWords + 1, let next = lines[(index + 1)...].prefix(2).first(where: { !$0.isBlank }) else { return false }
            return NotAHeadline.isTimestamp(next)
        }
        return lines[index].digits > 0 && NotAHeadline.isTimestamp(date.lowercased())
    }

    /// The text after the first of `sayWords` in a line's bytes, past its spaces (empty when the
    /// word ends the line), when a name comes before it; nil when no such word is there. (Each
    /// colon is looked behind for a word, its ASCII letters in either case: most lines have no
    /// colon, and a search for every word in the lowered text cost several percent of parsing.)
    static func dateAfterSayWord(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // (The colons found by memchr, which reads many bytes a step: most lines have none.)
        guard let base = bytes.baseAddress, memchr(base, 0x3A, bytes.count) != nil || memchr(base, 0x9A, bytes.count) != nil else { return nil }
        for end in bytes.indices where bytes[end] == 0x3A || bytes[end] == 0x9A {
            for word in sayWordBytes where end >= word.count && word.last == bytes[end] {
                let start = end + 1 - word.count
                guard word.indices.allSatisfy({ offset in
                    let byte = bytes[start + offset]
                    return (byte &- 0x41 < 26 ? byte | 0x20 : byte) == word[offset]
                }) else { continue }
                return String(decoding: bytes[(end + 1)...].drop { $0 == 0x20 }, as: UTF8.self)
            }
        }
        return nil
    }

    /// The most words a writer's name has in a header, and its date.
    static let nameWords = 6
    static let dateWords = 10
    /// "says:" in the languages WordPress is most used in (with its French space before the colon).
    static let sayWords = [
        " says:", " dice:", " disse:", " diz:", " dit :", " dit:", " sagt:", " schreef:", " zegt:", " pisze:", " napisał:",
        " говорит:", " пишет:", " säger:", " siger:", " sier:", " sanoo:", " říká:", " ha detto:", " より:", "说道：",
    ]
    /// Their bytes.
    private static let sayWordBytes = sayWords.map { Array($0.utf8) }
}
