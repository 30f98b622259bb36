/// A clock's time as pages print it: "20:46", the French "18h47", and the dotted "14.31 GMT" or
/// "9.15am" that British and Australian live blogs stamp their entries with.
enum ClockTime {
    /// Whether the lowered bytes hold a time of day. A dotted time counts only with a letter on
    /// its line (its zone or "am"/"pm", read by the caller as a date's word): "14.31" alone is as
    /// often a score, a price or a version.
    static func holds(_ lower: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lower.count >= 4 else { return false }
        let isDigit = { (byte: UInt8) in byte &- 0x30 < 10 }
        let hasLetter = lower.contains { ($0 | 0x20) &- 0x61 < 26 }
        return (1..<(lower.count - 2)).contains { index in
            guard isDigit(lower[index - 1]), isDigit(lower[index + 1]), isDigit(lower[index + 2]) else { return false }
            // (Two digits after the mark and no third: "18h470" or "3.1415" is no time.)
            guard index + 3 == lower.count || !isDigit(lower[index + 3]) else { return false }
            switch lower[index] {
            case 0x3A: return true  // ":"
            case 0x68: return true  // "h"
            case 0x2E: return hasLetter && (index < 3 || !isDigit(lower[index - 3]))  // "."
            default: return false
            }
        }
    }
}
