/// A parsed search query, in the language a user can guess:
/// words are all required; `"exact phrase"`; `-word` excludes; the word being typed (no space
/// after it yet) also matches as a prefix.
public struct SearchQuery: Sendable, Equatable {
    /// What the user typed (sanitised).
    public var text: String
    /// Required words, folded. Words joined by punctuation (`de-escalation`) are phrases.
    public var phrases: [[String]]
    /// Words that must not occur, folded.
    public var excluded: [String]
    /// The last required word matches any word it starts (at least two letters typed).
    public var lastIsPrefix: Bool
    /// Phrases whose closing quote has been typed: only those are checked word for word
    /// (while a phrase is still being typed its words are simply all required).
    public var closedPhrases: [[String]] = []

    /// Query terms past this many are ignored, so a huge paste cannot stall a keystroke.
    public static let maximumTerms = 16

    public init(parsing input: String) {
        text = Sanitizer.clean(input)
        phrases = []
        excluded = []
        lastIsPrefix = false
        var rest = Substring(text)
        while let first = rest.firstIndex(where: { $0 != " " }) {
            rest = rest[first...]
            if rest.first == "\"" {
                let body = rest.dropFirst()
                let close = body.firstIndex(of: "\"") ?? body.endIndex
                add(phrase: body[..<close], excluded: false)
                if close < body.endIndex, let phrase = phrases.last, phrase.count > 1 { closedPhrases.append(phrase) }
                rest = close < body.endIndex ? body[body.index(after: close)...] : body[body.endIndex...]
                lastIsPrefix = false
                continue
            }
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            let token = rest[..<end]
            rest = rest[end...]
            if token.hasPrefix("-"), token.count > 1 {
                add(phrase: token.dropFirst(), excluded: true)
            } else {
                add(phrase: token, excluded: false)
                lastIsPrefix = rest.isEmpty && (phrases.last?.last?.count ?? 0) >= 2
            }
            if phrases.count + excluded.count >= Self.maximumTerms { break }
        }
    }

    private mutating func add(phrase: Substring, excluded isExcluded: Bool) {
        let words = Tokenizer.foldedWords(in: String(phrase))
        guard !words.isEmpty else { return }
        if isExcluded { excluded += words } else { phrases.append(words) }
    }

    /// No required words: nothing to search for.
    public var isEmpty: Bool { phrases.isEmpty }

    /// Where the query's words occur in `text` (folded the same way), sorted, not overlapping:
    /// the ranges to highlight.
    /// - Parameter limit: stop after this many (a snippet needs one).
    public func matches(in text: String, limit: Int = .max) -> [Range<String.Index>] {
        guard !phrases.isEmpty, limit > 0 else { return [] }
        let wanted = Set(phrases.joined())
        let prefix = lastIsPrefix ? phrases.last?.last : nil
        var found: [Range<String.Index>] = []
        Tokenizer.forEachWord(in: text) { word, range in
            if wanted.contains(word) || prefix.map(word.hasPrefix) == true { found.append(range) }
            return found.count < limit
        }
        return found
    }
}
