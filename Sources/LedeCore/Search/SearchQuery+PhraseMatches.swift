extension SearchQuery {
    /// Where the closed phrases occur in `text`, each occurrence one range, sorted, not
    /// overlapping. They are found as the search finds them (`PhraseMatcher`): folded words one
    /// after another, a phrase's CJK run as characters of one run in the text.
    func phraseMatches(in text: String) -> [Range<String.Index>] {
        let pieces = Self.foldedPieces(of: text)
        var found: [Range<String.Index>] = []
        for phrase in closedPhrases {
            let wanted = Self.pieces(ofPhrase: phrase)
            var start = 0
            while start + wanted.count <= pieces.count {
                let isThere = zip(wanted, pieces[start...]).allSatisfy { want, piece in
                    want.word == piece.word && (!want.joinsPrevious || piece.joinsPrevious)
                }
                guard isThere else { start += 1; continue }
                found.append(pieces[start].range.lowerBound..<pieces[start + wanted.count - 1].range.upperBound)
                start += wanted.count
            }
        }
        // Two phrases found at one place: the first, and of those starting together the longest.
        found.sort { $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.upperBound > $1.upperBound }
        var kept: [Range<String.Index>] = []
        for range in found where !(kept.last?.overlaps(range) ?? false) { kept.append(range) }
        return kept
    }

    /// A phrase's words as matched: a CJK run as its characters, each but the first joining the
    /// one before (as `PhraseMatcher` reads it).
    private static func pieces(ofPhrase phrase: [String]) -> [(word: String, joinsPrevious: Bool)] {
        phrase.flatMap { word in
            guard CJKScript.isRun(word) else { return [(word, false)] }
            return word.unicodeScalars.enumerated().map { (String($1), $0 > 0) }
        }
    }

    /// The text's folded words, a word with CJK characters in its pieces (`WordPieces`), each CJK
    /// character noting whether it follows another.
    private static func foldedPieces(of text: String) -> [(word: String, joinsPrevious: Bool, range: Range<String.Index>)] {
        var pieces: [(word: String, joinsPrevious: Bool, range: Range<String.Index>)] = []
        Tokenizer.forEachWord(in: text) { word, range in
            guard word.withUTF8Bytes(WordPieces.hasCJK) else { pieces.append((word, false, range)); return }
            var afterCJK = false
            WordPieces.forEach(in: text, range) { piece, isCJK in
                pieces.append((Tokenizer.fold(text[piece]), isCJK && afterCJK, piece))
                afterCJK = isCJK
            }
        }
        return pieces
    }
}
