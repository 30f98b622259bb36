/// A date written in figures, as most of the world's sites write their datelines: "22.02.2026",
/// "2026-04-01", "01/04/2026", "2026/4/1". Three groups of digits parted by the same mark (. / -),
/// one of them a year of this or the last century (19xx, 20xx) at either end; a score ("2-1"), a
/// version ("1.2.3") or a phone number has none.
enum NumericDate {
    /// Whether `bytes` hold such a date, not inside a longer run of digits and marks.
    static func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]), index == 0 || !isDigitOrMark(bytes[index - 1]) else { index += 1; continue }
            if let end = date(in: bytes, from: index), end == bytes.count || !isDigitOrMark(bytes[end]) || isClosingMark(bytes, at: end) { return true }
            if eastAsianDate(in: bytes, from: index) { return true }
            while index < bytes.count, isDigitOrMark(bytes[index]) { index += 1 }
        }
        return false
    }

    /// Whether `bytes` open with such a date, alone or before a time: a dateline, whatever
    /// source and name follow ("2026年03月21日 08:10  中国健康报  记者 何静"). A headline goes on
    /// from its date with words ("2024年1月1日起，…", "2024년 7월 1일부터 …", "22.02.2026: Was …").
    static func opens(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, isDigit(bytes[0]), let end = date(in: bytes, from: 0) ?? eastAsianDateEnd(in: bytes, from: 0) else { return false }
        var index = end
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x2C || bytes[index] == 0x2D || bytes[index] == 0x7C { index += 1 }
        return index == bytes.count || isDigit(bytes[index])
    }

    /// The end of a date that starts at `start`, or nil.
    private static func date(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var counts = (0, 0, 0), index = start, mark: UInt8?
        for group in 0..<3 {
            let digits = index
            while index < bytes.count, isDigit(bytes[index]), index - digits <= 4 { index += 1 }
            let count = index - digits
            guard count >= 1, count <= 4 else { return nil }
            switch group {
            case 0: counts.0 = count
            case 1: counts.1 = count
            default: counts.2 = count
            }
            guard group < 2 else { break }
            guard index < bytes.count, isMark(bytes[index]), mark == nil || mark == bytes[index] else { return nil }
            mark = bytes[index]
            index += 1
        }
        // The year at one end, the day and month of one or two figures each.
        let yearFirst = counts.0 == 4 && isYear(bytes, at: start) && counts.1 <= 2 && counts.2 <= 2
        let yearLast = counts.2 == 4 && isYear(bytes, at: index - 4) && counts.0 <= 2 && counts.1 <= 2
        return yearFirst || yearLast ? index : nil
    }

    /// A year, month and day with the characters for them: "2026年3月21日", "2026년 3월 4일".
    /// (Followed by ASCII or nothing: "1일부터", "1日起" go on as a sentence's words.)
    private static func eastAsianDate(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        guard let end = eastAsianDateEnd(in: bytes, from: start) else { return false }
        return end == bytes.count || bytes[end] < 0x80
    }

    /// Where such a date that starts at `start` ends (past its day's unit), or nil.
    private static func eastAsianDateEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start + 4 <= bytes.count, isYear(bytes, at: start) else { return nil }
        var index = start
        for (group, units) in eastAsianUnits.enumerated() {
            let digits = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard group == 0 ? index - digits == 4 : (1...2).contains(index - digits), index + 3 <= bytes.count,
                  units.contains(where: { bytes[index] == $0[0] && bytes[index + 1] == $0[1] && bytes[index + 2] == $0[2] }) else { return nil }
            index += 3
            if group < 2, index < bytes.count, bytes[index] == 0x20 { index += 1 }
        }
        return index
    }

    /// 年 月 日 and the Korean 년 월 일: the units of a year, month and day, in UTF-8.
    private static let eastAsianUnits: [[[UInt8]]] = [
        [[0xE5, 0xB9, 0xB4], [0xEB, 0x85, 0x84]], [[0xE6, 0x9C, 0x88], [0xEC, 0x9B, 0x94]], [[0xE6, 0x97, 0xA5], [0xEC, 0x9D, 0xBC]],
    ]

    private static func isYear(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        (bytes[index] == 0x31 && bytes[index + 1] == 0x39) || (bytes[index] == 0x32 && bytes[index + 1] == 0x30)
    }

    /// A mark right after the date that ends it, not another group: "22.02.2026." or "2026-04-01,".
    private static func isClosingMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 1 == bytes.count || !isDigit(bytes[index + 1])
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    private static func isMark(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x2F || byte == 0x2D }
    private static func isDigitOrMark(_ byte: UInt8) -> Bool { isDigit(byte) || isMark(byte) }
}
