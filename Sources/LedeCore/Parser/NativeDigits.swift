/// The decimal digits of the scripts whose sites write dates and counts in them: Arabic-Indic
/// (٠…٩), Persian (۰…۹), Devanagari (०…९) and Bengali (০…৯). A dateline in them ("শনিবার ০৭
/// ডিসেম্বর ২০২৪", "۱۷ آذر ۱۴۰۳") holds figures as much as one in ASCII.
enum NativeDigits {
    /// The bytes of the digit that opens at `index`, or 0 when none does.
    @inline(__always)
    static func length(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let count = bytes.count
        guard index + 1 < count else { return 0 }
        let lead = bytes[index], next = bytes[index + 1]
        switch lead {
        case 0xD9: return next >= 0xA0 && next <= 0xA9 ? 2 : 0  // U+0660…U+0669
        case 0xDB: return next >= 0xB0 && next <= 0xB9 ? 2 : 0  // U+06F0…U+06F9
        case 0xE0:
            // U+0966…U+096F (E0 A5 A6…AF), U+09E6…U+09EF (E0 A7 A6…AF)
            guard index + 2 < count, next == 0xA5 || next == 0xA7 else { return 0 }
            return bytes[index + 2] >= 0xA6 && bytes[index + 2] <= 0xAF ? 3 : 0
        default: return 0
        }
    }
}
