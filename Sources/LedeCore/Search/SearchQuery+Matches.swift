extension SearchQuery {
    /// Where the query's words occur in `text` (folded the same way), sorted, not overlapping:
    /// the ranges to highlight. A quoted phrase is one range wherever the search would find it
    /// (`phraseMatches`), the other words each their own. A CJK run is found wherever it is in
    /// the text's CJK runs.
    /// - Parameter limit: stop after this many (a snippet needs one).
    public func matches(in text: String, limit: Int = .max) -> [Range<String.Index>] {
        guard !phrases.isEmpty, limit > 0 else { return [] }
        guard !closedPhrases.isEmpty else { return Self.wordMatches(of: phrases, prefix: prefixWord, in: text, limit: limit) }
        var looseWords = phrases
        for phrase in closedPhrases {
            if let index = looseWords.firstIndex(of: phrase) { looseWords.remove(at: index) }
        }
        let inPhrases = phraseMatches(in: text)
        let loose = Self.wordMatches(of: looseWords, prefix: prefixWord, in: text, limit: .max).filter { word in
            !inPhrases.contains { $0.overlaps(word) }
        }
        return Array((inPhrases + loose).sorted { $0.lowerBound < $1.lowerBound }.prefix(limit))
    }

    /// The word being typed, matched as the start of a word.
    private var prefixWord: String? { lastIsPrefix ? phrases.last?.last : nil }

    /// Where `phrases`' words occur, each on its own, and the words `prefix` starts.
    private static func wordMatches(of phrases: [[String]], prefix: String?, in text: String, limit: Int) -> [Range<String.Index>] {
        guard !phrases.isEmpty else { return [] }
        let words = phrases.joined()
        let wanted = Set(words)
        let isWanted = { (word: String) in wanted.contains(word) || prefix.map(word.hasPrefix) == true }
        // Longest first, so the longest run found at a place is the one highlighted.
        let runs = Set(words.filter(CJKScript.isRun)).map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
        var found: [Range<String.Index>] = []
        Tokenizer.forEachWord(in: text) { word, range in
            if word.withUTF8Bytes(WordPieces.hasCJK) {
                found += Self.matches(inWordWithCJK: range, of: text, runs: runs, isWanted: isWanted)
            } else if isWanted(word) {
                found.append(range)
            }
            return found.count < limit
        }
        return Array(found.prefix(limit))
    }

    /// The matches in a word with CJK characters: its other stretches (`LAN` in `LANケーブル`)
    /// as words, and every place in its CJK runs where one of `runs` is, character for character.
    private static func matches(inWordWithCJK word: Range<String.Index>, of text: String, runs: [[Unicode.Scalar]],
                                isWanted: (String) -> Bool) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        // The CJK run being read: each character folded (its scalar; folding drops marks) and where it is.
        var characters: [(scalar: Unicode.Scalar, range: Range<String.Index>)] = []
        func findRuns() {
            var start = 0
            while start < characters.count {
                let match = runs.first { run in
                    start + run.count <= characters.count && zip(run, characters[start...]).allSatisfy { $0 == $1.scalar }
                }
                guard let match else { start += 1; continue }
                found.append(characters[start].range.lowerBound..<characters[start + match.count - 1].range.upperBound)
                start += match.count
            }
            characters.removeAll()
        }
        WordPieces.forEach(in: text, word) { piece, isCJK in
            if isCJK {
                characters.append((text.unicodeScalars[piece.lowerBound], piece))
            } else {
                findRuns()
                if isWanted(Tokenizer.fold(text[piece])) { found.append(piece) }
            }
        }
        findRuns()
        return found
    }
}
