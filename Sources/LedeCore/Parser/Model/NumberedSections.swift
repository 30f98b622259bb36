import Foundation

/// A list article's numbered sections: "1. Snake plant", its text, "2. ZZ plant", its text, and
/// so on, the numbers counting up one by one. The model reads the short headings, and the short
/// texts of the last items ("Likes sun."), as a menu's entries, and the article was cut where
/// its items grew short. A box of the most read stories is numbered too, but its items follow
/// one another with no text between: sections need a sentence between most of their headings,
/// or a heading that is one over lines of its own (a quiz's question over its answers).
/// The headings and the lines between them (and the last one's sentences) are raised to
/// `MarkedLists.itemLogit` when the model doubts them more.
enum NumberedSections {
    /// The fewest sections, and the most non-blank lines between two headings.
    static let minimumSections = 3
    static let maximumGap = 8

    /// `logits` with the lines of every such list raised to `MarkedLists.itemLogit` at least.
    static func lifted(_ logits: [Double], lines: [Line]) -> [Double] {
        // (Most pages number nothing: asked of each line's edges first, where it lies.)
        guard lines.withUnsafeBufferPointer({ $0.contains { $0.edges.contains(.numbered) } }) else { return logits }
        let nonBlank = lines.indices.filter { !lines[$0].isBlank }
        var raised = logits
        var rank = 0
        while rank < nonBlank.count {
            guard let first = number(of: lines[nonBlank[rank]]) else { rank += 1; continue }
            // The headings that count up from this one, each within `maximumGap` of the last.
            var headings = [rank], expected = first + 1, next = rank + 1
            while next < nonBlank.count, next - headings.last! <= maximumGap + 1 {
                if let found = number(of: lines[nonBlank[next]]) {
                    guard found == expected else { break }
                    headings.append(next)
                    expected += 1
                }
                next += 1
            }
            defer { rank = headings.count > 1 ? headings.last! + 1 : rank + 1 }
            guard headings.count >= minimumSections else { continue }
            let gaps = zip(headings, headings.dropFirst()).map { ($0 + 1)..<$1 }
            // A gap under a heading that is a sentence itself (a quiz's question over its answers) has text.
            let withText = gaps.count { gap in
                gap.contains { lines[nonBlank[$0]].endsSentence } || !gap.isEmpty && lines[nonBlank[gap.lowerBound - 1]].endsSentence
            }
            // (An ad slot's label may sit between two sections.)
            let isFurniture = { (line: Line) in ListFurniture.holds(line) && !Phrases.isAdLabel(line) }
            guard withText * 2 >= gaps.count, gaps.allSatisfy({ gap in gap.allSatisfy { !isFurniture(lines[nonBlank[$0]]) } }) else { continue }
            // The last section's sentences, as many as the longest gap at most.
            var last = headings.last! + 1
            let longest = gaps.map(\.count).max() ?? 0
            while last < nonBlank.count, last - headings.last! <= longest, lines[nonBlank[last]].endsSentence,
                  !ListFurniture.holds(lines[nonBlank[last]]) { last += 1 }
            for index in nonBlank[headings[0]..<last] { raised[index] = max(raised[index], MarkedLists.itemLogit) }
        }
        return raised
    }

    /// The number a section's heading opens with ("12. The harbour", "3) Ramsvik"): one or two
    /// figures, a full stop or a parenthesis and a space, then no figure, in a line of a few
    /// words (a sentence of a dozen at most); nil for any other line.
    static func number(of line: Line) -> Int? {
        guard line.edges.contains(.numbered), line.wordCount >= 2, line.wordCount <= 20, !line.endsSentence || line.wordCount <= 12,
              !opensWithDayOfMonth(line.text) else { return nil }
        return line.text.withUTF8Bytes(number(of:))
    }

    /// A date as German, the Nordic languages, Czech and Polish write it: "02. Januar 2015", "1. maj".
    static func opensWithDayOfMonth(_ text: String) -> Bool {
        guard let month = text.split(separator: " ", maxSplits: 2).dropFirst().first else { return false }
        return months.contains(month.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    static let months: Set<String> = Phrases.monthNames.union([
        "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "jänner",
        "januari", "februari", "mars", "maj", "augusti",
        "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince",
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
    ])

    /// `number(of:)` of a text's bytes, whatever its length.
    static func number(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0, value = 0
        while index < bytes.count, index < 2, bytes[index] &- 0x30 < 10 { value = value * 10 + Int(bytes[index] &- 0x30); index += 1 }
        guard index > 0, index + 2 < bytes.count, bytes[index] == 0x2E || bytes[index] == 0x29, bytes[index + 1] == 0x20,
              bytes[index + 2] &- 0x30 >= 10 else { return nil }
        return value
    }
}
