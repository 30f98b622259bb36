/// A parsed search query, in the language a user can guess:
/// words are all required; `"exact phrase"`; `-word` excludes; the word being typed (no space
/// after it yet) also matches as a prefix.
public struct SearchQuery: Sendable, Equatable {
    /// What the user typed (sanitised).
    public var text: String
    /// Required words, folded. Words joined by punctuation (`de-escalation`) are phrases. A run
    /// of CJK characters is a word of its own (`LANケーブル` is `lan`, `ケーブル`).
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
    /// Terms were typed past `maximumTerms`, and left out.
    public var leftTermsOut = false

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
                let count = phrases.count
                add(phrase: body[..<close], excluded: false)
                if close < body.endIndex, let phrase = phrases.last, phrase.count > 1 { closedPhrases.append(phrase) }
                rest = close < body.endIndex ? body[body.index(after: close)...] : body[body.endIndex...]
                // A phrase still being typed ends in the word being typed, a prefix as outside quotes.
                lastIsPrefix = close == body.endIndex && phrases.count > count && body.last != " " && (phrases.last?.last?.count ?? 0) >= 2
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
            if phrases.count + excluded.count >= Self.maximumTerms {
                leftTermsOut = rest.contains { $0 != " " }
                break
            }
        }
    }

    private mutating func add(phrase: Substring, excluded isExcluded: Bool) {
        let words = Tokenizer.foldedWords(in: String(phrase)).flatMap(WordPieces.runs)
        guard !words.isEmpty else { return }
        if isExcluded { excluded += words } else { phrases.append(words) }
    }

    /// No required words: nothing to search for.
    public var isEmpty: Bool { phrases.isEmpty }

    /// Phrases the index cannot answer alone, to be checked on the text: closed phrases, and CJK
    /// runs whose bigrams could be apart (`CJKBigrams`).
    var phrasesToCheck: [[String]] {
        closedPhrases + phrases.joined().filter(CJKBigrams.needsTextCheck).map { [$0] }
    }

    /// Excluded CJK runs the index cannot answer alone: a story is left out when its text has one.
    var excludedPhrasesToCheck: [[String]] {
        excluded.filter(CJKBigrams.needsTextCheck).map { [$0] }
    }
}
