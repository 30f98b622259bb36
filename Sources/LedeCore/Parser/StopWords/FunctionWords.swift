/// The most frequent words of each language's stop-word list ("with", "from", "that", "avec",
/// "para", "nicht"): words every text uses whatever it is about. A headline that shares only
/// these with its story's opening is not about it (`BodyOverlap`). jusText's lists are in
/// order of frequency; their heads are function words, their tails ("world", "city", "film")
/// are not.
enum FunctionWords {
    /// How many words of the head of each list count.
    static let perLanguage = 40

    /// The hashes (`WordHashes`: FNV-1a of the lowered bytes) of the head of every list.
    static let hashes: Set<UInt64> = {
        var hashes = Set<UInt64>()
        for list in StopWords.justextLists {
            for word in list.words.split(separator: "\n").prefix(perLanguage) {
                StopWords.forEachWord(of: String(word)) { key, _ in hashes.insert(key) }
            }
        }
        return hashes
    }()

    /// Whether a word of lower-case ASCII bytes is one of them.
    static func contains(asciiLowered word: UnsafeBufferPointer<UInt8>) -> Bool {
        var hash = WordHashes.seed
        for byte in word { hash = (hash ^ UInt64(byte)) &* WordHashes.prime }
        return hashes.contains(hash)
    }
}
