/// A live blog's entries: each stamped with its time over its heading ("16:40", then "Army
/// deployed to shore up levee"), or the time opening the heading, as a key-events box lists
/// them ("16:40 Army deployed to shore up levee"). Their headings are the entries', never the
/// article's headline, which sits over the whole blog with its dek and byline.
enum LiveEntries {
    /// The line numbers of the entries' headings among `candidates`, when there are three or
    /// more (a time over a headline is a date bar as often, and a ticker's item may sit above it).
    /// A stamp with a dateline's word ("Updated 4m ago") over a line is the page's own, over its
    /// headline, unless the blog stamps its entries so, three of them at least ("Aktualisiert 15:47").
    static func headings(among candidates: [Line], in lines: [Line]) -> Set<Int> {
        var headings = Set<Int>(), dated = Set<Int>()
        for line in candidates {
            if opensWithClock(line.text) {
                headings.insert(line.number)
            } else if line.number > 0, isStamp(lines[line.number - 1]) {
                if isDatelined(lines[line.number - 1]) { dated.insert(line.number) } else { headings.insert(line.number) }
            }
        }
        if dated.count >= fewestEntries { headings.formUnion(dated) }
        return headings.count >= fewestEntries ? headings : []
    }

    static let fewestEntries = 3

    /// A time alone on its line, as an entry is stamped: a clock's ("16:40", "14.31 GMT") or
    /// how long ago ("1h ago", "2 hours ago"), not a date ("2024.02.03") or a version ("3.4").
    static func isStamp(_ line: Line) -> Bool {
        line.wordCount <= stampWords && NotAHeadline.isTimestamp(line)
            && (line.lower.withUTF8Bytes(ClockTime.holds) || line.digits <= agoDigits && line.text.hasAlphabeticScalar)
    }

    /// Whether a stamp opens with a dateline's word ("Updated 4m ago").
    static func isDatelined(_ line: Line) -> Bool {
        Phrases.bylinePrefixes.first(opening: line.lower) != nil
    }

    static let stampWords = 3
    /// The most digits of a stamp saying how long ago ("12 min ago").
    static let agoDigits = 2

    /// Whether the text opens with a clock's time, then a space and a letter: "16:40 Army
    /// deployed…", "9.15am Rail line closed…" (not "16:40" alone, nor a price, "9.90 Euro mehr…").
    static func opensWithClock(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var index = 0
            while index < bytes.count, index < 2, bytes[index] &- 0x30 < 10 { index += 1 }
            guard index >= 1, index + 4 < bytes.count, bytes[index] == 0x3A || bytes[index] == 0x2E,
                  bytes[index + 1] &- 0x30 < 10, bytes[index + 2] &- 0x30 < 10 else { return false }
            var after = index + 3
            // (A dot's time only with its "am" or "pm".)
            if bytes[index] == 0x2E {
                guard after + 2 < bytes.count, bytes[after] | 0x20 == 0x61 || bytes[after] | 0x20 == 0x70, bytes[after + 1] | 0x20 == 0x6D else { return false }
                after += 2
            }
            guard after + 1 < bytes.count, bytes[after] == 0x20 else { return false }
            let next = bytes[after + 1]
            return (next | 0x20) &- 0x61 < 26 || next >= 0xC3
        }
    }
}
