/// Rows of data set out as "Label: value" whose labels come back in each group of them
/// ("Regio noord: 26 oktober t/m 3 november 2024" under each holiday, "Pertalite: Rp 10.000"
/// under each region), set between an article's paragraphs: the model reads them as furniture
/// (short lines of dates and figures), and the article stopped at them. (A forum's "Posts: 37"
/// and "Joined: …" over each post come back too, but stand among names and titles, not
/// between paragraphs.)
enum RepeatedLabels {
    /// `logits` with the rows of every such block raised to `MarkedLists.itemLogit` at least:
    /// a block of rows, group headings of a few words and blank lines, with a paragraph right
    /// above it and right below it.
    static func lifted(_ logits: [Double], lines: [Line]) -> [Double] {
        guard let rows = rows(in: lines) else { return logits }
        var raised = logits
        var start = 0
        while start < lines.count {
            guard rows[start] else { start += 1; continue }
            // The block around the row: up over headings and blank lines, down over rows too.
            var top = start, end = start
            while top > 0, lines[top - 1].isBlank || isGroupHeading(lines[top - 1]) { top -= 1 }
            while end + 1 < lines.count, rows[end + 1] || lines[end + 1].isBlank || isGroupHeading(lines[end + 1]) { end += 1 }
            if top > 0, lines[top - 1].isParagraph, end + 1 < lines.count, lines[end + 1].isParagraph,
               (top...end).count(where: { rows[$0] }) >= leastRows {
                for index in top...end where rows[index] { raised[index] = max(raised[index], MarkedLists.itemLogit) }
            }
            start = end + 1
        }
        return raised
    }

    /// Per line, whether it is a row whose label another row has too; nil when none is.
    static func rows(in lines: [Line]) -> [Bool]? {
        var labels: [(index: Int, label: UInt64)] = []
        var counts: [UInt64: Int] = [:]
        lines.withUnsafeBufferPointer { lines in
            for index in lines.indices where lines[index].wordCount >= 2 && lines[index].wordCount <= rowWords {
                guard let label = lines[index].text.withUTF8Bytes(labelKey) else { continue }
                labels.append((index, label))
                counts[label, default: 0] += 1
            }
        }
        var rows: [Bool]?
        for row in labels where counts[row.label, default: 0] >= leastRepeats {
            if rows == nil { rows = [Bool](repeating: false, count: lines.count) }
            rows![row.index] = true
        }
        return rows
    }

    /// A group's heading between rows: a few words, no sentence ("Kerstvakantie").
    static func isGroupHeading(_ line: Line) -> Bool {
        line.wordCount <= headingWords && !line.endsSentence
    }

    /// The label's letters and digits, ASCII ones lowered, hashed (FNV-1a): the text before
    /// the first ": " within `labelBytes`, of `labelWords` words at most, opening with no digit
    /// (a clock time, "10:30"), with a value after it. Nil for a line that has none.
    static func labelKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard let first = bytes.first, first &- 0x30 >= 10 else { return nil }
        var spaces = 0
        for index in 0..<min(bytes.count - 2, labelBytes) {
            let byte = bytes[index]
            if byte == 0x20 { spaces += 1; if spaces >= labelWords { return nil } }
            guard byte == 0x3A, bytes[index + 1] == 0x20, index > 0 else { continue }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for var letter in bytes[..<index] where letter >= 0x80 || (letter | 0x20) &- 0x61 < 26 || letter &- 0x30 < 10 {
                if letter &- 0x41 < 26 { letter |= 0x20 }
                hash = (hash ^ UInt64(letter)) &* 0x100_0000_01b3
            }
            return hash
        }
        return nil
    }

    /// A row has at most this many words; its label this many bytes and words.
    static let rowWords = 15
    static let labelBytes = 40
    static let labelWords = 4
    /// How many rows must share a label; how many rows make a block; the most words of a group's heading.
    static let leastRepeats = 2, leastRows = 4, headingWords = 3
}
