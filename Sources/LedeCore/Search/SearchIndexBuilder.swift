/// Builds a `SearchIndex`'s postings story by story. Words are numbered by their folded bytes
/// (`TermTable`), so a `String` is made only for a word never seen before; a word with letters
/// beyond ASCII is folded once per spelling, not once per occurrence. A word with CJK characters
/// is indexed as `CJKBigrams` says.
struct SearchIndexBuilder {
    /// Every distinct folded word, numbered in the order first seen; `lists[i]` belongs to `words[i]`.
    private(set) var words: [String] = []
    private(set) var lists: [SearchIndex.Postings] = []
    /// Words per story (for BM25's length normalisation).
    private(set) var lengths: [Float] = []

    private var folded = TermTable()
    /// Non-ASCII words as written, and the folded word each spelling is (or `cjkWord`).
    private var spellings = TermTable()
    private var wordOfSpelling: [Int32] = []

    /// Per word: the story it was last seen in and its summed weight there, so a story's
    /// occurrences merge into one posting per word without sorting them.
    private var lastStory: [UInt32] = []
    private var weightInStory: [Float] = []
    /// The words of the current story, in the order first seen there.
    private var storyWords: [Int32] = []
    private var storyLength = 0
    private var story: UInt32 = 0

    /// What a spelling with CJK characters stands for: no one word, but the terms `CJKBigrams` makes.
    private static let cjkWord: Int32 = -1

    init(storyCapacity: Int) {
        lengths.reserveCapacity(storyCapacity)
    }

    /// Adds the words of a story's field, each counting `weight`.
    mutating func add(_ text: String, weight: Float, scanner: inout WordScanner) {
        scanner.forEachWord(in: text) { word, isFolded in
            let number = isFolded ? number(ofFolded: word) : number(ofSpelling: word)
            if number != Self.cjkWord { add(word: number, weight: weight) } else { addTerms(ofCJKWord: word, weight: weight) }
        }
    }

    private mutating func addTerms(ofCJKWord word: UnsafeBufferPointer<UInt8>, weight: Float) {
        CJKBigrams.forEachTerm(in: word) { range, kind in
            let term = UnsafeBufferPointer(rebasing: word[range])
            switch kind {
            case .word: add(word: number(ofSpelling: term), weight: weight)
            case .folded: add(word: number(ofFolded: term), weight: weight)
            case .marked: add(word: number(ofFolding: term), weight: weight)
            }
        }
    }

    /// Ends the current story (numbered in library order): one posting per distinct word.
    mutating func finishStory() {
        for word in storyWords {
            lists[Int(word)].stories.append(story)
            lists[Int(word)].weights.append(SearchIndex.Postings.weight(weightInStory[Int(word)]))
        }
        storyWords.removeAll(keepingCapacity: true)
        lengths.append(Float(storyLength))
        storyLength = 0
        story += 1
    }

    @inline(__always)
    private mutating func add(word: Int32, weight: Float) {
        let index = Int(word)
        storyLength += 1
        if lastStory[index] == story {
            weightInStory[index] += weight
        } else {
            lastStory[index] = story
            weightInStory[index] = weight
            storyWords.append(word)
        }
    }

    @inline(__always)
    private mutating func number(ofFolded word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (number, isNew) = folded.insert(word)
        if isNew {
            words.append(String(decoding: word, as: UTF8.self))
            lists.append(SearchIndex.Postings())
            lastStory.append(.max)
            weightInStory.append(0)
        }
        return number
    }

    private mutating func number(ofSpelling word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (spelling, isNew) = spellings.insert(word)
        guard isNew else { return wordOfSpelling[Int(spelling)] }
        let number = WordPieces.hasCJK(word) ? Self.cjkWord : number(ofFolding: word)
        wordOfSpelling.append(number)
        return number
    }

    private mutating func number(ofFolding word: UnsafeBufferPointer<UInt8>) -> Int32 {
        var foldedWord = Tokenizer.fold(String(decoding: word, as: UTF8.self))
        return foldedWord.withUTF8 { bytes in number(ofFolded: bytes) }
    }
}
