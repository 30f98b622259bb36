/// Paragraphs that a plain-text page wrapped at a fixed width (mail, RFCs, notes saved from a
/// terminal) joined again. The reading pane wraps text itself; shown as saved, every wrapped line
/// would stand apart as a paragraph of its own. (A listing's lines stay lines: `Listings`.)
///
/// A block of three lines or more, one right under another, is a wrapped paragraph when all its
/// lines but the last fill the width (at least `fill` of the longest, which is at most `widest`
/// bytes) and they run on mid-sentence: the next line goes on in lower case. A list's items and
/// a listing's lines vary in length, or end in code's marks, and stay apart.
enum WrappedLines {
    static func paragraphs(of lines: [Line]) -> [String] {
        var paragraphs: [String] = []
        paragraphs.reserveCapacity(lines.count)
        var start = 0
        while start < lines.count {
            // The block: lines one right under another.
            var end = start
            while end + 1 < lines.count, lines[end + 1].number == lines[end].number + 1 { end += 1 }
            if end - start + 1 >= 3, isWrapped(lines[start...end]) {
                paragraphs.append(lines[start...end].map(\.text).joined(separator: " "))
            } else if end > start, Listings.isListing(lines[start...end]) {
                paragraphs += Listings.paragraphs(of: lines[start...end])
            } else {
                for index in start...end { paragraphs.append(lines[index].text) }
            }
            start = end + 1
        }
        return paragraphs
    }

    static func isWrapped(_ block: ArraySlice<Line>) -> Bool {
        guard block.count >= 3 else { return false }
        let lengths = block.map { $0.text.utf8.count }
        guard let width = lengths.max(), width >= narrowest, width <= widest,
              lengths.dropLast().allSatisfy({ Double($0) >= fill * Double(width) }),
              !block.contains(where: { $0.edges.isCodeOrLaidOut || $0.isTableRow }) else { return false }
        // Runs on mid-sentence at least once: a line without a full stop, then one in lower case.
        return zip(block, block.dropFirst()).contains { !$0.endsSentence && continuesInLowerCase($1) }
    }

    /// Wrapping widths: 60 to 80 columns, as mail and RFCs are written (with an indent).
    static let narrowest = 50
    static let widest = 100
    static let fill = 0.75

    /// Whether the line opens with a lower-case letter (an ASCII one: scripts without case never join).
    static func continuesInLowerCase(_ line: Line) -> Bool {
        guard let first = line.text.utf8.first else { return false }
        return first >= 0x61 && first <= 0x7A
    }
}
