/// Finds a story's headline, dek, section and credit in the lines just above its first paragraph.
struct StoryHeader {
    var headline: Line?
    var dek: Line?
    var section: Line?
    var credit: (line: Line, text: String)?
    /// Lines above the story that were looked at and are not part of it (alt text, bylines…).
    var skipped: [Line] = []

    /// - Parameters:
    ///   - lines: the non-blank lines above the first paragraph, nearest first, already bounded
    ///     by the previous story.
    ///   - bodyWords: the story's body words (folded, four letters or more; those that the lines above
    ///     use are enough): a headline's words
    ///     mostly come back in its body, a neighbouring link's do not.
    ///   - pageTop: the number of the page's first non-blank line: a page that starts with its
    ///     article starts with the headline.
    init(above lines: [Line], bodyWords: Set<String> = [], pageTop: Int? = nil) {
        var bestScore = Double.leastNormalMagnitude
        var bestIndex: Int?
        // Distance counts only lines that could be a headline: bylines, dates and credits between
        // headline and body do not push the headline away.
        var distance = 0
        for (index, line) in lines.enumerated() {
            guard var score = Self.headlineScore(line, distance: distance, above: lines) else { continue }
            score += Self.overlapBonus * Self.overlap(of: line, with: bodyWords)
            // A byline or date just below marks the headline of the story it introduces.
            if lines[max(0, index - 3)..<index].contains(where: { $0.isBylineOrDate }) { score += 6 }
            // A longer line just below, not a byline, reads as the dek under this headline.
            if index > 0, line.wordCount >= 4, Self.isDek(lines[index - 1], under: line) { score += 3 }
            if line.number == pageTop, line.wordCount >= 4 { score += 4 }
            distance += 1
            if score > bestScore { bestScore = score; bestIndex = index }
        }
        if let bestIndex {
            headline = lines[bestIndex]
            // Between headline and body: dek (a longer sentence), section (a few words), credit.
            for line in lines[..<bestIndex] {
                if credit == nil, let text = Phrases.credit(in: line) {
                    credit = (line, text)
                } else if section == nil, Self.isSection(line), line.key != headline?.key {
                    section = line
                } else if dek == nil, let headline, Self.isDek(line, under: headline) {
                    dek = line
                } else {
                    skipped.append(line)
                }
            }
            // Just above the headline: a kicker naming the section, if there was none below.
            if section == nil, bestIndex + 1 < lines.count, Self.isSection(lines[bestIndex + 1]),
               lines[bestIndex + 1].key != headline?.key {
                section = lines[bestIndex + 1]
            }
        }
        // A credit line anywhere in the header block counts (e.g. above an alt-text line).
        if credit == nil, let line = lines.first(where: { Phrases.credit(in: $0) != nil }) {
            credit = (line, Phrases.credit(in: line) ?? "")
        }
    }

    /// How much `line` looks like the headline of the story below it; nil when it cannot be.
    static func headlineScore(_ line: Line, distance: Int, above lines: [Line]) -> Double? {
        let words = line.wordCount
        guard words >= 2, words <= 30, line.text.count <= 220 else { return nil }
        guard !line.isCallToAction, !line.isExpandControl, Phrases.credit(in: line) == nil,
              !line.isBylineOrDate, !line.isCaption, line.upperCaseShare < 0.8 || words <= 3 else { return nil }
        if let last = line.text.last, ".,;".contains(last), words > 12 { return nil }
        // "— Name on Monday…" attributes a quote; "• item", "> crumb" are lists and trails.
        if let first = line.text.unicodeScalars.first, "—–-•·>|".unicodeScalars.contains(first) { return nil }
        var score = 10.0 - Double(distance) * 1.2
        score += min(Double(words), 12) * 0.6
        if line.text.last == "." { score -= 4 }
        if line.hasInnerSentenceBreak { score -= 3 }
        if words <= 2 { score -= 4 }
        // Long lines are more likely the dek under the headline than the headline itself.
        if words > 16 { score -= Double(words - 16) * 0.6 }
        // Image alt text repeats the headline a few lines above it.
        if lines.contains(where: { $0.number != line.number && $0.key == line.key }) { score += 4 }
        let count = line.repeats
        if count > 3 { score -= 8 } else if count > 1, words >= 4 { score += 3 }
        return score
    }

