/// Makes untrusted page text safe to put on a terminal: no escape sequences, no control
/// characters, no bidirectional overrides or other invisible format characters.
///
/// Everything from a page passes through here before it reaches the screen, `lede dump` or
/// `lede search`, so a hostile page cannot retitle the window, move the cursor or inject input.
public enum Sanitizer {
    /// `text` with terminal control sequences and invisible controls removed and tabs made spaces.
    public static func clean(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x09: out.append(" ")
            case 0x1B: skipEscapeSequence(after: &scalars)
            case 0x9B: skipControlSequence(&scalars)  // C1 CSI
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F: skipString(&scalars)  // C1 OSC, DCS, SOS, PM, APC
            case 0x2028, 0x2029: out.append(" ")
            default:
                if !isUnsafe(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// True for scalars that must never reach a terminal.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        if value < 0xAD { return false }
        // Ranges that hold no format character, so common text skips the category lookup:
        // Latin, Greek, Cyrillic, Hebrew; dashes, quotes and ellipsis; CJK and Hangul.
        if (0xAE...0x5FF).contains(value) || (0x2010...0x2027).contains(value) || (0x2030...0x205F).contains(value)
            || (0x3000...0xD7FF).contains(value) { return false }
        switch value {
        case 0xAD, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF,
             0xFFF9...0xFFFB, 0xE0000...0xE007F:
            return true
        case 0x200D:  // zero-width joiner: needed inside emoji sequences
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
                if byte < 0x20 || byte == 0x7F { return true }
                continue
            }
            let next = index < count ? bytes[index] : 0
            switch byte {
            case 0xC2:  // U+0080…U+00BF: C1 controls and the soft hyphen
                if next <= 0x9F || next == 0xAD { return true }
            case 0xC3...0xD7, 0xE3...0xEE:  // U+00C0…U+05FF, U+3000…U+EFFF: no format characters
                break
            case 0xE2 where next == 0x80:  // U+2000…U+203F: zero-width, marks, separators, bidi embeddings
                let third = index + 1 < count ? bytes[index + 1] : 0
                if (0x8B...0x8F).contains(third) && third != 0x8D || (0xA8...0xAE).contains(third) { return true }  // U+200D joins emoji
            case 0xE2 where next != 0x81:  // U+2080…U+2FFF
                break
            case 0x80...0xBF:  // continuation bytes
                break
            default:
                decode = true
            }
        }
        guard decode else { return false }
        return text().unicodeScalars.contains { $0.value >= 0x80 && (isUnsafe($0) || $0.value == 0x2028 || $0.value == 0x2029) }
    }

    /// `text` cleaned, given its UTF-8 bytes: no copy work at all for a line that needs none.
    static func clean(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return needsCleaning(bytes, text: text) ? clean(text) : text
    }

    private static func skipEscapeSequence(after scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next() else { return }
        switch next {
        case "[": skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_": skipString(&scalars)
        default: return  // a two-character escape such as ESC c or ESC 7: both are dropped
        }
    }

    /// Skips CSI parameters up to and including the final byte (0x40–0x7E).
    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        var count = 0
        while let scalar = scalars.next(), count < 256 {
            if (0x40...0x7E).contains(scalar.value) { return }
            count += 1
        }
    }

    /// Skips an OSC/DCS string up to BEL or the string terminator ESC \ (or C1 ST).
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x07, 0x9C: return
            case 0x1B:
                _ = scalars.next()
                return
            default: continue
            }
        }
    }
}
