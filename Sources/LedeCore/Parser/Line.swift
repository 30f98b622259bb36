/// One line of a text page with the features the parser decides on, measured once from its
/// UTF-8 bytes in a single pass (no per-Character work: pages can be large).
struct Line: Sendable {
    /// The line, sanitised and trimmed.
    let text: String
    /// 0-based line number in the page.
    let number: Int
    let wordCount: Int
    /// Ends like a sentence: . ! ? … : ; or a closing quote or bracket after one.
    let endsSentence: Bool
    /// Ends in an ellipsis (`…`, `...`, `[…]`): a cut-off excerpt of another story.
    let endsTruncated: Bool
    /// Has sentence punctuation inside (". " etc.), a sign of running prose.
    let hasInnerSentenceBreak: Bool
    /// Share of letters that are upper case (0…1); nav bars and kickers shout.
    let upperCaseShare: Double
    /// Lower-cased letters and digits only, for comparing lines ("google cta" == "Google CTA!").
    /// Lines too long to be furniture get a key of their own so that they never compare equal.
    let key: String
    /// The text with ASCII letters lower-cased, for phrase matching; empty for long lines.
    let lower: String
    /// For an image-credit line (`Top image credit: X`), the credit `X`.
    let credit: String?
    /// Cells separated by tabs: a row of a table (results, standings, prices), which is content.
    let isTableRow: Bool
    /// How many lines of the page have this line's key (set by the parser once all are read).
    var repeats = 1
    /// What the phrase lists say about the line, worked out once: the parser asks many times.
    private(set) var isExpandControl = false
    private(set) var isCallToAction = false
    private(set) var isBylineOrDate = false
    private(set) var isCaption = false

    var isBlank: Bool { text.isEmpty }

    /// Lines longer than this (in bytes) are prose, never furniture, and get no phrase matching.
    static let phraseLimit = 400

    init(_ bytes: UnsafeBufferPointer<UInt8>, number: Int) {
        self.number = number
        let trimmed = Self.trim(bytes)
        text = trimmed.isEmpty ? "" : Sanitizer.clean(trimmed)

        var words = 0
        var inWord = false
        var letters = 0
        var upper = 0
        var innerBreak = false
        var previous: UInt8 = 0x20
        var tabs = 0
        let short = trimmed.count <= Self.phraseLimit
        var keyBytes: [UInt8] = []
        var lowerBytes: [UInt8] = []
        if short {
            keyBytes.reserveCapacity(trimmed.count)
            lowerBytes.reserveCapacity(trimmed.count)
        }
        var index = 0
        let count = trimmed.count
        while index < count {
            let byte = trimmed[index]
            let isSpace = byte == 0x20 || byte == 0x09
            if isSpace {
                if byte == 0x09 { tabs += 1 }
                if inWord { words += 1 }
                inWord = false
                if previous == 0x2E || previous == 0x21 || previous == 0x3F { innerBreak = true }
            } else {
                inWord = true
            }
            switch byte {
            case 0x41...0x5A:
                letters += 1
                upper += 1
                if short { keyBytes.append(byte | 0x20); lowerBytes.append(byte | 0x20) }
            case 0x61...0x7A, 0x30...0x39:
                if byte >= 0x61 { letters += 1 }
                if short { keyBytes.append(byte); lowerBytes.append(byte) }
            case 0xC3 where index + 1 < count:
                // Latin-1 letters: U+00C0…U+00DE upper (but not ×), the rest lower.
                let next = trimmed[index + 1]
                letters += 1
                let isUpper = next >= 0x80 && next <= 0x9E && next != 0x97
                if isUpper { upper += 1 }
                if short {
                    keyBytes.append(0xC3); keyBytes.append(isUpper ? next + 0x20 : next)
                    lowerBytes.append(0xC3); lowerBytes.append(isUpper ? next + 0x20 : next)
                }
                index += 2
                previous = next
                continue
            case 0xE2 where index + 2 < count && trimmed[index + 1] == 0x80:
                // General punctuation (quotes, dashes, ellipsis): not part of the key.
                if short { lowerBytes.append(byte); lowerBytes.append(0x80); lowerBytes.append(trimmed[index + 2]) }
                previous = trimmed[index + 2] == 0xA6 ? 0x2E : trimmed[index + 2]
                index += 3
                continue
            case 0xC0...0xFF:
                letters += 1
                if byte == 0xD0, index + 1 < count, trimmed[index + 1] >= 0x90, trimmed[index + 1] <= 0xAF { upper += 1 }
                if short { keyBytes.append(byte); lowerBytes.append(byte) }
            case 0x80...0xBF:
                if short { keyBytes.append(byte); lowerBytes.append(byte) }
            default:
                if short { lowerBytes.append(byte) }
            }
            previous = byte
            index += 1
        }
        if inWord { words += 1 }
        wordCount = words
        isTableRow = tabs >= 2
        upperCaseShare = letters == 0 ? 0 : Double(upper) / Double(letters)
        hasInnerSentenceBreak = innerBreak
        key = short ? String(decoding: keyBytes, as: UTF8.self) : "#line\(number)"
        lower = short ? String(decoding: lowerBytes, as: UTF8.self) : ""
        (endsSentence, endsTruncated) = Self.ending(of: trimmed)
        credit = short ? Phrases.credit(in: text, lower: lower) : nil
        if wordCount > 0 {
            isExpandControl = Phrases.isExpandControl(self)
            isCallToAction = Phrases.isCallToAction(self)
            isBylineOrDate = Phrases.isBylineOrDate(self)
            isCaption = Phrases.isCaption(self)
        }
    }

    /// Whether the bytes end like a sentence, and whether they end in an ellipsis.
    private static func ending(of bytes: UnsafeBufferPointer<UInt8>) -> (sentence: Bool, truncated: Bool) {
        var end = bytes.count
        // Skip closing quotes and brackets: " ' ) ] » ” ’
        while end > 0 {
            let byte = bytes[end - 1]
            if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D { end -= 1; continue }
            if end >= 2, bytes[end - 2] == 0xC2, byte == 0xBB { end -= 2; continue }
            if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, byte == 0x9D || byte == 0x99 { end -= 3; continue }
            break
        }
        guard end > 0 else { return (false, false) }
        let last = bytes[end - 1]
        if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, last == 0xA6 { return (true, true) }
        if end >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, last == 0x82 { return (true, false) }  // 。
        if last == 0x2E {
            let truncated = end >= 3 && bytes[end - 2] == 0x2E && bytes[end - 3] == 0x2E
            return (true, truncated)
        }
        return (last == 0x21 || last == 0x3F || last == 0x3A || last == 0x3B, false)
    }

    /// The bytes without leading and trailing spaces, tabs, carriage returns and no-break spaces.
    private static func trim(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C }
        while start < end {
            if isSpace(bytes[start]) { start += 1 } else if start + 1 < end, bytes[start] == 0xC2, bytes[start + 1] == 0xA0 { start += 2 } else if start + 2 < end, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF { start += 3 } else { break }
        }
        while end > start {
            if isSpace(bytes[end - 1]) { end -= 1 } else if end - 1 > start, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 { end -= 2 } else { break }
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Long running prose: the stuff of article bodies.
    var isParagraph: Bool {
        if credit != nil || endsTruncated { return false }
        if wordCount >= 25 { return upperCaseShare < 0.5 }
        return wordCount >= 10 && endsSentence && upperCaseShare < 0.5
    }
}

extension String {
    /// Without leading and trailing white space (Unicode-aware).
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
