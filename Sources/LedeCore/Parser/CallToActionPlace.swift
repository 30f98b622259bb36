/// Where a call to action's phrase stands in its line. A button or a box says it first, or its
/// line is little more than it ("Subscribe to…", "Comments (3)", "Never miss a story: sign up…",
/// "Join our newsletter"); a sentence of the story says it in passing ("The bill was sponsored
/// by…", "His comments drew criticism…", "Residents can donate blood…").
enum CallToActionPlace {
    /// Lines of up to this many words are furniture with the phrase anywhere in them; sentences
    /// of this many or more only with a phrase of `anywhere` or words to the reader.
    static let shortLineWords = 4
    static let sentenceWords = 8

    /// Phrases that are furniture wherever they stand: no story says them in passing.
    static let anywhere = PhraseSet([
        "click here", "to your inbox", "all rights reserved", "the free encyclopedia", "want more of our",
        "preferred source", "google cta", "get short url", "listen to this article", "email the author",
        "enable javascript", "javascript is disabled", "javascript is required", "requires javascript",
        "turn on javascript", "copyright ©", "jump to navigation", "jump to search", "jump to content",
        "privacy policy", "terms of use", "terms of service", "打印本页", "关闭窗口", "打印本頁", "關閉窗口",
        "contains affiliate links", "contain affiliate links", "enthält affiliate-links", "contiene link di affiliazione",
        "contiene enlaces de afiliado", "contient des liens affiliés", "unbeauftragte werbung", "read our disclosure policy",
        "this article was originally published", "this story was originally published", "this post was originally published",
        "print edition as '", "print edition as ‘", "print edition as \"", "print edition as “", "appears in print on", "earn an affiliate commission",
        "vyšel v tištěném",
        "the trust principles", "did you make this recipe", "auto-generated from a syndicated feed", "simak breaking news",
        "to send flowers to the family", "подписывайтесь на наш", "Подписывайтесь на наш", "подпишитесь на наш",
        "Подпишитесь на наш", "підписуйтесь на наш", "Підписуйтесь на наш",
        "print edition with the headline", "want more like this?",
    ] + Phrases.consentPlaceholders + Phrases.smallPrint + Phrases.affiliateDisclosures)

    /// Labels of a page's own notes, furniture when they open the line.
    static let labels = ["disclaimer:", "डिस्क्लेमर:", "risk disclaimer:", "risikohinweis:", "disclosure:"].map { Array($0.utf8) }

    /// `Phrases.callToAction`, as bytes.
    static let phrases = Phrases.callToAction.map { Array($0.utf8) }

    /// Whether a line whose lowered bytes hold a phrase of `Phrases.callToAction` is furniture:
    /// the line is short, the phrase opens the line or one of its clauses, or it is one of
    /// `anywhere`. (Asked only of lines the phrase search found one in: few.)
    static func isFurniture(lower: UnsafeBufferPointer<UInt8>, words: Int, endsSentence: Bool) -> Bool {
        if words <= shortLineWords { return true }
        // A note's label opening the line: "Disclaimer: This content…".
        if labels.contains(where: { opens($0, lower, at: 0) }) { return true }
        if anywhere.tags(in: lower) != 0 { return true }
        // A sentence of some length is the story's, whatever it opens with ("Comments from
        // parents were mixed…", "Sponsored by the Rotary Club, the fair…"), unless it speaks to
        // the reader ("Subscribe to our newsletter for…"): the model weighs it.
        if endsSentence, words >= sentenceWords, !addressesTheReader(lower) { return false }
        var start = 0
        while start < lower.count {
            start = clauseStart(in: lower, from: start)
            guard start < lower.count else { return false }
            if phrases.contains(where: { opens($0, lower, at: start) && endsWord(lower, at: start + $0.count) }) { return true }
            start = nextClause(in: lower, after: start)
        }
        return false
    }

    /// Whether the text says "our", "your", "you" or "now" as a word: a button's sentence asks
    /// the reader ("Register now for free", "Sign up for our briefing"); a story's rarely does.
    static func addressesTheReader(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        for index in 0...bytes.count where index == bytes.count || !isLetter(bytes[index]) {
            defer { start = index + 1 }
            let length = index - start
            guard length >= 2, length <= 5 else { continue }
            if readerWords.contains(where: { $0.count == length && opens($0, bytes, at: start) }) { return true }
        }
        return false
    }

    private static let readerWords = ["our", "your", "you", "now"].map { Array($0.utf8) }

    /// The first ASCII letter from `index` on, past up to two words that ask for or point at a
    /// control ("Please sign in to comment", "Register now, or sign in with…", "No comments yet",
    /// "View all comments", "Get our newsletter").
    private static func clauseStart(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index < bytes.count, !isLetter(bytes[index]) { index += 1 }
        for _ in 0..<2 {
            guard let opener = openers.first(where: { opens($0, bytes, at: index) }) else { break }
            index += opener.count
        }
        return index
    }

    private static let openers = ["please ", "or ", "no ", "view ", "show ", "see ", "read ", "all ", "load ", "post ", "add ", "join ", "get ", "our "]
        .map { Array($0.utf8) }

    /// Where the clause after the one at `index` opens: after a space that follows a mark
    /// closing a sentence or a clause (": ", "? ", ", ", "| ", "— ", "» "…) or another space
    /// (two run-together boxes), after a tab, or the end.
    private static func nextClause(in bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Int {
        var index = index + 1
        while index < bytes.count {
            if bytes[index] == 0x09 || bytes[index] == 0x20 && closesClause(bytes[index - 1]) { return index + 1 }
            index += 1
        }
        return bytes.count
    }

    /// ASCII `: ? ! . , | - > ) ] /` or a space, or the last byte of – — » › • · (other
    /// characters end in these bytes too: a loose test, asked only where a phrase would then
    /// have to open).
    private static func closesClause(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x3A, 0x3F, 0x21, 0x2E, 0x2C, 0x7C, 0x2D, 0x3E, 0x29, 0x5D, 0x2F, 0x20: return true
        case 0x93, 0x94, 0xBB, 0xBA, 0xA2, 0xB7: return true
        default: return false
        }
    }

    /// Whether a word ends at `index`: "subscribe" opens "Subscribers saw…", and "donate"
    /// "Donated blood…", which are no buttons.
    private static func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index == bytes.count || !isLetter(bytes[index])
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func opens(_ phrase: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + phrase.count <= bytes.count else { return false }
        for offset in phrase.indices where bytes[index + offset] != phrase[offset] { return false }
        return true
    }
}
