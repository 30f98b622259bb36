/// Whether bytes are well-formed UTF-8, as `String(validating:)` decides (no overlong forms, no
/// surrogates, nothing past U+10FFFF, no sequence cut short), with runs of ASCII passed eight
/// bytes a step: most of a page is ASCII, and the standard library's check of a whole page took
/// as long as splitting it into lines.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        // (Sums unchecked, `&+`: an index within the bytes cannot overflow, and every step of a
        // page's bytes checked its sums.)
        @inline(__always) func isContinuation(_ offset: Int) -> Bool { base[index &+ offset] & 0xC0 == 0x80 }
        while index < count {
            // Sixteen ASCII bytes a step, then eight.
            if index &+ 16 <= count,
               (UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) | UnsafeRawPointer(base + (index &+ 8)).loadUnaligned(as: UInt64.self))
                & 0x8080_8080_8080_8080 == 0 {
                index &+= 16
                continue
            }
            if index &+ 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index &+= 8
                continue
            }
            let lead = base[index]
            if lead < 0x80 { index &+= 1; continue }
            // The second byte's range narrows where a lead would allow overlong forms (E0, F0),
            // surrogates (ED) or scalars past U+10FFFF (F4).
            switch lead {
            case 0xC2...0xDF:
                guard index &+ 1 < count, isContinuation(1) else { return false }
                index &+= 2
            case 0xE0...0xEF:
                guard index &+ 2 < count else { return false }
                let second = base[index &+ 1]
                let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80, high: UInt8 = lead == 0xED ? 0x9F : 0xBF
                guard second >= low, second <= high, isContinuation(2) else { return false }
                index &+= 3
            case 0xF0...0xF4:
                guard index &+ 3 < count else { return false }
                let second = base[index &+ 1]
                let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80, high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
                guard second >= low, second <= high, isContinuation(2), isContinuation(3) else { return false }
                index &+= 4
            default:  // a continuation byte, C0, C1 (overlong) or F5 and up
                return false
            }
        }
        return true
    }

    /// Whether every byte is below 0x80, eight bytes a step.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        var high: UInt64 = 0
        guard count >= 8 else {
            while index < count { high |= UInt64(base[index]); index += 1 }
            return high & 0x80 == 0
        }
        while index + 8 <= count {
            high |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        // The last eight bytes, some of them read again: no byte at a time for the rest.
        high |= UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
        return high & 0x8080_8080_8080_8080 == 0
    }
}
