/// How CJK text is indexed and looked up, as Lucene's CJK analyzer and Elasticsearch's
/// `cjk_bigram` do: a run of CJK characters is indexed as each character with the one after it
/// (`元旦の` → `元旦`, `旦の`), and its last character alone (`の`), so every character begins
/// one term. A query's run of two characters or more is then its bigrams, all required; a run of
/// one character, every term it begins. Bigrams do not say where they are, so a run of three
/// or more is also checked on the text (`needsTextCheck`).
enum CJKBigrams {
    /// What an index term of a word with CJK characters is, and so how it is folded.
    enum Term {
        /// A stretch of other letters and digits (`LAN` in `LANケーブル`): a word, to be folded.
        case word
        /// A CJK character and the next, or a run's last alone, without marks: already folded.
        case folded
        /// The same with a combining mark, to be folded.
        case marked
    }

    /// Calls `body` with each index term of `word` (a word holding CJK characters), in order.
    @inline(__always)
    static func forEachTerm(in word: UnsafeBufferPointer<UInt8>, _ body: (_ term: Range<Int>, _ kind: Term) -> Void) {
        // The CJK character before, whose term waits for the piece after it.
        var previous: Range<Int>?
        func isBare(_ piece: Range<Int>) -> Bool { WordPieces.isBare(UnsafeBufferPointer(rebasing: word[piece])) }
        WordPieces.forEach(in: word) { piece, isCJK in
            if let last = previous {
                let term = isCJK ? last.lowerBound..<piece.upperBound : last
                body(term, isBare(last) && (!isCJK || isBare(piece)) ? .folded : .marked)
            }
            previous = isCJK ? piece : nil
            if !isCJK { body(piece, .word) }
        }
        if let last = previous { body(last, isBare(last) ? .folded : .marked) }
    }

    /// The terms to look up for a folded query word that is a CJK run (`CJKScript.isRun`): its
    /// bigrams, or its one character as a prefix.
    static func lookups(forRun run: String) -> (terms: [String], arePrefixes: Bool) {
        // Folded, the run has no marks: a scalar is a character.
        let characters = run.unicodeScalars.map { String($0) }
        guard characters.count > 1 else { return (characters, true) }
        return (zip(characters, characters.dropFirst()).map { $0 + $1 }, false)
    }

    /// Whether a folded query word is a CJK run whose bigrams may all be in a text without it.
    static func needsTextCheck(_ word: String) -> Bool {
        CJKScript.isRun(word) && word.unicodeScalars.count > 2
    }
}
