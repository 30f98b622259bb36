/// A whole date opening a line that goes on with words of its own (or closing one: `closes`): a
/// dated link in a list ("08/01/2014 Castro confía en …"), a dateline run into the place it was filed from
/// ("2018年6月18日 10:01　発信地：カノ", "02. Januar 2015, 15:53 Im Mittelpunkt …"). A headline
/// may name a year ("2015 was …", "May 2015 jobs report") or a day ("9/11 …"), but it does
/// not open with a whole date. (A line that is nothing but a date is `NotAHeadline.isTimestamp`'s.)
struct LeadingDate: Equatable {
    private var year = false
    private var month = false
    private var numbers = 0
    private var dayOrMonthUnits = 0

    /// Whether `line` opens with a whole date and goes on after it.
    static func opens(_ line: Line) -> Bool {
        // A date that opens a line has a digit in its first words.
        guard line.digits >= 4, line.text.utf8.prefix(digitReach).contains(where: isDigit) else { return false }
        return line.text.withUTF8Bytes { bytes in
            // Word by word, so that most lines are turned away at their first.
            var date = LeadingDate()
            let label = labelEnd(bytes)
            var start = label ?? 0
            let isSeparator = asciiSeparators
            for index in start...bytes.count where index == bytes.count || isSeparator[Int(bytes[index])] {
                defer { start = index + 1 }
                guard index > start else { continue }
                if !date.read(UnsafeBufferPointer(rebasing: bytes[start..<index])) {
                    return date.isWhole && !spansDays(bytes, in: (label ?? 0)..<start)
                }
            }
            // A labelled date is a dateline whether or not the line goes on ("Your Weekly
            // Horoscope: June 10–16, 2024" is a column's title).
            return label != nil && date.isWhole && !spansDays(bytes, in: (label ?? 0)..<bytes.count)
        }
    }

