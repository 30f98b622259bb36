/// The single pass over a line's bytes that `Line` is measured from, and the line keys it makes.
extension Line {
    /// What one pass over a line's bytes counts: words, letters, case, digits, tabs, sentence
    /// breaks; and, given somewhere to put them, the lowered text, the bytes of its key
    /// (`key(of:)`) and where the commas among them were (`LineKey.hashed`).
    struct Scan {
        var words = 0, letters = 0, upper = 0, digits = 0, tabs = 0
        /// Box-drawing characters (U+2500…U+257F): the rules and bars of a drawn table.
        var boxDrawing = 0
        /// Kana and CJK ideographs (U+3000…U+9FFF): scripts that write words without spaces.
        var cjk = 0
        /// Thai, Lao, Khmer and Myanmar letters and marks: scripts without spaces between words
        /// either, whose words are longer than a CJK character.
        var unspaced = 0
        /// Commas and enumeration marks (`,` `，` `、`): running prose has them, menus do not.
        var commas = 0
        /// Words that open with a capital letter: titles and menus are capitalised, prose is not.
        var capitalised = 0
        var innerBreak = false
        /// Every byte is below 0x80 (the line's String is flagged so, without a pass of its own).
        var isASCII = true
        /// The worst of `Sanitizer.verdict` over its characters (a control byte: `unsafe`): what
        /// cleaning the line needs, found in this pass rather than in one of its own.
        var cleaning = Sanitizer.Verdict.safe
        /// The places in the key's bytes where the line has a comma, hashed: the line's key
        /// counts its commas, `key(of:)` does not.
        var commaPlaces = LineKey.noCommas
        var keyLength = 0
        var lowerLength = 0
        /// How many bytes of `key(of:)` the lowered text has (`keyLength` counts commas too).
        var shortKeyLength = 0

        init() {}

        /// Keeps the worse of `cleaning` and `verdict`.
        @inline(__always)
        private mutating func note(_ verdict: Sanitizer.Verdict) {
            if verdict == .unsafe || (verdict == .undecided && cleaning == .safe) { cleaning = verdict }
        }

        /// - Parameter output: where the lowered text and the key's bytes go (as many bytes as
        ///   the line's each), or nil.
        init(_ bytes: UnsafeBufferPointer<UInt8>, into output: (lower: UnsafeMutablePointer<UInt8>, key: UnsafeMutablePointer<UInt8>)?) {
            // The pass compiled twice over, for lines with output and without, each knowing
            // which (`Mode`): every write was behind a test of `out`, and long lines kept the
            // registers of the writes.
            if output != nil {
                self.init(bytes, into: output, Writing.self)
            } else {
                self.init(bytes, into: nil, Counting.self)
            }
        }

        /// Whether the pass writes the lowered text and key: a type, so that each is a pass of its own.
        protocol Mode { static var writes: Bool { get } }
        enum Writing: Mode { static var writes: Bool { true } }
        enum Counting: Mode { static var writes: Bool { false } }

