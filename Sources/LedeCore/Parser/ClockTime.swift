/// A clock's time as pages print it: "20:46", the French "18h47", and the dotted "14.31 GMT" or
/// "9.15am" that British and Australian live blogs stamp their entries with.
enum ClockTime {
    /// Whether the lowered bytes hold a time of day. A dotted time counts only with its "am",
    /// "pm" or zone right after it: "14.31" alone is as often a score, a price ("£5.99 a
    /// month"), a measure or a date ("14.06.2024").
    static func holds(_ lower: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lower.count >= 4 else { return false }
        let isDigit = { (byte: UInt8) in byte &- 0x30 < 10 }
        return (1..<(lower.count - 2)).contains { index in
            guard isDigit(lower[index - 1]), isDigit(lower[index + 1]), isDigit(lower[index + 2]) else { return false }
            // (Two digits after the mark and no third: "18h470" or "3.1415" is no time.)
            guard index + 3 == lower.count || !isDigit(lower[index + 3]) else { return false }
            switch lower[index] {
            case 0x3A, 0x68: return true  // ":", "h"
            case 0x2E: return (index < 3 || !isDigit(lower[index - 3])) && isZoned(lower, after: index + 3)  // "."
            default: return false
            }
        }
    }

    /// Whether "am", "pm" or a time zone (`zones`) follows at `start`, a space apart at most,
    /// and ends there.
    private static func isZoned(_ lower: UnsafeBufferPointer<UInt8>, after start: Int) -> Bool {
        var start = start
        if start < lower.count, lower[start] == 0x20 { start += 1 }
        var end = start
        while end < lower.count, lower[end] &- 0x61 < 26 { end += 1 }
        guard end > start, end == lower.count || lower[end] == 0x20 || lower[end] == 0x29 else { return false }
        return zones.contains(Array(lower[start..<end]))
    }

    static let zones: Set<[UInt8]> = Set(["am", "pm", "gmt", "bst", "utc", "cet", "cest", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt",
                                          "ist", "aest", "aedt", "acst", "awst", "nzst", "nzdt", "sast", "wat", "eat", "uhr"].map { Array($0.utf8) })
}