    /// How much a headline's sharing its words with the body counts.
    static let overlapBonus = 8.0

    /// The share of the line's content words (four letters or more) that occur in `bodyWords`.
    static func overlap(of line: Line, with bodyWords: Set<String>) -> Double {
        guard !bodyWords.isEmpty else { return 0 }
        let words = Tokenizer.foldedWords(in: line.text).filter { $0.count >= 4 }
        guard !words.isEmpty else { return 0 }
        return Double(words.filter(bodyWords.contains).count) / Double(words.count)
    }

    /// The body words `overlap` compares with: folded, four letters or more, from the first paragraphs
    /// (a headline is about what the story opens with), and only those the header lines also use.
    static func bodyWords(of paragraphs: [Line], among header: [Line]) -> Set<String> {
        var wanted = Set<String>()
        for line in header { for word in Tokenizer.foldedWords(in: line.text) where word.count >= 4 { wanted.insert(word) } }
        guard !wanted.isEmpty else { return [] }
        // Most body words are not wanted: a cheap test of length and end letters before making a String.
        func ends(_ bytes: some Collection<UInt8>) -> Int { Int(bytes.first!) << 8 | Int(bytes[bytes.index(bytes.endIndex, offsetBy: -1)]) }
        func shape(_ bytes: some Collection<UInt8>) -> Int { bytes.count << 16 | ends(bytes) }
        let shapes = Set(wanted.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { shape($0.utf8) })
        // Folding lowers an ASCII letter and keeps it in place, so a word like "Cádiz" that starts
        // and ends in ASCII shows its folded ends before it is folded.
        let wantedEnds = Set(wanted.map { ends($0.utf8) })
        func lowered(_ byte: UInt8) -> Int { Int(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        var found = Set<String>()
        var scanner = WordScanner()
        for paragraph in paragraphs.prefix(5) {
            scanner.forEachWord(in: paragraph.text) { word, isFolded in
                if isFolded {
                    guard word.count >= 4, shapes.contains(shape(word)) else { return }
                    let text = String(decoding: word, as: UTF8.self)
                    if wanted.contains(text) { found.insert(text) }
                } else {
                    if let first = word.first, let last = word.last, first < 0x80, last < 0x80,
                       !wantedEnds.contains(lowered(first) << 8 | lowered(last)) { return }
                    // Folding keeps a word's length in letters, near enough: shorter ones cannot count.
                    guard word.count(where: { $0 & 0xC0 != 0x80 }) >= 4 else { return }
                    let text = Tokenizer.fold(String(decoding: word, as: UTF8.self))
                    if text.count >= 4, wanted.contains(text) { found.insert(text) }
                }
            }
        }
        return found
    }

    /// Whether `line` can be the dek of `headline`: a longer sentence that is not a byline or a call to action.
    static func isDek(_ line: Line, under headline: Line) -> Bool {
        line.wordCount >= 6 && line.wordCount <= 60 && line.wordCount > headline.wordCount && !line.isBylineOrDate
            && !line.isCallToAction && line.key != headline.key
    }

    /// A kicker or section name: a few words, no sentence, e.g. `Analysis | QiOSK`, `Latin America`.
    static func isSection(_ line: Line) -> Bool {
        line.wordCount >= 1 && line.wordCount <= 5 && !line.endsSentence && line.text.count <= 40
            && !line.isCallToAction && !line.isExpandControl && !line.isBylineOrDate
            && Phrases.credit(in: line) == nil
    }
}
