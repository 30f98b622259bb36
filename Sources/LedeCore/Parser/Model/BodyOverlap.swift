/// How much a header line says what the body's opening says: the share of the line's content
/// words (folded, four letters or more, no `FunctionWords`) that the body's first paragraphs
/// use. A headline is about what its story opens with (`body_overlap`, a headline feature).
///
/// The lines' words are numbered once, as bytes, and the body is read once for all of them; a
/// line's share is then a count over its words' numbers. (Words as Strings, and the body's
/// words gathered into a Set of Strings to look each line's words up in again, were most of
/// the cost of choosing a headline.)
enum BodyOverlap {
    /// How many of the body's paragraphs are read.
    static let paragraphs = 5

    /// Per line, the share of its content words (a word said twice counts twice) that the body's
    /// first paragraphs use; 0 for a line with none.
    static func shares(of lines: [Line], body: [Line]) -> [Double] {
        var wanted = WantedWords()
        var scanner = WordScanner()
        // The lines' words' numbers one line after another, and where each line's words end
        // (one array, not one growing for each line).
        var numbers: [Int32] = []
        var ends: [Int] = []
        ends.reserveCapacity(lines.count)
        for line in lines {
            forEachContentWord(of: line.text, scanner: &scanner) { numbers.append(wanted.insert($0)) }
            ends.append(numbers.count)
        }
        guard wanted.count > 0 else { return lines.map { _ in 0 } }
        let used = wanted.used(by: body.prefix(paragraphs), scanner: &scanner)
        return ends.indices.map { line in
            let words = numbers[(line == 0 ? 0 : ends[line - 1])..<ends[line]]
            return words.isEmpty ? 0 : Double(words.count { used[Int($0)] }) / Double(words.count)
        }
    }

    /// Calls `body` with the folded bytes of each of `text`'s content words: the words of
    /// `Tokenizer.foldedWords`, four letters or more.
    private static func forEachContentWord(of text: String, scanner: inout WordScanner, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        scanner.forEachWord(in: text) { word, isFolded in
            // (An ASCII word comes lowered, and has as many letters as bytes.)
            if isFolded {
                if word.count >= 4 && !FunctionWords.contains(asciiLowered: word) { body(stem(word)) }
                return
            }
            if forEachHanOrKatakanaPair(in: word, body) { return }
            let folded = Tokenizer.fold(String(decoding: word, as: UTF8.self))
            guard folded.utf8.count >= 4, folded.utf8.allSatisfy({ $0 < 0x80 }) || folded.hasAtLeast(4) else { return }
            var stemmed = stem(folded)
            stemmed.withUTF8(body)
        }
    }

    /// Calls `body` with each pair of Han or katakana characters in `word` (`CJKBigrams`), and
    /// says whether it held any Han or kana: Chinese and Japanese put no spaces between words, so
    /// a headline's run of them is no word of its body's, but its pairs of characters are the
    /// body's pairs. (Not a pair with hiragana, which Japanese writes its endings and particles
    /// in, "った", "雪が": every text has those.)
    @inline(__always)
    static func forEachHanOrKatakanaPair(in word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        // (U+3000…U+9FFF, kana and ideographs, lead with E3…E9; Korean, with spaces, is left as words.)
        guard word.contains(where: { $0 >= 0xE3 && $0 <= 0xE9 }) else { return false }
        CJKBigrams.forEachTerm(in: word) { term, kind in
            guard kind != .word, term.count >= 6, word[term.lowerBound] >= 0xE3, word[term.lowerBound] <= 0xE9,
                  !isHiragana(word, at: term.lowerBound), !isHiragana(word, at: term.lowerBound + 3) else { return }
            body(UnsafeBufferPointer(rebasing: word[term]))
        }
        return true
    }

    /// Whether the character whose UTF-8 starts at `index` is hiragana (U+3041…U+309F: E3 81 81…E3 82 9F).
    @inline(__always)
    private static func isHiragana(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 2 < bytes.count, bytes[index] == 0xE3 else { return false }
        return bytes[index + 1] == 0x81 || bytes[index + 1] == 0x82 && bytes[index + 2] <= 0x9F
    }

