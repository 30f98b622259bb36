/// Minimal JSON string escaping: control characters and every non-printable as \u escapes.
///
/// Written straight into a byte buffer, a run of plain text at a time: `lede dump --format json`
/// writes every word of every page through here.
public enum JSON {
    /// `value` as a JSON string literal, quotes included.
    public static func string(_ value: String) -> String {
        var out: [UInt8] = []
        append(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `value` as a JSON string literal, quotes included: `"`, `\` and controls escaped,
    /// and every scalar the sanitizer calls unsafe (C1 controls, bidi overrides, invisible
    /// format characters) as `\u` escapes, so the text can carry nothing a terminal acts on.
    public static func append(_ value: String, to out: inout [UInt8]) {
        out.append(0x22)
        var value = value
        // A long string is given room once, not by doubling: a page may be one 200 MB line.
        if value.utf8.count > 1 << 16 { out.reserveCapacity(out.count + value.utf8.count + 1) }
        value.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            var plainFrom = 0
            func flush() {
                if plainFrom < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom..<index])) }
            }
            while index < count {
                let byte = bytes[index]
                if byte >= 0x20, byte < 0x7F, byte != 0x22, byte != 0x5C {
                    index += 1
                    continue
                }
                if byte < 0x80 {
                    flush()
                    switch byte {
                    case 0x22: out += [0x5C, 0x22]
                    case 0x5C: out += [0x5C, 0x5C]
                    case 0x0A: out += [0x5C, 0x6E]
                    case 0x0D: out += [0x5C, 0x72]
                    case 0x09: out += [0x5C, 0x74]
                    default: appendEscape(UInt16(byte), to: &out)
                    }
                    index += 1
                    plainFrom = index
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                // U+00C0…U+05FF and U+3000…U+EFFF hold no character that needs escaping.
                if (0xC3...0xD7).contains(byte) || (0xE3...0xEE).contains(byte) {
                    index += length
                    continue
                }
                let scalar = decode(bytes, at: index, length: length)
                if !Sanitizer.isUnsafe(scalar) {
                    index += length
                    continue
                }
                flush()
                for unit in String(scalar).utf16 { appendEscape(unit, to: &out) }
                index += length
                plainFrom = index
            }
            flush()
        }
        out.append(0x22)
    }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// `\uXXXX`, lower-case hex.
    private static func appendEscape(_ unit: UInt16, to out: inout [UInt8]) {
        out += [0x5C, 0x75, digits[Int(unit >> 12)], digits[Int(unit >> 8 & 0xF)], digits[Int(unit >> 4 & 0xF)], digits[Int(unit & 0xF)]]
    }

    /// The scalar whose valid UTF-8 (a String's bytes are valid) of `length` bytes starts at `index`.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
        var value = UInt32(bytes[index]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
