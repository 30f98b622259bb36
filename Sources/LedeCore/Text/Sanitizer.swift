/// Makes untrusted page text safe to put on a terminal: no escape sequences, no control
/// characters, no bidirectional overrides or other invisible format characters (but the
/// zero-width joiner and non-joiner, which emoji and Persian or Indic words are spelt with).
///
/// Everything from a page passes through here before it reaches the screen, `lede dump` or
/// `lede search`, so a hostile page cannot retitle the window, move the cursor or inject input.
public enum Sanitizer {
    /// `text` with terminal control sequences and invisible controls removed and tabs made spaces.
    public static func clean(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        var text = text
        return text.withUTF8 { cleanBytes($0) }
    }

    /// True for scalars that must never reach a terminal.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        if value < 0xAD { return false }
        // Ranges that hold no format character, so common text skips the category lookup:
        // Latin, Greek, Cyrillic, Hebrew; Arabic letters; Indic scripts, Thai and Lao; dashes,
        // quotes and ellipsis; box drawing, shapes, symbols and arrows; CJK and Hangul; full-
        // width forms; emoji (`SanitizerTests` checks the ranges against the category tables).
        if (0xAE...0x5FF).contains(value) || (0x61D...0x6DC).contains(value) || (0x900...0xEFF).contains(value)
            || (0x2010...0x2027).contains(value) || (0x2030...0x205F).contains(value) || (0x2500...0x2BFF).contains(value)
            || (0x3000...0xD7FF).contains(value) || (0xFF00...0xFFEF).contains(value) || (0x1F000...0x1FAFF).contains(value) { return false }
        switch value {
        case 0xAD, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF,
             0xFFF9...0xFFFB, 0xE0000...0xE007F:
            return true
        case 0x200C, 0x200D:  // zero-width non-joiner and joiner: Persian and Indic words, emoji sequences
            return false
        default:
            return scalar.properties.generalCategory == .format
        }
    }

    /// A fast check: most lines are plain and need no work.
    static func needsCleaning(_ text: String) -> Bool {
        var bytes = text
        return bytes.withUTF8 { needsCleaning($0, text: text) }
    }

    /// The check on the UTF-8 bytes of `text`. Common non-ASCII (Latin letters, curly quotes,
    /// dashes, CJK) is settled from the bytes; only a line holding a character from a block with
    /// format characters in it is decoded and checked one by one.
    static func needsCleaning(_ bytes: UnsafeBufferPointer<UInt8>, text: @autoclosure () -> String) -> Bool {
        var index = 0
        let count = bytes.count
        var decode = false
        while index < count {
            // Eight plain ASCII bytes at a time: none with the high bit, below 0x20, or 0x7F.
            if index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
                let belowSpace = (word &- 0x20 &* ones) & ~word & high
                let delete = word ^ (0x7F &* ones)
                if (word & high) | belowSpace | ((delete &- ones) & ~delete & high) == 0 {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            index += 1
            if byte < 0x80 {
                if isControl(byte) { return true }
                continue
            }
            switch verdict(lead: byte, next: index < count ? bytes[index] : 0, third: index + 1 < count ? bytes[index + 1] : 0) {
            case .unsafe: return true
            case .undecided: decode = true
            case .safe: break
            }
        }
        return decode && hasUnsafeScalar(text())
    }

    /// An ASCII byte that must be cleaned: a control character (a tab too: tabs become spaces).
    @inline(__always)
    static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }

    /// What the bytes of a character beyond ASCII say of it (`lead` its first byte, then the
    /// next two, 0 past the end).
    enum Verdict { case safe, unsafe, undecided }

    /// Common non-ASCII (Latin letters, curly quotes, dashes, CJK) is settled from the bytes;
    /// a character from a block with format characters in it is `undecided` until decoded.
    @inline(__always)
    static func verdict(lead: UInt8, next: UInt8, third: UInt8) -> Verdict {
        switch lead {
        case 0xC2:  // U+0080…U+00BF: C1 controls and the soft hyphen
            return next <= 0x9F || next == 0xAD ? .unsafe : .safe
        case 0xC3...0xD7, 0xE3...0xEE:  // U+00C0…U+05FF, U+3000…U+EFFF: no format characters
            return .safe
        case 0xE0 where next >= 0xA4 && next <= 0xBB:  // U+0900…U+0EFF: Indic scripts, Thai, Lao: none either
            return .safe
        case 0xE2 where next == 0x80:  // U+2000…U+203F: zero-width, marks, separators, bidi embeddings
            // (U+200C keeps a Persian word's letters apart, "می‌رسد"; U+200D joins emoji.)
            return third == 0x8B || third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third) ? .unsafe : .safe
        case 0xE2 where next != 0x81:  // U+2080…U+2FFF
            return .safe
        case 0x80...0xBF:  // continuation bytes
            return .safe
        default:
            return .undecided
        }
    }

    /// Whether a text holds a scalar beyond ASCII that must be cleaned (the check of `undecided` characters).
    static func hasUnsafeScalar(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0x80 && (isUnsafe($0) || $0.value == 0x2028 || $0.value == 0x2029) }
    }

    /// `hasUnsafeScalar` of valid UTF-8 bytes, each scalar beyond ASCII decoded where it lies (a
    /// String of a line holding one, walked by its scalars, cost thousands of instructions, and
    /// a CJK page's full-width punctuation or an Arabic one's letters put one in most lines).
    static func hasUnsafeScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] >= 0xC0 else { index += 1; continue }
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            if let scalar = Unicode.Scalar(value), isUnsafe(scalar) || value == 0x2028 || value == 0x2029 { return true }
            index += length
        }
        return false
    }

    /// `text` cleaned, given its (valid) UTF-8 bytes: no copy work at all for a line that needs none.
    static func clean(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        cleanedIfNeeded(bytes) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// The cleaned text of valid UTF-8 `bytes`, or nil when they are clean as they are.
    static func cleanedIfNeeded(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        needsCleaning(bytes, text: String(decoding: bytes, as: UTF8.self)) ? cleanBytes(bytes) : nil
    }

    /// `cleanedIfNeeded` of bytes already read, given the worst `verdict` (or control byte:
    /// `unsafe`) among them.
    static func cleanedIfNeeded(_ bytes: UnsafeBufferPointer<UInt8>, worst: Verdict) -> String? {
        switch worst {
        case .safe: nil
        case .unsafe: cleanBytes(bytes)
        case .undecided: hasUnsafeScalar(bytes) ? cleanBytes(bytes) : nil
        }
    }
}
