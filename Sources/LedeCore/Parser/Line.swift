/// One line of a text page with the features the parser decides on, measured once from its bytes.
struct Line: Sendable {
    /// The line, sanitised and trimmed.
    let text: String
    /// 0-based line number in the page.
    let number: Int
    let wordCount: Int
    /// Ends like a sentence: . ! ? … or a closing quote or bracket after one.
    let endsSentence: Bool
    /// Has sentence punctuation inside (". " etc.), a sign of running prose.
    let hasInnerSentenceBreak: Bool
    /// Share of letters that are upper case (0…1); nav bars and kickers shout.
    let upperCaseShare: Double
    /// Lower-cased letters and digits only, for comparing lines ("google cta" == "Google CTA!").
    let key: String
    /// For an image-credit line (`Top image credit: X`), the credit `X`.
    let credit: String?

    var isBlank: Bool { text.isEmpty }

    init(_ raw: Substring, number: Int) {
        let cleaned = Sanitizer.clean(String(raw)).trimmingSpaces()
        text = cleaned
        self.number = number
        var words = 0
        var inWord = false
        var letters = 0
        var upper = 0
        var innerBreak = false
        var previous: Character = " "
        var key = ""
        for character in cleaned {
            if character.isWhitespace {
                if inWord { words += 1 }
                inWord = false
                if ".!?".contains(previous) { innerBreak = true }
            } else {
                inWord = true
            }
            if character.isLetter {
                letters += 1
                if character.isUppercase { upper += 1 }
            }
            if character.isLetter || character.isNumber { key += character.lowercased() }
            previous = character
        }
        if inWord { words += 1 }
        wordCount = words
        upperCaseShare = letters == 0 ? 0 : Double(upper) / Double(letters)
        hasInnerSentenceBreak = innerBreak
        self.key = key
        var last = cleaned.last
        var trimmed = Substring(cleaned)
        while let character = last, "\"”’')]»".contains(character) {
            trimmed = trimmed.dropLast()
            last = trimmed.last
        }
        endsSentence = last.map { ".!?…:;".contains($0) } ?? false
        credit = Phrases.credit(in: cleaned)
    }

    /// Long running prose: the stuff of article bodies.
    var isParagraph: Bool {
        if credit != nil { return false }
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