        private init<Pass: Mode>(_ bytes: UnsafeBufferPointer<UInt8>, into output: (lower: UnsafeMutablePointer<UInt8>, key: UnsafeMutablePointer<UInt8>)?, _: Pass.Type) {
            let out = Pass.writes ? output.unsafelyUnwrapped.lower : nil
            let keyOut = Pass.writes ? output.unsafelyUnwrapped.key : nil
            var shortKeyLength = 0
            var inWord = false
            var previous: UInt8 = 0x20
            var length = 0
            /// The bytes of the general case below or'ed together: a lower-case letter is ASCII.
            var bytesOred: UInt8 = 0
            var commaPlaces = LineKey.noCommas
            var keyLength = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if (byte | 0x20) &- 0x61 < 26 {
                    // Runs of ASCII words, lower-case but for a capital opening one, and the single
                    // spaces between them, most of any prose: letters go to the key and the lowered
                    // text as they are (a capital lowered), with none of the checks below. A long
                    // line (no `out`) has no key. (Capitals went through the checks below, a few
                    // dozen instructions each: a tenth of the bytes of a page, the most costly tenth.)
                    var runLetters = 0
                    // A capital opening a word after white space, or the line, is a capitalised word.
                    var afterSpace = previous == 0x20 || previous == 0x09 || index == 0
                    while true {
                        let start = index
                        let first = bytes[index]
                        if first &- 0x41 < 26 {
                            upper &+= 1
                            if afterSpace { capitalised &+= 1 }
                        }
                        if let out, let keyOut {
                            // The word's key bytes lie as far from the key's start as its lowered
                            // bytes from the lowered text's, less the spaces and marks left out.
                            let keyWord = keyOut + (shortKeyLength &- length)
                            out[length] = first | 0x20
                            keyWord[length] = first | 0x20
                            length &+= 1
                            index &+= 1
                            // The word's small letters eight bytes a step, all eight copied to
                            // both (those past the word are written over later, or left unread;
                            // neither text is ahead of the line's bytes, so all eight fit); in
                            // the line's last seven bytes, a byte at a time.
                            while true {
                                guard index &+ 8 <= count else {
                                    while index < count && bytes[index] &- 0x61 < 26 {
                                        let letter = bytes[index]
                                        out[length] = letter
                                        keyWord[length] = letter
                                        length &+= 1
                                        index &+= 1
                                    }
                                    break
                                }
                                let eight = Line.eightBytes(bytes, at: index)
                                let run = Line.smallLetterRun(eight)
                                UnsafeMutableRawPointer(out + length).storeBytes(of: eight, as: UInt64.self)
                                UnsafeMutableRawPointer(keyWord + length).storeBytes(of: eight, as: UInt64.self)
                                length &+= run
                                index &+= run
                                guard run == 8 else { break }
                            }
                            shortKeyLength &+= index &- start
                        } else {
                            index &+= 1
                            while true {
                                guard index &+ 8 <= count else {
                                    while index < count && bytes[index] &- 0x61 < 26 { index &+= 1 }
                                    break
                                }
                                let run = Line.smallLetterRun(Line.eightBytes(bytes, at: index))
                                index &+= run
                                guard run == 8 else { break }
                            }
                        }
                        runLetters &+= index &- start
                        // A space and another word: one more word, no sentence break.
                        guard index &+ 1 < count, bytes[index] == 0x20, (bytes[index &+ 1] | 0x20) &- 0x61 < 26 else { break }
                        words &+= 1
                        if let out { out[length] = 0x20; length &+= 1 }
                        index &+= 1
                        afterSpace = true
                    }
                    letters &+= runLetters
                    keyLength &+= runLetters
                    inWord = true
                    previous = bytes[index &- 1]
                    continue
                }
                bytesOred |= byte
                if byte == 0x20 {
                    // A space ends a word and is no part of the key: it goes to the lowered text
                    // alone, without the checks below (what they would make of it).
                    if inWord { words &+= 1 }
                    inWord = false
                    if previous == 0x2E || previous == 0x21 || previous == 0x3F { innerBreak = true }
                    if let out { out[length] = 0x20; length &+= 1 }
                    previous = 0x20
                    index &+= 1
                    continue
                }
                if byte == 0x09 {
                    tabs &+= 1
                    if inWord { words &+= 1 }
                    inWord = false
                    if previous == 0x2E || previous == 0x21 || previous == 0x3F { innerBreak = true }
                } else {
                    inWord = true
                }
                // The lowered byte(s), and whether they belong to the key.
                var lowered = byte
                var inKey = true
                switch byte {
                case 0x41...0x5A:
                    letters &+= 1
                    upper &+= 1
                    if previous == 0x20 || previous == 0x09 || index == 0 { capitalised &+= 1 }
                    lowered = byte | 0x20
                case 0x30...0x39:
                    digits &+= 1
                case 0x2C:
                    commas &+= 1
                    if out != nil { commaPlaces = LineKey.mix(commaPlaces, UInt64(shortKeyLength) &+ 1) }
                case 0xC3 where index + 1 < count:
                    // Latin-1 letters: U+00C0…U+00DE upper (but not ×), the rest lower.
                    let next = bytes[index + 1]
                    letters &+= 1
                    let isUpper = next >= 0x80 && next <= 0x9E && next != 0x97
                    if isUpper { upper &+= 1 }
                    let second = isUpper ? next + 0x20 : next
                    if let out, let keyOut {
                        out[length] = 0xC3; out[length + 1] = second; length &+= 2
                        keyOut[shortKeyLength] = 0xC3; keyOut[shortKeyLength + 1] = second; shortKeyLength &+= 2
                    }
                    keyLength &+= 2
                    index &+= 2
                    previous = next
                    continue
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80:
                    // General punctuation (quotes, dashes, ellipsis): not part of the key.
                    let third = bytes[index + 2]
                    note(Sanitizer.verdict(lead: 0xE2, next: 0x80, third: third))
                    if let out { out[length] = 0xE2; out[length + 1] = 0x80; out[length + 2] = third; length &+= 3 }
                    previous = third == 0xA6 ? 0x2E : third
                    index &+= 3
                    continue
                case 0xE3...0xE9:
                    // A CJK character: a word of its own for counting; 。！？ inside a line break sentences.
                    letters &+= 1
                    cjk &+= 1
                    if byte == 0xE3, index + 2 < count, bytes[index + 1] == 0x80 {
                        let third = bytes[index + 2]
                        if third == 0x81 { commas &+= 1; cjk &-= 1 }
                        if third == 0x82 { cjk &-= 1; if index + 3 < count { innerBreak = true } }
                    }
                case 0xEF where index + 2 < count && bytes[index + 1] == 0xBC:
                    // Full-width punctuation: ！ ？ break sentences, ， separates clauses.
                    let third = bytes[index + 2]
                    note(Sanitizer.verdict(lead: 0xEF, next: 0xBC, third: third))
                    if third == 0x8C { commas &+= 1 }
                    if (third == 0x81 || third == 0x9F), index + 3 < count { innerBreak = true }
                    letters &+= 1
                case 0xE0 where index + 1 < count && bytes[index + 1] >= 0xB8 && bytes[index + 1] <= 0xBB:
                    // Thai (U+0E00…U+0E7F) and Lao (U+0E80…U+0EFF).
                    letters &+= 1
                    unspaced &+= 1
                    note(Sanitizer.verdict(lead: byte, next: bytes[index + 1], third: index + 2 < count ? bytes[index + 2] : 0))
                case 0xE1 where index + 1 < count && (bytes[index + 1] <= 0x81 || bytes[index + 1] == 0x9E || bytes[index + 1] == 0x9F):
                    // Myanmar (U+1000…U+107F) and Khmer (U+1780…U+17FF).
                    letters &+= 1
                    unspaced &+= 1
                    note(Sanitizer.verdict(lead: byte, next: bytes[index + 1], third: index + 2 < count ? bytes[index + 2] : 0))
                case 0xE2 where index + 1 < count && (bytes[index + 1] == 0x94 || bytes[index + 1] == 0x95):
                    // Box drawing: counted apart, otherwise as any character beyond ASCII below.
                    boxDrawing &+= 1
                    letters &+= 1
                    note(Sanitizer.verdict(lead: byte, next: bytes[index + 1], third: index + 2 < count ? bytes[index + 2] : 0))
                case 0xC0...0xFF:
                    // (A digit of a script's own is a figure, no letter.)
                    if byte == 0xD9 || byte == 0xDB || byte == 0xE0, NativeDigits.length(in: bytes, at: index) > 0 { digits &+= 1 } else { letters &+= 1 }
                    note(Sanitizer.verdict(lead: byte, next: index + 1 < count ? bytes[index + 1] : 0,
                                           third: index + 2 < count ? bytes[index + 2] : 0))
                    if byte == 0xD0, index + 1 < count, bytes[index + 1] >= 0x90, bytes[index + 1] <= 0xAF { upper &+= 1 }
                case 0x80...0xBF:
                    break
                default:
                    inKey = false
                    if Sanitizer.isControl(byte) { cleaning = .unsafe }
                }
                if let out, let keyOut {
                    out[length] = lowered; length &+= 1
                    // (A comma counts in the line's key, by its place, but is no letter of `key(of:)`.)
                    if inKey && byte != 0x2C { keyOut[shortKeyLength] = lowered; shortKeyLength &+= 1 }
                }
                if inKey { keyLength &+= 1 }
                previous = byte
                index &+= 1
                // The continuation bytes after a lead (C0…FF) go to the lowered text and the key as
                // they are, all of them at once: the checks above make nothing else of them, and
                // each went through them (a Cyrillic letter's second byte, a CJK character's two).
                if byte >= 0xC0 {
                    while index < count, bytes[index] & 0xC0 == 0x80 {
                        let continuation = bytes[index]
                        if let out, let keyOut {
                            out[length] = continuation; length &+= 1
                            keyOut[shortKeyLength] = continuation; shortKeyLength &+= 1
                        }
                        keyLength &+= 1
                        previous = continuation
                        index &+= 1
                    }
                }
            }
            if inWord { words += 1 }
            isASCII = bytesOred < 0x80
            lowerLength = length
            self.shortKeyLength = shortKeyLength
            self.commaPlaces = commaPlaces
            self.keyLength = keyLength
        }
    }

    /// The eight bytes at `index` of `bytes` (which has them), the first in the lowest bits.
    @inline(__always)
    private static func eightBytes(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        // (Unwrapped unchecked: bytes that have eight have an address.)
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index).loadUnaligned(as: UInt64.self))
    }

    /// How many of the eight bytes, from the lowest, are small ASCII letters before the first
    /// that is not: each byte's range test done within its own byte (on its low seven bits, so
    /// that no sum carries into the next), all eight at once.
    @inline(__always)
    private static func smallLetterRun(_ eight: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let low7 = eight & ~high
        let letters = (low7 &+ 0x1F &* ones) & ~(low7 &+ 0x05 &* ones) & ~eight & high  // 0x61…0x7A
        return (~letters & high).trailingZeroBitCount &>> 3
    }

    /// The key's letters and digits from the lowered text: without ASCII punctuation and spaces,
    /// and without general punctuation (U+2000…U+203F), as `init` writes them.
    static func key(of lower: String) -> String {
        return lower.withUTF8Bytes(key(of:))
    }

    /// `key(of:)` of the lowered text's bytes.
    static func key(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { key in key.baseAddress.map { Self.key(of: bytes, into: $0).count } ?? 0 }
    }

    /// `key(of:)` of the lowered text's bytes, written to `key` (room for as many bytes).
    static func key(of bytes: UnsafeBufferPointer<UInt8>, into key: UnsafeMutablePointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var length = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0xC3, index + 1 < count {
                key[length] = byte; key[length + 1] = bytes[index + 1]
                length += 2; index += 2
                continue
            }
            if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80 { index += 3; continue }
            if byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                key[length] = byte; length += 1
            }
            index += 1
        }
        return UnsafeBufferPointer(start: key, count: length)
    }
}

