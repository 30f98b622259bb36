/// The words of a line as the stop-word lists are looked up with them: one pass over the bytes,
/// a word at a time. A word is a run between white space (and CJK punctuation), with the
/// punctuation and symbols at its ends left out (`"The`, `werden.`, `(born`, `«так»`; `d'un`
/// keeps its apostrophe); a CJK character is a word by itself. Each word's letters are folded
/// to lower case and hashed (FNV-1a) as they are read, with no String made.
///
/// An iterator rather than a loop calling a closure per word: between words only the position
/// is kept, so the loop keeps its state in registers (every line of every page is read).
struct WordHashes {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// `foldedLetterOrDigit`, read once per line rather than once per byte.
    private let folded = WordHashes.foldedLetterOrDigit

    /// FNV-1a, 64 bits: streamed byte by byte as a word is read.
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Per byte value, an ASCII letter or digit as it is hashed (0x20 set: a capital folded, a
    /// small letter or a digit as it is), 0 for any other byte: a table, one load per byte
    /// where the two range tests took eight instructions (most bytes of a page are tested),
    /// and the same load gives the byte to hash.
    private nonisolated(unsafe) static let foldedLetterOrDigit: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for byte in 0..<256 {
            let isLetterOrDigit = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39)
            table[byte] = isLetterOrDigit ? UInt8(byte | 0x20) : 0
        }
        return UnsafePointer(table)
    }()

    /// The next word's hash and script (`script(of:at:)`), or nil at the end.
    @inline(__always)
    mutating func next() -> (hash: UInt64, script: UInt8)? {
        // Most words are ASCII letters and digits up to white space or the end: those are
        // read here, with little to keep track of; the rest go on in `next(from:)`.
        let count = bytes.count
        var index = self.index
        guard index < count else { return next(from: nil) }
        var byte = folded[Int(bytes[index])]
        guard byte != 0 else { return next(from: nil) }
        let script: UInt8 = byte &- 0x30 < 10 ? 0 : 1
        var hash = Self.seed
        repeat {
            hash = (hash ^ UInt64(byte)) &* Self.prime
            index &+= 1
            guard index < count else { break }
            byte = folded[Int(bytes[index])]
        } while byte != 0
        if index == count || Self.isASCIISpace(bytes[index]) {
            self.index = index == count ? index : index &+ 1
            return (hash, script)
        }
        // A mark closing the word (`word,` `word.`) before white space or the end: hashed but
        // not kept, as the general loop would.
        let after = index &+ 1
        if bytes[index] < 0x80, after == count || Self.isASCIISpace(bytes[after]) {
            self.index = after == count ? after : after &+ 1
            return (hash, script)
        }
        self.index = index
        return next(from: (hash, script))
    }

    /// A space, tab, line feed, vertical tab, form feed or carriage return.
    @inline(__always)
    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }

    /// The next word, or the rest of `word` (its hash so far and its script) when it is not
    /// over: the general case of `next()`, any bytes at all.
    private mutating func next(from word: (hash: UInt64, script: UInt8)?) -> (hash: UInt64, script: UInt8)? {
        let count = bytes.count
        let folded = self.folded
        // The position in a local, stored back once: stored at every byte, it was a memory write each.
        var index = self.index
        defer { self.index = index }
        var inWord = word != nil
        var hash = word?.hash ?? Self.seed
        /// The hash up to the word's last letter: trailing punctuation is hashed but not kept.
        var kept = hash
        var script: UInt8 = word?.script ?? 0
        @inline(__always) func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* Self.prime }
        while index < count {
            var byte = bytes[index]
            if byte < 0x80 {
                if folded[Int(byte)] != 0 {
                    if !inWord { inWord = true; hash = Self.seed; script = byte &- 0x30 < 10 ? 0 : 1 }
                    // Most bytes are in runs of ASCII letters and digits: each run is hashed in
                    // a loop of its own, not dispatched byte by byte.
                    repeat {
                        add(folded[Int(byte)])
                        index &+= 1
                        guard index < count else { break }
                        byte = bytes[index]
                    } while folded[Int(byte)] != 0
                    kept = hash
                    continue
                }
                index &+= 1
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    if inWord { return (kept, script) }
                } else if inWord {
                    add(byte)  // punctuation: kept only if letters follow (`d'un`, `U.S`)
                }
                continue
            }
            // A two-byte letter (Latin, Greek, Cyrillic, Armenian, Hebrew): no white space,
            // punctuation or CJK starts so, and it is folded without the checks below.
            if byte >= 0xC3 && byte <= 0xD7 && index + 1 < count {
                if !inWord { inWord = true; hash = Self.seed; script = Self.script(of: bytes, at: index) }
                let second = bytes[index + 1]
                // Small Cyrillic letters, Armenian and Hebrew fold to themselves: added as they are.
                if byte >= 0xD3 || byte == 0xD1 || (byte == 0xD0 && second >= 0xB0) {
                    add(byte)
                    add(second)
                    index += 2
                } else {
                    index += Self.foldAndAdd(bytes, index, second, &hash)
                }
                kept = hash
                continue
            }
            // Hangul and the rest of U+A000…U+D7FF: no white space, punctuation, CJK or case
            // among them, so added as they are.
            if byte >= 0xEA && byte <= 0xED && index + 2 < count {
                if !inWord { inWord = true; hash = Self.seed; script = Self.script(of: bytes, at: index) }
                add(byte)
                add(bytes[index + 1])
                add(bytes[index + 2])
                index += 3
                kept = hash
                continue
            }
            let second = index + 1 < count ? bytes[index + 1] : 0
            let third = index + 2 < count ? bytes[index + 2] : 0
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            // White space: no-break space, U+2000…U+200B, the ideographic space and CJK
            // punctuation U+3000…U+303F.
            if (byte == 0xC2 && second == 0xA0) || (byte == 0xE2 && second == 0x80 && third <= 0x8B) || (byte == 0xE3 && second == 0x80) {
                index += length
                if inWord { return (kept, script) }
                continue
            }
            // A CJK character (kana, ideographs: U+3040…U+9FFF): a word by itself, after the
            // word before it (which ends here: the character is read again by the next call).
            if byte >= 0xE3 && byte <= 0xE9 && index + 2 < count {
                if inWord { return (kept, script) }
                index += 3
                return ((((((Self.seed ^ UInt64(byte)) &* Self.prime) ^ UInt64(second)) &* Self.prime) ^ UInt64(third)) &* Self.prime, 6)
            }
            if Self.isPunctuation(byte, second, third) {
                if inWord { for offset in 0..<min(length, count - index) { add(bytes[index + offset]) } }
                index += length
                continue
            }
            if !inWord { inWord = true; hash = Self.seed; script = Self.script(of: bytes, at: index) }
            index += Self.foldAndAdd(bytes, index, second, &hash)
            kept = hash
        }
        return inWord ? (kept, script) : nil
    }

    /// Punctuation and symbols that are not white space: « » ¡ ¿ · § ° ² (U+00A1…U+00BF),
    /// general punctuation (quotes, dashes, …), the Arabic comma, semicolon, question mark and
    /// full stop, the danda, full-width punctuation.
    @inline(__always)
    private static func isPunctuation(_ byte: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch byte {
        case 0xC2: return second >= 0xA1 && second <= 0xBF
        case 0xD8: return second == 0x8C || second == 0x9B || second == 0x9F   // ، ؛ ؟
        case 0xDB: return second == 0x94                                         // ۔
        case 0xE0: return second == 0xA5 && (third == 0xA4 || third == 0xA5)     // । ॥
        case 0xE2: return second == 0x80 || second == 0x81
        case 0xEF:
            // Ａ…Ｚ ａ…ｚ ０…９ are letters and digits; the rest of EF BC / EF BD is punctuation.
            if second == 0xBC { return !((third >= 0x90 && third <= 0x99) || (third >= 0xA1 && third <= 0xBA)) }
            if second == 0xBD { return !(third >= 0x81 && third <= 0x9A) }
            return false
        default: return false
        }
    }

    /// The script a word is written in, told from its first byte or two: 0 when it opens with
    /// no letter (a digit), 1 Latin (with Vietnamese's Latin Extended Additional), 2 Greek,
    /// 3 Cyrillic, 4 Hebrew, 5 Arabic, 6 CJK, 7 Hangul, 8 other; each 128-letter block from
    /// U+0800 to U+0FFF (Indic scripts, Thai…) a number of its own from 32 up.
    @inline(__always)
    static func script(of bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8 {
        let byte = bytes[index]
        if byte < 0x80 { return (byte | 0x20) &- 0x61 < 26 ? 1 : 0 }
        let second = index + 1 < bytes.count ? bytes[index + 1] : 0
        switch byte {
        case 0xC3...0xCA: return 1
        case 0xCD...0xCF: return 2
        case 0xD0...0xD4: return 3
        case 0xD6 where second >= 0x90: return 4
        case 0xD7: return 4
        case 0xD8...0xDB: return 5
        case 0xE0: return 32 &+ (second & 0x3F) / 2
        case 0xE1: return second >= 0xB8 && second <= 0xBB ? 1 : 8
        case 0xE3...0xE9: return 6
        case 0xEA...0xED: return 7
        default: return 8
        }
    }

    /// Adds the character at `index` (not ASCII) to `hash`, lower-cased: Latin-1, Latin
    /// Extended-A, Greek and Cyrillic capitals fold to their small letters (İ to i; σ and ς,
    /// a sigma's two small forms, both to σ); other characters are taken as they are. Returns
    /// the character's length.
    @inline(__always)
    private static func foldAndAdd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ second: UInt8, _ hash: inout UInt64) -> Int {
        @inline(__always) func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* Self.prime }
        var lead = bytes[index]
        guard lead >= 0xC3 && lead <= 0xD2 && index + 1 < bytes.count else {
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            let end = min(bytes.count, index + length)
            for offset in index..<end { add(bytes[offset]) }
            return end - index
        }
        var second = second
        switch lead {
        case 0xC3:
            if second >= 0x80 && second <= 0x9E && second != 0x97 { second += 0x20 }
        case 0xC4, 0xC5:
            // U+0100…U+017F: mostly capital-small pairs; İ (U+0130) to i, Ÿ (U+0178) to ÿ.
            let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(second & 0x3F)
            var lower = scalar
            switch scalar {
            case 0x130: add(0x69); return 2
            case 0x178: lower = 0xFF
            case 0x100...0x137, 0x14A...0x177: if scalar & 1 == 0 { lower += 1 }
            case 0x139...0x148, 0x179...0x17E: if scalar & 1 == 1 { lower += 1 }
            default: break
            }
            lead = UInt8(0xC0 | (lower >> 6))
            second = UInt8(0x80 | (lower & 0x3F))
        case 0xCE:
            switch second {
            case 0x91...0x9F: second += 0x20                         // Α…Ο → α…ο
            case 0xA0...0xA9: lead = 0xCF; second -= 0x20             // Π…Ω → π…ω
            case 0x86: second = 0xAC                                  // Ά
            case 0x88...0x8A: second += 0x25                          // Έ Ή Ί
            case 0x8C: lead = 0xCF                                    // Ό
            case 0x8E, 0x8F: lead = 0xCF; second -= 0x01              // Ύ Ώ
            default: break
            }
        case 0xCF:
            if second == 0x82 { second = 0x83 }                       // ς → σ
        case 0xD0:
            switch second {
            case 0x80...0x8F: lead = 0xD1; second += 0x10             // Ѐ…Џ → ѐ…џ
            case 0x90...0x9F: second += 0x20                          // А…П → а…п
            case 0xA0...0xAF: lead = 0xD1; second -= 0x20             // Р…Я → р…я
            default: break
            }
        case 0xD2:
            if second == 0x90 { second = 0x91 }                       // Ґ → ґ
        default:
            break
        }
        add(lead)
        add(second)
        return 2
    }
}
