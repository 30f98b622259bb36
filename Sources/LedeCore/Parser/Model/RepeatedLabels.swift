import Foundation

/// Rows of data, a label and a value parted by a colon or a dash, whose labels or values come
/// back from row to row ("Regio noord: 26 oktober t/m 3 november 2024" under each holiday,
/// "Hollinsfield Primary School – closed"), in a block between an article's paragraphs: the
/// model reads them as furniture (short lines of names, dates and figures), and the article
/// stopped at them. (A forum's "Posts: 37" and "Joined: …" over each post come back too, but
/// stand among names and titles, not between paragraphs.)
enum RepeatedLabels {
    /// `logits` with the rows of every such block raised to `MarkedLists.itemLogit` at least: a
    /// block of rows, group headings of a few words and blank lines, with text right above it
    /// and right below it, `leastRows` of its rows or more, and most of them repeating.
    static func lifted(_ logits: [Double], lines: [Line]) -> [Double] {
        guard let rows = rows(in: lines) else { return logits }
        var raised = logits
        var start = 0
        while start < lines.count {
            guard rows[start] != nil else { start += 1; continue }
            // The block around the row: up over headings and blank lines, down over rows too.
            var top = start, end = start
            while top > 0, lines[top - 1].isBlank || isGroupHeading(lines[top - 1]) { top -= 1 }
            while end + 1 < lines.count, rows[end + 1] != nil || lines[end + 1].isBlank || isGroupHeading(lines[end + 1]) { end += 1 }
            let block = (top...end).filter { rows[$0] != nil }
            let repeating = block.count { rows[$0] == true }
            if top > 0, isText(lines[top - 1]), end + 1 < lines.count, isText(lines[end + 1]),
               repeating >= leastRows, 2 * repeating >= block.count {
                for index in block { raised[index] = max(raised[index], MarkedLists.itemLogit) }
            }
            start = end + 1
        }
        return raised
    }

    /// Per line, nil for a line that is no row, else whether its label or its value is another
    /// row's too; nil when the page has no row that repeats.
    static func rows(in lines: [Line]) -> [Bool?]? {
        var parts: [(index: Int, label: UInt64, value: UInt64?)] = []
        var counts: [UInt64: Int] = [:]
        lines.withUnsafeBufferPointer { lines in
            // (A row is no sentence: a line that ends as one is turned away before its bytes are read.)
            for index in lines.indices where lines[index].wordCount >= 2 && lines[index].wordCount <= rowWords
                && !lines[index].isParagraph && !lines[index].endsSentence {
                guard let row = lines[index].text.withUTF8Bytes(keys) else { continue }
                parts.append((index, row.label, row.value))
                counts[row.label, default: 0] += 1
                // (Values apart from labels: "closed" is no label.)
                if let value = row.value { counts[~value, default: 0] += 1 }
            }
        }
        func repeats(_ part: (index: Int, label: UInt64, value: UInt64?)) -> Bool {
            counts[part.label, default: 0] >= leastRepeats || part.value.map { counts[~$0, default: 0] >= leastRepeats } == true
        }
        guard parts.contains(where: repeats) else { return nil }
        var rows = [Bool?](repeating: nil, count: lines.count)
        for part in parts { rows[part.index] = repeats(part) }
        return rows
    }

    /// Text around a block: a paragraph, or a sentence of a few words ("This list will be updated.").
    static func isText(_ line: Line) -> Bool {
        line.isParagraph || line.endsSentence && line.wordCount >= sentenceWords
    }

    /// A group's heading between rows: a few words, no sentence ("Kerstvakantie", "Skelby and the south").
    static func isGroupHeading(_ line: Line) -> Bool {
        line.wordCount <= headingWords && !line.endsSentence
    }

    /// The keys of a row's label and value (the value's only when it is of `valueWords` words at
    /// most): the text before and after the first ": ", " – ", " — " or " - ", its letters and
    /// digits (`TableOfContents.key(of:)`, as an entry's). The label opens with no digit (a clock
    /// time, "10:30") and has `labelWords` words at most, one letter or digit at least. Nil for a
    /// line that is no row.
    static func keys(_ bytes: UnsafeBufferPointer<UInt8>) -> (label: UInt64, value: UInt64?)? {
        guard let first = bytes.first, first &- 0x30 >= 10 else { return nil }
        // The first separator, each kind found by memchr (most lines have none: asked of every
        // short line, a walk over their bytes cost 1.5% of parsing).
        let colon = find(0x3A, in: bytes) { $0 + 1 < bytes.count && bytes[$0 + 1] == 0x20 ? 2 : nil }
        let hyphen = find(0x2D, in: bytes) { $0 > 0 && $0 + 1 < bytes.count && bytes[$0 - 1] == 0x20 && bytes[$0 + 1] == 0x20 ? 2 : nil }
        let dash = find(0xE2, in: bytes) { at in
            at > 0 && at + 3 < bytes.count && bytes[at - 1] == 0x20 && bytes[at + 1] == 0x80
                && (bytes[at + 2] == 0x93 || bytes[at + 2] == 0x94) && bytes[at + 3] == 0x20 ? 4 : nil
        }
        // The first of them (a dash's separator starts at the space before it; no array made
        // for the three: one for every line showed in profiles).
        var at = Int.max, width = 0
        if let colon { (at, width) = colon }
        if let hyphen, hyphen.at - 1 < at { (at, width) = (hyphen.at - 1, hyphen.width + 1) }
        if let dash, dash.at - 1 < at { (at, width) = (dash.at - 1, dash.width + 1) }
        guard at != .max, at > 0, at + width < bytes.count,
              bytes[..<at].count(where: { $0 == 0x20 }) < labelWords else { return nil }
        let value = bytes[(at + width)...]
        let valueWords = value.count { $0 == 0x20 } + 1
        guard let label = TableOfContents.key(of: bytes[..<at]) else { return nil }
        return (label, valueWords <= self.valueWords ? TableOfContents.key(of: value) : nil)
    }

    /// The first place of `byte` in `bytes` where `width` gives the separator's width there.
    private static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, width: (Int) -> Int?) -> (at: Int, width: Int)? {
        guard let base = bytes.baseAddress else { return nil }
        var from = 0
        while from < bytes.count, let hit = memchr(base + from, Int32(byte), bytes.count - from) {
            let at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if let width = width(at) { return (at, width) }
            from = at + 1
        }
        return nil
    }

    /// A row has at most this many words, its label this many, and a value that repeats this many.
    static let rowWords = 20, labelWords = 8, valueWords = 4
    /// How many rows must share a label or a value; how many rows that repeat make a block; the
    /// most words of a group's heading; the fewest of a sentence of text around a block.
    static let leastRepeats = 2, leastRows = 4, headingWords = 5, sentenceWords = 5
}
