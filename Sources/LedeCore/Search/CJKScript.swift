/// Han ideographs, kana and Hangul: scripts whose words search cannot find by the spaces and
/// punctuation around them (Chinese and Japanese put none between words; a Korean word carries
/// its particles, `서울에서`), so their text is searched character by character (`CJKBigrams`).
enum CJKScript {
    /// Whether `value` is such a character. The combining kana sound marks (U+3099, U+309A) are
    /// not: like other marks, they belong to the character before them.
    @inline(__always)
    static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3040...0x3098, 0x309B...0x30FF, 0xAC00...0xD7AF,  // Han, kana, Hangul syllables
             0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3FFFF,  // Han: extension A, compatibility, other planes
             0x3005...0x3007, 0x3100...0x312F, 0x31A0...0x31BF,    // 々 〆 〇, bopomofo
             0x31F0...0x31FF, 0xFF66...0xFF9F,                     // small and half-width katakana
             0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF:  // Hangul jamo
            true
        default:
            false
        }
    }

    /// Whether a folded query word is a run of these characters (the query splits its words at
    /// the runs' edges, so a word is all CJK or none).
    static func isRun(_ word: String) -> Bool {
        word.unicodeScalars.first.map { contains($0.value) } ?? false
    }
}
