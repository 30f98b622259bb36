import Foundation

/// A month named beside a day or a year, as datelines write it: a month's name, or a word
/// opening with a three-letter abbreviation of one ("dez", "Sept.", "januari", "marzo"), with a
/// figure one word away or two ("5 de maio de 2026", "Dec. 12", "Mai 2026", "23rd of March").
/// `Phrases.months` finds the names inside words too ("maior", "doctor"), and a headline can name
/// a month with its figures elsewhere ("Preço … sobe 12% em novembro", "10 consejos para ahorrar
/// en diciembre"): both made dates of headlines. A capital after a small letter opens another
/// word, as a source runs into its date ("Associated PressDecember 2, 2016").
enum MonthDate {
    /// Whether the text names a month beside a day or a year. Asked only of a line
    /// `Phrases.months` has a hit in; read from its bytes and `lower`'s (as long: lowering keeps
    /// each character's length), as characters it cost 190M instructions over the dev corpora.
    static func occurs(in text: UnsafeBufferPointer<UInt8>, lower: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lower.count == text.count else { return false }
        // The words and figures in order: a month, a figure (digits alone, not an amount or a
        // share: "12%", "$5", "€5"), or any other word.
        enum Token { case month, figure, other }
        var tokens: [Token] = []
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            let start = index
            if byte &- 0x30 < 10 {
                while index < count, text[index] &- 0x30 < 10 { index += 1 }
                // An ordinal's letters glued on are the figure's ("23rd", "1er", "2e").
                var suffix = index
                while suffix < count, suffix - index < 3, (text[suffix] | 0x20) &- 0x61 < 26 { suffix += 1 }
                if suffix > index, suffix - index <= 2, suffix == count || (text[suffix] | 0x20) &- 0x61 >= 26 && text[suffix] < 0x80 { index = suffix }
                let before = start > 0 ? text[start - 1] : 0
                let after = index < count ? text[index] : 0
                // $ £ € before, % ° € after.
                let amount = before == 0x24 || before == 0xA3 || before == 0xAC || after == 0x25
                    || after == 0xC2 && index + 1 < count && text[index + 1] == 0xB0
                    || after == 0xE2 && index + 2 < count && text[index + 1] == 0x82 && text[index + 2] == 0xAC
                tokens.append(amount ? .other : .figure)
            } else if NativeDigits.length(in: text, at: index) > 0 {
                // A figure in a script's own digits ("۱۷ آذر ۱۴۰۳", "০৭ ডিসেম্বর ২০২৪").
                while index < count, case let length = NativeDigits.length(in: text, at: index), length > 0 { index += length }
                tokens.append(.figure)
            } else if (byte | 0x20) &- 0x61 < 26 || byte >= 0xC3 && !(byte == 0xE2 || byte == 0xE3 || byte == 0xEF) {
                // Letters: ASCII, or any character of two bytes and more but those led by C2, E2,
                // E3 and EF (Latin-1's marks, general punctuation, CJK marks and kana, full-width
                // forms: no month here is written in them), which are left out whole.
                index += 1
                var dotted = false
                while index < count {
                    let next = text[index]
                    if next & 0xC0 == 0x80 || next >= 0xC3 && !(next == 0xE2 || next == 0xE3 || next == 0xEF) { index += 1; continue }
                    // Thai abbreviates a month with dots between its letters ("พ.ค."): beyond
                    // ASCII, a dot before a letter is the word's, and so is the one after it.
                    if next == 0x2E, byte >= 0xC3, dotted || index + 1 < count && text[index + 1] >= 0xC3 {
                        dotted = true
                        index += 1
                        continue
                    }
                    guard (next | 0x20) &- 0x61 < 26 else { break }
                    // A capital right after a small letter opens a word of its own.
                    if next &- 0x41 < 26, text[index - 1] &- 0x61 < 26 { break }
                    index += 1
                }
                tokens.append(isMonth(UnsafeBufferPointer(rebasing: lower[start..<index])) ? .month : .other)
            } else {
                index += 1
                while index < count, text[index] & 0xC0 == 0x80 { index += 1 }
            }
        }
        return tokens.indices.contains { index in
            tokens[index] == .month && [index - 2, index - 1, index + 1, index + 2].contains { tokens.indices.contains($0) && tokens[$0] == .figure }
        }
    }

    /// Whether a word's lowered bytes are a month's name or open with a three-letter abbreviation.
    private static func isMonth(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 3, word.count <= monthWordBytes else { return false }
        if word.count > 3, monthAbbreviations.contains(String(decoding: UnsafeBufferPointer(rebasing: word[..<3]), as: UTF8.self)) { return true }
        return monthWords.contains(String(decoding: word, as: UTF8.self))
    }

    /// The abbreviations that open the months' names in many languages ("januari", "marzo", "dezember").
    static let monthAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The most bytes of a word in `monthWords`.
    private static let monthWordBytes = monthWords.map(\.utf8.count).max()!

    /// `Phrases.months` as words, and `Phrases.monthNames`.
    static let monthWords: Set<String> = Phrases.monthNames.union(Phrases.months.map { word in
        let trimmed = word.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("de ") ? String(trimmed.dropFirst(3)) : trimmed
    })
}
