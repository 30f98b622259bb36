/// An article's own table of contents: a block of short lines, one under another, whose
/// entries come back further down the page as the article's section headings, in the same
/// order, with prose between them ("3.1 Firefox" … "Firefox[edit]" over its paragraphs). A
/// site's menu can repeat in its footer too, but its copies stand together, with no prose
/// between: the prose is what tells the two apart. The entries are part of the article, so
/// they do not part it from its introduction above them, and they are never its headline.
enum TableOfContents {
    /// Per line, whether it is an entry of a table of contents; nil when the page has none.
    static func entries(in lines: [Line]) -> [Bool]? {
        let blocks = shortBlocks(in: lines)
        guard let first = blocks.first else { return nil }
        // The headings below the first block, by their words: short lines right above prose
        // (a menu's entries repeated in the footer have none), outside the blocks, the highest
        // of each kept. Their shapes (first byte and length, once stripped) let a block's line
        // that has none of them pass without its key made. And the long lines (prose), from
        // the bottom up, to ask whether prose parts two headings.
        var headings: [UInt64: Int] = [:]
        var shapes = [UInt64](repeating: 0, count: shapeCount / 64)
        var prose: [Int] = []
        lines.withUnsafeBufferPointer { lines in
            var linesToProse = lines.count  // (none below yet)
            var block = blocks.count - 1
            for index in lines.indices.reversed() where !lines[index].isBlank {
                let words = lines[index].wordCount
                if words >= proseWords { prose.append(index); linesToProse = 0; continue }
                defer { linesToProse &+= 1 }
                guard linesToProse <= headingReach, words <= headingWords, index > first.upperBound else { continue }
                while block >= 0, blocks[block].lowerBound > index { block -= 1 }
                guard block < 0 || blocks[block].upperBound < index, let heading = entryText(lines[index].text) else { continue }
                headings[heading.key] = index
                shapes[heading.shape >> 6] |= 1 << (heading.shape & 63)
            }
        }
        guard !headings.isEmpty else { return nil }
        var entries: [Bool]?
        for block in blocks {
            var found: [(entry: Int, heading: Int)] = []
            for index in block {
                let text = lines[index].text
                guard let shape = plainShape(text), shape < 0 || shapes[shape >> 6] & 1 << (shape & 63) != 0,
                      let entry = entryText(text), let heading = headings[entry.key], heading > block.upperBound else { continue }
                found.append((index, heading))
            }
            // (The share is of the lines from the first entry found on: above it, a block that
            // runs with no blank line from the site's menu through the headline to the table
            // holds them all.)
            guard found.count >= leastEntries, Double(found.count) >= entryShare * Double(block.upperBound - found[0].entry + 1) else { continue }
            let pairs = zip(found, found.dropFirst())
            let inOrder = pairs.count { $0.heading < $1.heading }
            let parted = pairs.count { $0.heading < $1.heading && Self.prose(prose, between: $0.heading, and: $1.heading) }
            let gaps = Double(found.count - 1)
            guard Double(inOrder) >= orderShare * gaps, Double(parted) >= partedShare * gaps else { continue }
            if entries == nil { entries = [Bool](repeating: false, count: lines.count) }
            // From its first entry found to the block's end: an entry whose heading was not
            // found (one over a picture, a list of references) is the table's all the same.
            // (Above the first, the block can hold the article's headline and byline.)
            for index in found[0].entry...block.upperBound { entries![index] = true }
        }
        return entries
    }

    /// Whether a line of `prose` (line numbers, from the bottom up) lies between lines `top` and `bottom`.
    private static func prose(_ prose: [Int], between top: Int, and bottom: Int) -> Bool {
        // The first above `bottom` (a lower number), by halving: the numbers fall.
        var low = 0, high = prose.count
        while low < high {
            let middle = (low + high) / 2
            if prose[middle] >= bottom { low = middle + 1 } else { high = middle }
        }
        return low < prose.count && prose[low] > top
    }

    /// The blocks of `leastEntries` short lines or more, one right under another.
    private static func shortBlocks(in lines: [Line]) -> [ClosedRange<Int>] {
        var blocks: [ClosedRange<Int>] = []
        var start: Int?
        lines.withUnsafeBufferPointer { lines in
            for index in lines.indices {
                // (An entry can be a question of eleven words, "I live in a flat. How will it work for me?".)
                var short = !lines[index].isBlank && lines[index].wordCount <= entryWords
                // Not a line right over prose that says a line of the block again: the heading of
                // the article's first section, which a page with no blank lines runs on from the
                // table's last entry, the first.
                if short, let open = start, index + 1 < lines.count, lines[index + 1].wordCount >= proseWords,
                   lines[open..<index].contains(where: { $0.text == lines[index].text }) { short = false }
                if short, start == nil { start = index }
                if !short || index == lines.count - 1, let open = start {
                    let end = short ? index : index - 1
                    if end - open + 1 >= leastEntries { blocks.append(open...end) }
                    start = nil
                }
            }
        }
        return blocks
    }

