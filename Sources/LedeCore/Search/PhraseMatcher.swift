/// Whether a text holds a phrase as consecutive folded words. The index keeps no word positions,
/// so phrases are checked on the text itself; this scans its bytes, making no `String` per word.
struct PhraseMatcher {
    /// Each phrase word's folded UTF-8.
    private let words: [[UInt8]]
    /// Per phrase word: the first position holding the same word, so a text word is named by one
    /// number even when the phrase repeats it (`"la la land"`).
    private let firstPositions: [Int]
    /// The phrase positions of the last `words.count` words scanned (-1: not a phrase word), a
    /// ring, kept from text to text to save allocating it.
    private var recent: [Int]
    /// Words with letters beyond ASCII, as written, and their phrase positions: folding each
    /// occurrence would cost more than the rest of the scan.
    private var spellings = TermTable()
    private var positionOfSpelling: [Int] = []

    init(_ phrase: [String]) {
        let words = phrase.map { Array($0.utf8) }
        self.words = words
        firstPositions = words.map { word in words.firstIndex(of: word)! }
        recent = [Int](repeating: -1, count: words.count)
    }

    /// Whether `text`'s folded words include the phrase's words one after another.
    mutating func matches(_ text: String, scanner: inout WordScanner) -> Bool {
        guard let last = firstPositions.last else { return true }
        // No need to clear `recent`: it is only read once this text has filled it.
        var seen = 0
        let finished = scanner.scanWords(in: text) { word, isFolded in
            let position = isFolded ? position(of: word) : position(ofSpelling: word)
            recent[seen % recent.count] = position
            seen += 1
            return position != last || !endsPhrase(seen: seen)
        }
        return !finished
    }

    /// Whether the last `words.count` words seen are the phrase.
    private func endsPhrase(seen: Int) -> Bool {
        guard seen >= recent.count else { return false }
        for offset in 0..<recent.count where recent[(seen + offset) % recent.count] != firstPositions[offset] {
            return false
        }
        return true
    }

    private func position(of word: UnsafeBufferPointer<UInt8>) -> Int {
        words.firstIndex { $0.count == word.count && $0.elementsEqual(word) } ?? -1
    }

    /// A word with letters beyond ASCII: folded once per spelling.
    private mutating func position(ofSpelling word: UnsafeBufferPointer<UInt8>) -> Int {
        let (spelling, isNew) = spellings.insert(word)
        guard isNew else { return positionOfSpelling[Int(spelling)] }
        var folded = Tokenizer.fold(String(decoding: word, as: UTF8.self))
        let found = folded.withUTF8 { position(of: $0) }
        positionOfSpelling.append(found)
        return found
    }
}
