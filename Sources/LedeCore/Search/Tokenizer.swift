import Foundation

/// Splits text into search words, folded so that case and accents do not matter:
/// `Café` → `cafe`, `IRAN` → `iran`, `Pakistan’s` → `pakistan`, `s`.
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
        forEachWord(in: text) { word, _ in out.append(word) }
        return out
    }

    /// Case and accent folding of one word.
    public static func fold(_ word: some StringProtocol) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        let decomposed = String(word).decomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where !isMark(scalar) {
            scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
        return String(scalars)
    }

    /// Calls `body` for every word: a run of letters, digits and combining marks.
    static func forEachWord(in text: String, _ body: (String, Range<String.Index>) -> Void) {
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
                body(asciiOnly ? slice.lowercased() : fold(slice), begin..<index)
                start = nil
                asciiOnly = true
            }
            index = scalars.index(after: index)
        }
        if let begin = start {
            let slice = text[begin..<text.endIndex]
            body(asciiOnly ? slice.lowercased() : fold(slice), begin..<text.endIndex)
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