    /// A word's first `stemLetters` letters, which its other forms share: a headline's
    /// "Budapesten" and "közlekedésben" are the body's "Budapest" and "közlekedésében", its
    /// "harbours" the body's "harbour". Shorter words are compared whole.
    static let stemLetters = 7

    /// `stemLetters` bytes of a lowered ASCII word.
    @inline(__always)
    static func stem(_ word: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        word.count > stemLetters ? UnsafeBufferPointer(rebasing: word[..<stemLetters]) : word
    }

    /// `stemLetters` characters of a folded word.
    static func stem(_ word: String) -> String {
        word.utf8.count > stemLetters ? String(word.prefix(stemLetters)) : word
    }

    /// How many bytes `stemLetters` characters of UTF-8 take (all of them when fewer).
    static func stemBytes(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var letters = 0
        for index in word.indices where word[index] & 0xC0 != 0x80 {
            if letters == stemLetters { return index }
            letters += 1
        }
        return word.count
    }

    /// The header's content words, numbered by their bytes so that a body word is looked up
    /// without making a String.
    private struct WantedWords {
        private var table = TermTable(slots: 256)
        /// Most body words are not wanted: a bit per (length, first letter, last letter) says
        /// which can be. Folding lowers an ASCII letter and keeps it in place, so a word like
        /// "Cádiz" that starts and ends in ASCII shows its folded ends unfolded (`ends`).
        private var shapes = ShapeFilter(), ends = ShapeFilter()

        var count: Int { table.count }

        /// The word's number (the next one when it is new).
        mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
            let (number, isNew) = table.insert(bytes)
            if isNew {
                if bytes.allSatisfy({ $0 < 0x80 }) { shapes.insert(length: bytes.count, bytes[0], bytes[bytes.count - 1]) }
                ends.insert(length: 0, bytes[0], bytes[bytes.count - 1])
            }
            return number
        }

        /// Per word number, whether one of `paragraphs` uses the word.
        func used(by paragraphs: ArraySlice<Line>, scanner: inout WordScanner) -> [Bool] {
            func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            var used = [Bool](repeating: false, count: count)
            // Words beyond ASCII as written, and the wanted word each folds to (-1: none): a name
            // comes back many times.
            var spellings = TermTable(slots: 64)
            var spellingFolds: [Int32] = []
            for paragraph in paragraphs {
                scanner.forEachWord(in: paragraph.text) { word, isFolded in
                    if isFolded {
                        guard word.count >= 4 else { return }
                        let stem = BodyOverlap.stem(word)
                        guard shapes.contains(length: stem.count, stem[0], stem[stem.count - 1]),
                              let number = table.number(of: stem) else { return }
                        used[Int(number)] = true
                    } else {
                        if BodyOverlap.forEachHanOrKatakanaPair(in: word, { pair in
                            if let number = table.number(of: pair) { used[Int(number)] = true }
                        }) { return }
                        let stemEnd = BodyOverlap.stemBytes(word)
                        if let first = word.first, first < 0x80, word[stemEnd - 1] < 0x80,
                           !ends.contains(length: 0, lowered(first), lowered(word[stemEnd - 1])) { return }
                        // Folding keeps a word's length in letters, near enough: shorter ones cannot count.
                        guard word.count(where: { $0 & 0xC0 != 0x80 }) >= 4 else { return }
                        let (spelling, isNew) = spellings.insert(word)
                        if isNew {
                            let folded = Tokenizer.fold(String(decoding: word, as: UTF8.self))
                            var text = BodyOverlap.stem(folded)
                            let number = folded.hasAtLeast(4) ? text.withUTF8 { table.number(of: $0) } : nil
                            spellingFolds.append(number ?? -1)
                        }
                        let number = spellingFolds[Int(spelling)]
                        if number >= 0 { used[Int(number)] = true }
                    }
                }
            }
            return used
        }
    }
}
