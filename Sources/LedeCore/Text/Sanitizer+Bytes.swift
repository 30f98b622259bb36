/// `clean` at the level of UTF-8 bytes: runs of safe text are copied whole, and only a byte that
/// may start something unsafe is decoded. Appending a scalar at a time to a String cost some
/// hundred instructions a byte, which on a page with one long line needing cleaning was most of
/// the parse.
extension Sanitizer {
    /// The cleaned text of valid UTF-8 `bytes`: what a scalar-by-scalar pass gives (tabs and line
    /// separators become spaces; ESC and C1 sequences are dropped whole; unsafe scalars dropped).
    static func cleanBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Never longer than the input: every change drops bytes or puts one space for one or more.
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var length = 0
            var reader = ScalarReader(bytes: bytes)
            var plainFrom = 0
            func keepPlain(upTo end: Int) {
                let run = end - plainFrom
                if run > 0 {
                    (out.baseAddress! + length).update(from: bytes.baseAddress! + plainFrom, count: run)
                    length += run
                }
            }
            func space() {
                out[length] = 0x20
                length += 1
            }
            while reader.index < bytes.count {
                let start = reader.index
                if reader.skipSafeRun() { continue }
                let scalar = reader.next()
                switch scalar {
                case 0x09, 0x2028, 0x2029:
                    keepPlain(upTo: start)
                    space()
                case 0x1B:
                    keepPlain(upTo: start)
                    reader.skipEscapeSequence()
                case 0x9B:  // C1 CSI
                    keepPlain(upTo: start)
                    reader.skipControlSequence()
                case 0x9D, 0x90, 0x98, 0x9E, 0x9F:  // C1 OSC, DCS, SOS, PM, APC
                    keepPlain(upTo: start)
                    reader.skipString()
                default:
                    guard let value = Unicode.Scalar(scalar), isUnsafe(value) else { continue }
                    keepPlain(upTo: start)
                }
                plainFrom = reader.index
            }
            keepPlain(upTo: bytes.count)
            return length
        }
    }

    /// Reads scalars from valid UTF-8, a byte offset at a time.
    struct ScalarReader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        /// Steps over bytes that cannot start anything unsafe (printable ASCII, and the leading
        /// bytes of blocks with no format character: U+00C0…U+05FF, U+3000…U+EFFF), returning
        /// whether it moved.
        mutating func skipSafeRun() -> Bool {
            let start = index
            let count = bytes.count
            while index < count {
                if index + 8 <= count, isPlainASCII(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                if byte >= 0x20, byte < 0x7F {
                    index += 1
                } else if (0xC3...0xD7).contains(byte) {
                    index += 2
                } else if (0xE3...0xEE).contains(byte) {
                    index += 3
                } else {
                    break
                }
            }
            return index > start
        }

        /// The next scalar's value (0 at the end).
        mutating func next() -> UInt32 {
            guard index < bytes.count else { return 0 }
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            index = min(index + length, bytes.count)
            return value
        }

        var isAtEnd: Bool { index >= bytes.count }

        /// After ESC: a CSI or a string sequence, or else the one scalar that follows.
        mutating func skipEscapeSequence() {
            guard !isAtEnd else { return }
            switch next() {
            case 0x5B: skipControlSequence()  // [
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F: skipString()  // ] P X ^ _
            default: return  // a two-character escape such as ESC c or ESC 7: both are dropped
            }
        }

        /// CSI parameters up to and including the final byte (0x40–0x7E); at most 256 scalars of
        /// parameters, and the one read after them.
        mutating func skipControlSequence() {
            var count = 0
            while !isAtEnd {
                let scalar = next()
                guard count < 256 else { return }
                if (0x40...0x7E).contains(scalar) { return }
                count += 1
            }
        }

        /// An OSC/DCS string up to BEL or the string terminator ESC \ (or C1 ST).
        mutating func skipString() {
            while !isAtEnd {
                switch next() {
                case 0x07, 0x9C: return
                case 0x1B:
                    if !isAtEnd { _ = next() }
                    return
                default: continue
                }
            }
        }
    }

    /// Whether eight bytes are all printable ASCII (none with the high bit, below 0x20, or 0x7F).
    @inline(__always)
    static func isPlainASCII(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        let belowSpace = (word &- 0x20 &* ones) & ~word & high
        let delete = word ^ (0x7F &* ones)
        return (word & high) | belowSpace | ((delete &- ones) & ~delete & high) == 0
    }
}
