/// The most frequent words of each language's stop-word list ("with", "from", "that", "avec",
/// "para", "nicht"): words every text uses whatever it is about. A headline that shares only
/// these with its story's opening is not about it (`BodyOverlap`). jusText's lists are in
/// order of frequency; their heads are function words, their tails ("world", "city", "film")
/// are not.
enum FunctionWords {
    /// How many words of the head of each list count.
    static let perLanguage = 40

    /// The hashes (`WordHashes`: FNV-1a of the lowered bytes) of the head of every list, in an
    /// open-addressing set as the stop words are (a `Set`'s hashing cost more than the lookups).
    static let hashes: StopWords.Table.WordSet = {
        var hashes: [UInt64] = []
        for list in StopWords.justextLists {
            // The head's bytes, hashed where they lie (a line feed ends a word as the end of a
            // String does): split into Strings by Characters, the heads cost 5M instructions
            // at start-up. (Splitting the whole lists, 744 KB, cost 300M.)
            _ = list.words.withUTF8Bytes { words in
                StopWords.forEachWord(of: UnsafeBufferPointer(rebasing: words[..<headEnd(of: words)])) { key, _ in hashes.append(key) }
            }
        }
        return StopWords.Table.WordSet(hashes)
    }()

    /// Where a list's first `perLanguage` lines that are not empty end (past the last one's line
    /// feed), as `split(separator: "\n")` would take them.
    private static func headEnd(of words: UnsafeBufferPointer<UInt8>) -> Int {
        var lines = 0, end = 0, lineStart = 0
        while end < words.count, lines < perLanguage {
            if words[end] == 0x0A {
                if end > lineStart { lines += 1 }
                lineStart = end + 1
            }
            end += 1
        }
        return end
    }

    /// Whether a word of lower-case ASCII bytes is one of them.
    static func contains(asciiLowered word: UnsafeBufferPointer<UInt8>) -> Bool {
        var hash = WordHashes.seed
        for byte in word { hash = (hash ^ UInt64(byte)) &* WordHashes.prime }
        return hashes.contains(hash)
    }
}
