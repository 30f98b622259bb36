/// Where a line may break inside a run of text without spaces: Chinese and Japanese are written
/// without them, so a break may fall between two ideographs or kana, and between them and Latin
/// text (UAX #14), but never inside a Latin word or a number ("5000円" keeps "5000" whole).
/// Kinsoku (JIS X 4051): closing punctuation and small kana never start a line, opening brackets
/// never end one; the character beside them moves with them (the simplest oidashi).
enum LineBreakRules {
    /// `word` cut where a line may break; one piece when it holds no CJK text.
    static func pieces(of word: Substring) -> [Substring] {
        var pieces: [Substring] = []
        var start = word.startIndex
        var previous: Character?
        for index in word.indices {
            let character = word[index]
            if let before = previous, breakAllowed(between: before, and: character) {
                pieces.append(word[start..<index])
                start = index
            }
            previous = character
        }
        pieces.append(word[start...])
        return pieces
    }

    /// Whether `word` may hold CJK text: a look at its bytes first, since most words are Latin
    /// (U+2E80 and above take a lead byte of 0xE2 or more).
    static func mayHoldCJK(_ word: Substring) -> Bool {
        word.utf8.contains { $0 >= 0xE2 } && word.unicodeScalars.contains(where: isCJK)
    }

    static func breakAllowed(between before: Character, and after: Character) -> Bool {
        guard let first = before.unicodeScalars.first, let second = after.unicodeScalars.first else { return false }
        return (isCJK(first) || isCJK(second)) && !neverEndsLine(first) && !neverStartsLine(second)
    }

    /// Ideographs, kana, CJK punctuation and full-width forms (Hangul is left out: Korean is
    /// written with spaces between words).
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3000...0x30FF, 0x31F0...0x31FF, 0x3200...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Closing punctuation, stops, the long-vowel mark and small kana (JIS X 4051 classes 2–7
    /// and 11), full-width or not.
    static func neverStartsLine(_ scalar: Unicode.Scalar) -> Bool {
        closingCharacters.contains(scalar)
    }

    /// Opening brackets and quotation marks (JIS X 4051 class 1), full-width or not.
    static func neverEndsLine(_ scalar: Unicode.Scalar) -> Bool {
        openingCharacters.contains(scalar)
    }

    private static let closingCharacters = Set(
        ("、。，．）」』】〕》〉〙〗”’！？：；・ー〜ゝゞヽヾ々"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
            + "！），．：；？］｝｡｣､･ｰｧｨｩｪｫｬｭｮｯ"
            + ")]},.!?:;%").unicodeScalars
    )

    private static let openingCharacters = Set("（「『【〔《〈〘〖“‘［｛｢([{".unicodeScalars)
}
