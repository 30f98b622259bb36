/// Builds a `SearchIndex`'s postings story by story. Words are numbered by their folded bytes
/// (`TermTable`), so a `String` is made only for a word never seen before; a word with letters
/// beyond ASCII is folded once per spelling, not once per occurrence.
struct SearchIndexBuilder {
    /// Every distinct folded word, numbered in the order first seen; `lists[i]` belongs to `words[i]`.
    private(set) var words: [String] = []
    private(set) var lists: [SearchIndex.Postings] = []
    /// Words per story (for BM25's length normalisation).
    private(set) var lengths: [Float] = []

    private var folded = TermTable()
    /// Non-ASCII words as written, and the folded word each spelling is.
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

    init(storyCapacity: Int) {
        lengths.reserveCapacity(storyCapacity)
    }

    /// Adds the words of a story's field, each counting `weight`.
    mutating func add(_ text: String, weight: Float, scanner: inout WordScanner) {
        scanner.forEachWord(in: text) { word, isFolded in
            add(word: isFolded ? number(ofFolded: word) : number(ofSpelling: word), weight: weight)
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
        var foldedWord = Tokenizer.fold(String(decoding: word, as: UTF8.self))
        let word = foldedWord.withUTF8 { bytes in number(ofFolded: bytes) }
        wordOfSpelling.append(word)
        return word
    }
}