    /// The entry's words as a key: without a section number in front ("3.7.1 ", "IV. ") or a
    /// short bracketed mark behind ("[edit]"), letters and digits only, ASCII ones lowered
    /// (FNV-1a). Nil when nothing is left.
    static func entryKey(_ text: String) -> UInt64? {
        entryText(text)?.key
    }

    /// `entryKey`, with the shape of what is left once stripped (`shape(first:count:)`).
    private static func entryText(_ text: String) -> (key: UInt64, shape: Int)? {
        let made = text.utf8.withContiguousStorageIfAvailable { bytes in
            let kept = stripped(bytes)
            return key(of: bytes[kept]).map { ($0, shape(first: bytes[kept.lowerBound], count: kept.count)) }
        }
        // (A page's text is native, its bytes in one piece; a bridged string is read from a copy.)
        return made ?? entryText(String(decoding: Array(text.utf8), as: UTF8.self))
    }

    /// A line's shape read from its ends alone, when nothing is stripped from them; -1 when
    /// something may be (it opens with a digit or a roman one, or ends in "]"), nil when blank.
    @inline(__always)
    private static func plainShape(_ text: String) -> Int? {
        // (From the bytes in place: `utf8.last` was a generic call, asked of every short line.)
        text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard let first = bytes.first, let last = bytes.last else { return nil }
            if isDigit(first) || isRomanDigit(first) || last == UInt8(ascii: "]") { return -1 }
            return shape(first: first, count: bytes.count)
        } ?? -1
    }

    /// Equal stripped texts have equal shapes: their first byte (an ASCII capital lowered) and their length.
    @inline(__always)
    private static func shape(first: UInt8, count: Int) -> Int {
        (count & 63) << 8 | Int(first < 0x80 ? first | 0x20 : first)
    }

    private static let shapeCount = 64 << 8

    /// Where the entry's words are: past a section number, before a bracketed mark.
    private static func stripped(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let dot = UInt8(ascii: "."), space = UInt8(ascii: " ")
        var start = 0, end = bytes.count
        // A section number: digits and dots, or a roman numeral and a dot, then a space.
        var digits = false
        while start < end, bytes[start] == dot || isDigit(bytes[start]) {
            if bytes[start] != dot { digits = true }
            start += 1
        }
        if digits, start < end, bytes[start] == space {
            start += 1
        } else {
            start = 0
            while start < end, isRomanDigit(bytes[start]) { start += 1 }
            if start > 0, start + 1 < end, bytes[start] == dot, bytes[start + 1] == space { start += 2 } else { start = 0 }
        }
        if end > start, bytes[end - 1] == UInt8(ascii: "]") {
            let floor = max(start, end - markLength)
            var open = end - 2
            while open >= floor, bytes[open] != UInt8(ascii: "[") { open -= 1 }
            if open >= floor { end = open }
        }
        return start..<max(start, end)
    }

    /// The letters and digits of `bytes`, ASCII ones lowered, hashed; nil when there are none.
    /// (A row's label and value too: `RepeatedLabels`.)
    static func key(of bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var empty = true
        for var byte in bytes {
            if byte < 0x80 {
                let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                guard isLetter || isDigit(byte) else { continue }
                if isLetter { byte |= 0x20 }
            }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            empty = false
        }
        return empty ? nil : hash
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    @inline(__always)
    private static func isRomanDigit(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x"): return true
        default: return false
        }
    }

    /// An entry is a line of up to this many words (a section's title, or a question: not a paragraph).
    static let entryWords = 12
    /// A heading further down is a line of up to this many words.
    static let headingWords = 12
    /// A line of this many words is prose: one between two headings makes them sections.
    static let proseWords = 15
    /// How many non-blank lines may stand between a heading and its prose (a section's heading,
    /// then a subsection's, or a picture's caption, then the first paragraph).
    static let headingReach = 2
    /// The fewest entries that make a table of contents (three are a menu's "News, Sport, Weather").
    static let leastEntries = 4
    /// How many of a block's lines, from its first entry found on, must come back as headings:
    /// a subtitle or two need not.
    static let entryShare = 0.6
    /// How many pairs of entries must come back in their order, and with prose between.
    static let orderShare = 0.8
    static let partedShare = 0.6
    /// How long a mark after a heading may be ("[edit]", "[ edit ]").
    static let markLength = 12
}
