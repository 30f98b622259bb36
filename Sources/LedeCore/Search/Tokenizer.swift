import Foundation

/// Splits text into search words, folded so that case and accents do not matter:
/// `Café` → `cafe`, `IRAN` → `iran`, `Pakistan’s` → `pakistan`, `s`, `Straße` → `strasse`, `ＬＡＮ` → `lan`.
public enum Tokenizer {
    /// Each word of `text` with its range, folded.
    public static func words(in text: String) -> [(word: String, range: Range<String.Index>)] {
        var out: [(String, Range<String.Index>)] = []
        forEachWord(in: text) { word, range in out.append((word, range)) }
        return out
    }

    /// Folded words of `text`, without ranges (the fast path used when indexing).
    public static func foldedWords(in text: String) -> [String] {
        var out: [String] = []
        // Room for a line's words at once (growing a word at a time copied the array four times).
        out.reserveCapacity(min(text.utf8.count / 4 + 1, 32))
        forEachFoldedWord(in: text) { out.append($0) }
        return out
    }

    /// Case and accent folding of one word.
    public static func fold(_ word: some StringProtocol) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        // The folded scalars' UTF-8, a byte at a time: appending scalars to a String's scalar
        // view cost some hundreds of instructions each.
        var folded: [UInt8] = []
        folded.reserveCapacity(word.utf8.count + 8)
        for scalar in word.unicodeScalars {
            if scalar.value < 0x80 {
                // ASCII: only the capitals change (no ASCII scalar is a mark or has a Latin base).
                folded.append(scalar.value &- 0x41 < 26 ? UInt8(scalar.value) | 0x20 : UInt8(scalar.value))
            } else if let letters = compatibleLetters(of: scalar.value) {
                folded.append(contentsOf: letters.utf8)
            } else if let base = latinBase(of: scalar.value) {
                folded.append(contentsOf: base.utf8)
            } else if let lower = caselessOrCyrillicLower(scalar.value) ?? greekBase(of: scalar.value) {
                folded.append(contentsOf: lower.utf8)
            } else if !scalar.properties.changesWhenLowercased {
                // Most scalars beyond Latin (CJK, kana, digits) have no case: skip making a String.
                if !isMark(scalar) { folded.append(contentsOf: scalar.utf8) }
            } else if !isMark(scalar) {
                folded.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The fold of a Cyrillic letter (U+0400…U+045F), or of kana (but the two combining sound
    /// marks, U+3099 and U+309A), a CJK ideograph or a Hangul syllable (no case, no mark), known
    /// without asking Unicode's property tables; nil for other scalars. (FoldTests checks every
    /// one against the tables.)
    @inline(__always)
    static func caselessOrCyrillicLower(_ value: UInt32) -> Unicode.Scalar? {
        switch value {
        case 0x0400...0x040F: Unicode.Scalar(value + 0x50)   // Ѐ…Џ → ѐ…џ
        case 0x0410...0x042F: Unicode.Scalar(value + 0x20)   // А…Я → а…я
        case 0x0430...0x045F, 0x3040...0x3098, 0x309B...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: Unicode.Scalar(value)
        default: nil
        }
    }

    /// A Greek letter's lower-case base (U+0386…U+03CE): without its tonos or dialytika, and the
    /// word-final `ς` as `σ`. Greek drops the accents in capitals ("ΟΛΥΜΠΙΑΚΟΣ" is "Ολυμπιακός"):
    /// a headline set in capitals, or a search typed without accents, finds the text's words.
    /// Nil for other scalars.
    @inline(__always)
    static func greekBase(of value: UInt32) -> Unicode.Scalar? {
        guard value >= 0x0386, value <= 0x03CE else { return nil }
        return greekBases[Int(value - 0x0386)]
    }

    /// `greekBase` of U+0386…U+03CE, nil for the three unassigned.
    private static let greekBases: [Unicode.Scalar?] = (UInt32(0x0386)...0x03CE).map { value in
        if let base = greekAccented[value] { return Unicode.Scalar(base) }
        if value >= 0x0391, value <= 0x03A9, value != 0x03A2 { return Unicode.Scalar(value + 0x20) }  // Α…Ω
        if value >= 0x03B1, value <= 0x03C9 { return Unicode.Scalar(value) }
        return nil
    }

    /// The accented Greek letters and the final sigma, with their bases (made once, for `greekBases`).
    private static let greekAccented: [UInt32: UInt32] = [
        0x0386: 0x03B1, 0x0388: 0x03B5, 0x0389: 0x03B7, 0x038A: 0x03B9, 0x038C: 0x03BF, 0x038E: 0x03C5, 0x038F: 0x03C9,
        0x0390: 0x03B9, 0x03AA: 0x03B9, 0x03AB: 0x03C5, 0x03AC: 0x03B1, 0x03AD: 0x03B5, 0x03AE: 0x03B7, 0x03AF: 0x03B9,
        0x03B0: 0x03C5, 0x03C2: 0x03C3, 0x03CA: 0x03B9, 0x03CB: 0x03C5, 0x03CC: 0x03BF, 0x03CD: 0x03C5, 0x03CE: 0x03C9,
    ]

    /// The ASCII letters a scalar is written apart from only for looks or by custom, lower-case:
    /// full-width Latin letters and digits (Japanese text's `ＬＡＮ`, `１２３`), the ligatures
    /// `ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ`, and `ß` `ẞ`, which German writes `SS` in capitals (`STRASSE`); nil for
    /// other scalars.
    @inline(__always)
    static func compatibleLetters(of value: UInt32) -> String? {
        switch value {
        case 0xDF, 0x1E9E: "ss"
        case 0xFB00...0xFB06: ["ff", "fi", "fl", "ffi", "ffl", "st", "st"][Int(value - 0xFB00)]
        case 0xFF10...0xFF19, 0xFF41...0xFF5A: String(Unicode.Scalar(UInt8(value - 0xFEE0)))
        case 0xFF21...0xFF3A: String(Unicode.Scalar(UInt8(value - 0xFEE0) | 0x20))
        default: nil
        }
    }

    /// An accented Latin letter's lower-case base letters (`É` → `e`, `ł` stays `ł`), from the
    /// table `scripts/latin-bases-table.swift` writes (`latinBases`); nil for other scalars.
    @inline(__always)
    static func latinBase(of value: UInt32) -> String? {
        switch value {
        case 0xC0...0x24F: latinBases[Int(value) - 0xC0]
        case 0x1E00...0x1EFF: latinBases[Int(value) - 0x1E00 + 0x190]
        default: nil
        }
    }

    /// Calls `body` for every word: a run of letters, digits and combining marks.
    static func forEachWord(in text: String, _ body: (String, Range<String.Index>) -> Void) {
        forEachWord(in: text) { word, range in
            body(word, range)
            return true
        }
    }

    /// Like `forEachWord`, until `body` returns false (a snippet needs the first match only,
    /// and a page can be one 100 MB line).
    static func forEachWord(in text: String, while body: (String, Range<String.Index>) -> Bool) {
        let scalars = text.unicodeScalars
        var start: String.Index?
        var asciiOnly = true
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let value = scalar.value
            let isWord: Bool
            if value < 0x80 {
                isWord = (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
            } else {
                isWord = isWordScalar(scalar)
                if isWord { asciiOnly = false }
            }
            if isWord {
                if start == nil { start = index }
            } else if let begin = start {
                let slice = text[begin..<index]
                guard body(asciiOnly ? slice.lowercased() : fold(slice), begin..<index) else { return }
                start = nil
                asciiOnly = true
            }
            index = scalars.index(after: index)
        }
        if let begin = start {
            let slice = text[begin..<text.endIndex]
            _ = body(asciiOnly ? slice.lowercased() : fold(slice), begin..<text.endIndex)
        }
    }

    /// Calls `body` with every folded word of `text`: the indexing path. ASCII words are lowered
    /// byte by byte without decoding; only words with other letters are folded the slow way.
    public static func forEachFoldedWord(in text: String, _ body: (String) -> Void) {
        text.withUTF8Bytes { bytes in
            var wordStart = -1
            var asciiOnly = true
            var index = 0
            func finish(at end: Int) {
                guard wordStart >= 0 else { return }
                let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<end])
                if asciiOnly {
                    // ASCII letters and digits: the letters lowered as they are copied.
                    body(String(unsafeUninitializedCapacity: word.count) { folded in
                        for offset in word.indices { folded[offset] = word[offset] >= 0x41 ? word[offset] | 0x20 : word[offset] }
                        return word.count
                    })
                } else {
                    body(fold(String(decoding: word, as: UTF8.self)))
                }
                wordStart = -1
                asciiOnly = true
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    let lower = byte | 0x20
                    if (byte >= 0x30 && byte <= 0x39) || (lower >= 0x61 && lower <= 0x7A) {
                        if wordStart < 0 { wordStart = index }
                    } else {
                        finish(at: index)
                    }
                    index += 1
                    continue
                }
                // A multi-byte scalar: decode it to decide whether it is part of a word.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                for offset in 1..<length where index + offset < bytes.count {
                    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
                // (The word-scalar table: asking Unicode's property tables cost hundreds of instructions.)
                if WordScalars().contains(value) {
                    if wordStart < 0 { wordStart = index }
                    asciiOnly = false
                } else {
                    finish(at: index)
                }
                index += length
            }
            finish(at: bytes.count)
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || isMark(scalar)
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
