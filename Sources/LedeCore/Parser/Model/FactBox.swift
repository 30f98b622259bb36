/// A card of facts by the headline, one "Label: value" to a line, two lines or more one under
/// another: a review's ("Genre: Pop / Chanson", "Label: Cœur Sauvage"), a profile's or a
/// product's. Each line is title-shaped, and its label's word is often the body's; none is the
/// headline. (Alone, "Brexit: What happens next" is one.)
enum FactBox {
    /// The line numbers of the candidates that are lines of a card.
    static func lines(in candidates: [Line]) -> Set<Int> {
        var found: Set<Int> = []
        for index in candidates.indices.dropFirst() {
            let below = candidates[index - 1], line = candidates[index]
            guard below.number == line.number + 1, isFact(line), isFact(below) else { continue }
            found.insert(line.number)
            found.insert(below.number)
        }
        return found
    }

    /// A label of one or two words, its colon, and a value of one to `maxValueWords` words, no
    /// sentence: "Rating: 3.5/5", "Running time: 2 h 11 min".
    static func isFact(_ line: Line) -> Bool {
        guard line.wordCount >= 2, line.wordCount <= maxLabelWords + maxValueWords, !line.endsSentence else { return false }
        return line.text.withUTF8Bytes { bytes in
            guard let colon = bytes.firstIndex(of: 0x3A), colon > 0, colon + 2 < bytes.count, bytes[colon + 1] == 0x20 else { return false }
            let labelWords = bytes[..<colon].count { $0 == 0x20 } + 1
            return labelWords <= maxLabelWords && !bytes[..<colon].contains { $0 &- 0x30 < 10 }
                && line.wordCount - labelWords <= maxValueWords
        }
    }

    static let maxLabelWords = 2
    static let maxValueWords = 4
}