    /// Where a dateline's label ends, when the line opens with one: a few words without a digit
    /// and a colon, in any language ("Date:", "发稿时间：", "Fecha de publicación:"). What
    /// follows must then be a whole date.
    private static func labelEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var spaces = 0
        for index in bytes.indices.prefix(labelReach) {
            switch bytes[index] {
            case 0x30...0x39: return nil
            case 0x20: spaces += 1; if spaces >= labelWords { return nil }
            case 0x3A: return index > 0 ? index + 1 : nil
            // The full-width colon, U+FF1A.
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x9A: return index > 0 ? index + 3 : nil
            default: continue
            }
        }
        return nil
    }

    /// A dateline's label is at most this many bytes and words.
    private static let labelReach = 24
    private static let labelWords = 3

    /// Whether `line` closes with a whole date after words of its own: a caption's place and day
    /// ("Stansted Airport, Dec. 22, 2014."), a headline with its dateline run in ("… Back Into the
    /// Country MARCH 30, 2009"). No headline of the dev corpora ends so. A span of days is no
    /// dateline's but a weekly column's title: "Your Weekly Horoscope: June 10–16, 2024",
    /// "Horóscopo semanal del 10 al 16 de junio de 2024" (after a comma, it is an event's).
    static func closes(_ line: Line) -> Bool {
        guard line.digits >= 4, line.text.utf8.suffix(digitReach).contains(where: isDigit) else { return false }
        return line.text.withUTF8Bytes { bytes in
            var date = LeadingDate()
            var end = bytes.count
            // Whether the date's first word so far is a joining word: "Markets fall on December
            // 27, 2014" says the day in its sentence.
            var joined = false
            let isSeparator = asciiSeparators
            for index in stride(from: bytes.count - 1, through: -1, by: -1) where index == -1 || isSeparator[Int(bytes[index])] {
                defer { end = index }
                guard end > index + 1 else { continue }
                let before = date
                if !date.read(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])) {
                    return date.isWhole && !joined && (Self.followsComma(bytes, dateStart: end)
                        || !Self.spansDays(bytes, in: end..<bytes.count) && !Self.followsSpanWord(bytes, dateStart: end))
                }
                joined = date == before
            }
            return false
        }
    }

    /// Whether the date in `range` gives a span of days: two days parted by a dash ("10–16",
    /// "10-16" with no third number after).
    static func spansDays(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Bool {
        func isDay(_ range: Range<Int>) -> Bool { (1...2).contains(range.count) && range.allSatisfy { isDigit(bytes[$0]) } }
        func figuresBack(from end: Int) -> Range<Int> {
            var start = end
            while start > 0, isDigit(bytes[start - 1]) { start -= 1 }
            return start..<end
        }
        for index in range where isDigit(bytes[index]) && (index + 1 == range.upperBound || !isDigit(bytes[index + 1])) {
            let first = figuresBack(from: index + 1)
            // The dash after the first day: a hyphen, or an en dash's three bytes.
            var after = index + 1
            if after < bytes.count, bytes[after] == 0x2D {
                after += 1
            } else if after + 2 < bytes.count, bytes[after] == 0xE2, bytes[after + 1] == 0x80, bytes[after + 2] == 0x93 {
                after += 3
            } else {
                continue
            }
            var end = after
            while end < range.upperBound, isDigit(bytes[end]) { end += 1 }
            // (Not a numeric date's day and month, "08-01-2014": nothing numeric runs on.)
            let runsOn = end < bytes.count && (bytes[end] == 0x2D || bytes[end] == 0x2F || bytes[end] == 0x3A
                || bytes[end] == 0x2E && end + 1 < bytes.count && isDigit(bytes[end + 1]))
            // (Nor a clock's minutes, "10:00–16:00".)
            let opensOn = first.lowerBound > 0 && Self.isNumericJoin(bytes[first.lowerBound - 1])
            if isDay(first), isDay(after..<end), !opensOn, !runsOn { return true }
        }
        return false
    }

    /// Whether the byte joins a number to the one before it: "-", "/", ":" or ".". (A switch: an
    /// array literal here was made for every digit run asked.)
    private static func isNumericJoin(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2D, 0x2F, 0x3A, 0x2E: true
        default: false
        }
    }

    /// Whether a comma parts the date from the words before it: an event's or a place's
    /// dateline, whatever its days ("Cannes Film Festival, May 14–25, 2024").
    static func followsComma(_ bytes: UnsafeBufferPointer<UInt8>, dateStart: Int) -> Bool {
        // (The date's first word starts past the separators at `dateStart`.)
        let first = bytes[dateStart...].firstIndex { $0 != 0x20 && $0 != 0x2C } ?? bytes.count
        return bytes[..<first].last { $0 != 0x20 } == 0x2C
    }

    /// Whether the date from `dateStart` on follows a span's word and another day before it:
    /// "10 al 16 de junio", "10 to 16 June".
    static func followsSpanWord(_ bytes: UnsafeBufferPointer<UInt8>, dateStart: Int) -> Bool {
        let before = bytes[..<dateStart].reversed().drop { $0 == 0x20 }
        let word = before.prefix { $0 != 0x20 }
        guard spanWords.contains(String(decoding: word.reversed(), as: UTF8.self).lowercased()) else { return false }
        let rest = before.dropFirst(word.count).drop { $0 == 0x20 }
        return rest.first.map(isDigit) ?? false
    }

    /// The words between a span's first and last day.
    static let spanWords: Set<String> = ["al", "to", "bis", "au", "till", "tot", "do", "a"]

    /// How many bytes may come before a date's first digit ("Veröffentlicht am 12.", "更新时间 2012年").
    private static let digitReach = 32

    /// A year with a month and a day: "Dec. 22, 2014", "08/01/2014", "2014年12月10日".
    private var isWhole: Bool {
        year && ((month && numbers >= 1) || numbers >= 2 || dayOrMonthUnits >= 2)
    }

    /// Takes in `word` when it can be part of a date (numbers, months, the words datelines use),
    /// or says false. An ASCII word is read from its bytes (most are); one beyond ASCII as text.
    private mutating func read(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.allSatisfy({ $0 < 0x80 }) else { return read(String(decoding: word, as: UTF8.self)) }
        var start = 0
        for index in 1...word.count where index == word.count || Self.isDigit(word[index]) != Self.isDigit(word[index - 1]) {
            defer { start = index }
            let run = UnsafeBufferPointer(rebasing: word[start..<index])
            if Self.isDigit(run[0]) {
                // (A year is 19xx or 20xx.)
                let isYear = run.count == 4 && ((run[0] == 0x31 && run[1] == 0x39) || (run[0] == 0x32 && run[1] == 0x30))
                guard readNumber(run.count, isYear: isYear) else { return false }
            } else {
                guard readWord(String(decoding: run.map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) }, as: UTF8.self)) else { return false }
            }
        }
        return true
    }

    /// `read` of a word with characters beyond ASCII: CJK dates' marks, months and datelines'
    /// words in other scripts, full-width punctuation.
    private mutating func read(_ word: String) -> Bool {
        var rest = Substring(word)
        while let first = rest.first {
            if Self.wideSeparators.contains(first) { rest = rest.dropFirst(); continue }
            let isDigit = first.isASCII && first.isNumber
            let run = rest.prefix { ($0.isASCII && $0.isNumber) == isDigit && !Self.wideSeparators.contains($0) }
            rest = rest.dropFirst(run.count)
            if isDigit {
                guard readNumber(run.count, isYear: run.count == 4 && (run.hasPrefix("19") || run.hasPrefix("20"))) else { return false }
            } else if run == "年" || run == "년" {
                year = true
            } else if Self.dayOrMonthUnitWords.contains(run) {
                dayOrMonthUnits += 1
            } else if !readWord(run.lowercased()) {
                return false
            }
        }
        return true
    }

    /// A number of `count` digits: a year, or a day, month, hour or minute.
    private mutating func readNumber(_ count: Int, isYear: Bool) -> Bool {
        if isYear { year = true } else if count <= 2 { numbers += 1 } else { return false }
        return true
    }

    /// A lower-cased word: a month, or a word datelines use ("updated", "am", "th").
    private mutating func readWord(_ lower: String) -> Bool {
        if NotAHeadline.monthWords.contains(lower) { month = true; return true }
        return NotAHeadline.dateWords.contains(lower) || NotAHeadline.ordinals.contains(Substring(lower))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The month and day marks of Chinese, Japanese and Korean dates.
    private static let dayOrMonthUnitWords: Set<Substring> = ["月", "日", "월", "일"]

    /// Between a date's parts: spaces and punctuation, and their full-width forms. (Per byte, a
    /// table: each byte of a line's first words is asked, and a Set hashed each.)
    private static let asciiSeparators: [Bool] = (0..<256).map { byte in " \t,./:-()[]|".utf8.contains(UInt8(byte)) }
    private static let wideSeparators: Set<Character> = ["–", "—", "·", "，", "、", "：", "\u{3000}", "\u{A0}"]
}
