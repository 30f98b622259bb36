/// Safety for Lede's own messages and output, which quote paths, theme names and queries a
/// user (or a hostile file name) supplied.
extension Sanitizer {
    /// `text` for a message: every character a terminal would act on, or that would not show,
    /// written out as `\u{1B}` instead, line breaks kept and tabs made spaces. A message quotes
    /// what the user or a file gave (a path, a theme name); removing a sequence from it could make
    /// `'\u{1B}]2;x\u{07}dark'` read as `'dark'`, a name that exists.
    public static func visible(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out.unicodeScalars.append(scalar)
            case 0x09: out += " "
            default:
                if isUnsafe(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Removes, in place, every byte a terminal acts on rather than shows: C0 controls but line
    /// feed and tab, DEL, and C1 controls (U+0080…U+009F, two bytes in UTF-8). Output whose
    /// strings were already cleaned or escaped passes unchanged; this is the last guard before a
    /// byte reaches the terminal, and it is linear, with no work for plain text.
    public static func stripControlBytes(_ bytes: inout [UInt8]) {
        guard let first = firstControlByte(in: bytes) else { return }
        var write = first
        var read = first
        let count = bytes.count
        while read < count {
            let byte = bytes[read]
            if byte == 0xC2, read + 1 < count, bytes[read + 1] >= 0x80, bytes[read + 1] <= 0x9F {
                read += 2
                continue
            }
            if isControlByte(byte) {
                read += 1
                continue
            }
            bytes[write] = byte
            write += 1
            read += 1
        }
        bytes.removeLast(count - write)
    }

    /// Where the first byte to strip is, if any: eight bytes at a time while no byte is below
    /// 0x20 (but `\n`, `\t`), 0x7F or 0xC2.
    static func firstControlByte(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                if index + 8 <= count, !mayHoldControl(UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = buffer[index]
                if isControlByte(byte) { return index }
                if byte == 0xC2, index + 1 < count, buffer[index + 1] >= 0x80, buffer[index + 1] <= 0x9F { return index }
                index += 1
            }
            return nil
        }
    }

    private static func isControlByte(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F
    }

    /// Whether any of eight bytes is below 0x20, 0x7F or 0xC2 (a line feed counts: the caller
    /// looks at such a word byte by byte).
    private static func mayHoldControl(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & high != 0 }
        let belowSpace = (word &- 0x20 &* ones) & ~word & high != 0
        return belowSpace || hasZero(word ^ (0x7F &* ones)) || hasZero(word ^ (0xC2 &* ones))
    }
}
