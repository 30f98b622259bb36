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
            while index < bytes.count, isDigitOrMark(bytes[index]) { index += 1 }
        }
        return false
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
