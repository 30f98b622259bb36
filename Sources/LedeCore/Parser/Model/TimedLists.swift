/// A list whose items open with a clock time or a timestamp, later item by item ("00:00 Intro
/// and listener mail", "2:30 pm – Talks, round one", "14.30 Uhr Empfang"), three items or more
/// in a row, each with words after its time: an episode's chapters, an event's schedule, a
/// day's timeline. The line model reads each item as a menu entry, a short line, and the
/// article stopped at the list. A feed of the latest stories lists its times the other way,
/// newest first, and is no such list; nor is a time alone on its line (a live blog's stamp, a
/// player's "00:00").
enum TimedLists {
    /// The fewest items in a row that make a list, and the fewest words of each after its time.
    static let minimumItems = 3
    static let minimumWords = 2

    /// `logits` with the items of every such list raised to `MarkedLists.itemLogit` at least:
    /// times later item by item, or years ("1874 Gründung der Feuerwehr …", "1888 Anschaffung
    /// …": a chronicle's timeline), a year as late as the one before allowed.
    static func lifted(_ logits: [Double], lines: [Line]) -> [Double] {
        var raised = logits
        raise(&raised, lines: lines, years: false)
        raise(&raised, lines: lines, years: true)
        return raised
    }

    /// The items of every list of times, or of `years`, raised in `logits`. (Lines read where
    /// they lie, and those with too few digits turned away before a copy is handed on: a copy
    /// of every line retained and released its strings.)
    private static func raise(_ logits: inout [Double], lines: [Line], years: Bool) {
        let leastDigits = years ? 4 : 3
        func at(_ index: Int) -> Int? {
            lines.withUnsafeBufferPointer { lines in
                guard lines[index].digits >= leastDigits else { return nil }
                return years ? year(of: lines[index]) : time(of: lines[index])
            }
        }
        var start = 0
        while start < lines.count {
            guard var last = at(start) else { start += 1; continue }
            var end = start + 1
            while end < lines.count, let next = at(end), years ? next >= last : next > last {
                last = next
                end += 1
            }
            if end - start >= minimumItems {
                for index in start..<end { logits[index] = max(logits[index], MarkedLists.itemLogit) }
            }
            start = end
        }
    }

    /// The year an item opens with, four digits from 1000 to 2099 and a space, with words after
    /// it; nil when the line is no such item.
    static func year(of line: Line) -> Int? {
        guard line.digits >= 4, line.wordCount >= minimumWords + 1, line.wordCount <= 30 else { return nil }
        return line.text.withUTF8Bytes { bytes in
            guard bytes.count > 5, bytes[4] == 0x20, bytes[5] &- 0x30 >= 10, bytes[..<4].allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
            let year = bytes[..<4].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
            return year >= 1000 && year < 2100 ? year : nil
        }
    }

    /// The time an item opens with, in seconds from midnight or from the start, or nil when the
    /// line is no item.
    static func time(of line: Line) -> Int? {
        guard line.digits >= 3, line.wordCount >= minimumWords + 1, line.wordCount <= 30 else { return nil }
        return line.text.withUTF8Bytes(openingTime)
    }

    /// The time of "00:00 …", "01:02:03 …", "4:45 pm …", "14.30 …": one or two digits, ":" or
    /// ".", two digits (and ":" and two more), then a space; "pm" after it moves it past noon,
    /// "am" after twelve o'clock to midnight.
    static func openingTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        func digit(_ index: Int) -> Int? { index < bytes.count && bytes[index] &- 0x30 < 10 ? Int(bytes[index] &- 0x30) : nil }
        guard let first = digit(0) else { return nil }
        var hours = first, index = 1
        if let second = digit(1) { hours = hours * 10 + second; index = 2 }
        guard index < bytes.count, bytes[index] == 0x3A || bytes[index] == 0x2E,
              let tens = digit(index + 1), let units = digit(index + 2) else { return nil }
        var seconds = hours * 3600 + (tens * 10 + units) * 60
        index += 3
        // A timestamp's seconds ("01:02:03"; "04:30" is minutes and seconds, read as hours and
        // minutes: the order is the same).
        if index < bytes.count, bytes[index] == 0x3A, let tens = digit(index + 1), let units = digit(index + 2) {
            seconds += tens * 10 + units
            index += 3
        }
        guard index < bytes.count, bytes[index] == 0x20 else { return nil }
        if index + 2 < bytes.count, bytes[index + 2] | 0x20 == 0x6D {
            let p = bytes[index + 1] | 0x20
            if p == 0x70, hours < 12 { seconds += 12 * 3600 }  // "1:00 pm"
            if p == 0x61, hours == 12 { seconds -= 12 * 3600 }  // "12:30 am"
        }
        return seconds
    }
}