/// A line's identity for counting repeats and matching alt text to its headline: a hash of its
/// folded letters, digits and commas, or a key of its own for a line too long to be furniture.
enum LineKey: Hashable, Sendable {
    case text(UInt64)
    case unique(Int)

    /// The key of a line whose `key(of:)` bytes are `count` bytes at `bytes` and whose commas
    /// stood where `commaPlaces` says (`Scan`): equal lines' bytes and places are equal. The
    /// bytes are hashed eight at a time once the line is read (hashed byte by byte as they
    /// were read, they cost a multiplication each): `bytes` has room for eight more after them,
    /// which are zeroed first.
    static func hashed(key bytes: UnsafeMutablePointer<UInt8>, count: Int, commaPlaces: UInt64) -> LineKey {
        let raw = UnsafeMutableRawPointer(bytes)
        raw.storeBytes(of: 0, toByteOffset: count, as: UInt64.self)
        var hash: UInt64 = 0x243F_6A88_85A3_08D3
        var offset = 0
        while offset < count {
            hash = mix(hash, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset &+= 8
        }
        return .text(mix(hash ^ commaPlaces, UInt64(count)))
    }

    /// `Scan.commaPlaces` of a line without commas (not 0: `mix` keeps 0 and 0 as 0).
    static let noCommas: UInt64 = 0x1319_8A2E_0370_7344

    /// Eight bytes into a hash: multiplied, so that each bit reaches the higher ones, then
    /// folded, so that the high ones reach the low ones (`RepeatCounts` reads those).
    @inline(__always)
    static func mix(_ hash: UInt64, _ bytes: UInt64) -> UInt64 {
        let product = (hash ^ bytes) &* 0x9E37_79B9_7F4A_7C15
        return product ^ (product &>> 32)
    }
}
