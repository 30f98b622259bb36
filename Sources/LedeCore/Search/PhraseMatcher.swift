/// Whether a text holds a phrase as consecutive folded words. The index keeps no word positions,
/// so phrases are checked on the text itself; this scans its bytes, making no `String` per word.
/// CJK characters count as words one by one (`WordPieces`); those of one run in the phrase must
/// be of one run in the text too (`違建問題` is not found in `違建。問題`).
struct PhraseMatcher {
    /// Each phrase word's folded UTF-8.
    private let words: [[UInt8]]
    /// Per phrase word: the first position holding the same word, so a text word is named by one
    /// number even when the phrase repeats it (`"la la land"`).
    private let firstPositions: [Int]
    /// Per phrase word: whether it is a CJK character right after another of its run.
    private let joinsPrevious: [Bool]
    /// The phrase positions of the last `words.count` words scanned (-1: not a phrase word), and
    /// whether each joined the one before in a CJK run; a ring, kept from text to text to save
    /// allocating it.
    private var recent: [Int]
    private var recentJoins: [Bool]
    private var seen = 0
    /// Words with letters beyond ASCII, as written, and their phrase positions (or `cjkWord`):
    /// folding each occurrence would cost more than the rest of the scan.
    private var spellings = TermTable()
    private var positionOfSpelling: [Int] = []

    /// What a spelling with CJK characters stands for: no one word, but its pieces.
    private static let cjkWord = -2

    init(_ phrase: [String]) {
        var words: [[UInt8]] = [], joinsPrevious: [Bool] = []
        for word in phrase {
            let characters = CJKScript.isRun(word) ? word.unicodeScalars.map { String($0) } : [word]
            words += characters.map { Array($0.utf8) }
            joinsPrevious += characters.indices.map { $0 > 0 }
        }
        self.words = words
        self.joinsPrevious = joinsPrevious
        firstPositions = words.map { word in words.firstIndex(of: word)! }
        recent = [Int](repeating: -1, count: words.count)
        recentJoins = [Bool](repeating: false, count: words.count)
    }

    /// Whether `text`'s folded words include the phrase's words one after another.
    mutating func matches(_ text: String, scanner: inout WordScanner) -> Bool {
        guard !words.isEmpty else { return true }
        // No need to clear `recent`: it is only read once this text has filled it.
        seen = 0
        let finished = scanner.scanWords(in: text) { word, isFolded in
            let wordPosition = isFolded ? position(of: word) : position(ofSpelling: word)
            guard wordPosition == Self.cjkWord else { return !see(wordPosition, joinsPrevious: false) }
            var found = false
            var afterCJK = false
            WordPieces.forEach(in: word) { range, isCJK in
                let piece = UnsafeBufferPointer(rebasing: word[range])
                let piecePosition = !isCJK ? position(ofSpelling: piece) : WordPieces.isBare(piece) ? position(of: piece) : position(ofFolding: piece)
                found = see(piecePosition, joinsPrevious: isCJK && afterCJK) || found
                afterCJK = isCJK
            }
            return !found
        }
        return !finished
    }

    /// Notes the next word; whether it ends the phrase.
    private mutating func see(_ position: Int, joinsPrevious joins: Bool) -> Bool {
        recent[seen % recent.count] = position
        recentJoins[seen % recent.count] = joins
        seen += 1
        return position == firstPositions[firstPositions.count - 1] && endsPhrase()
    }

    /// Whether the last `words.count` words seen are the phrase.
    private func endsPhrase() -> Bool {
        guard seen >= recent.count else { return false }
        for offset in 0..<recent.count {
            let slot = (seen + offset) % recent.count
            if recent[slot] != firstPositions[offset] || joinsPrevious[offset] && !recentJoins[slot] { return false }
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
        let found = WordPieces.hasCJK(word) ? Self.cjkWord : position(ofFolding: word)
        positionOfSpelling.append(found)
        return found
    }

    private func position(ofFolding word: UnsafeBufferPointer<UInt8>) -> Int {
        var folded = Tokenizer.fold(String(decoding: word, as: UTF8.self))
        return folded.withUTF8 { position(of: $0) }
    }
}
