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
            // (Split only as far as the head: splitting the whole lists, 744 KB, cost 300M
            // instructions at start-up.)
            for word in list.words.split(separator: "\n", maxSplits: perLanguage).prefix(perLanguage) {
                StopWords.forEachWord(of: String(word)) { key, _ in hashes.append(key) }
            }
        }
        return StopWords.Table.WordSet(hashes)
    }()

    /// Whether a word of lower-case ASCII bytes is one of them.
    static func contains(asciiLowered word: UnsafeBufferPointer<UInt8>) -> Bool {
        var hash = WordHashes.seed
        for byte in word { hash = (hash ^ UInt64(byte)) &* WordHashes.prime }
        return hashes.contains(hash)
    }
}
