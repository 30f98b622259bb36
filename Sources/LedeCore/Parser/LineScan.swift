/// The single pass over a line's bytes that `Line` is measured from, and the line keys it makes.
extension Line {
    /// What one pass over a line's bytes counts: words, letters, case, digits, tabs, sentence
    /// breaks, the key's hash; and, given somewhere to put them, the lowered text and the
    /// bytes of its key (`key(of:)`).
    struct Scan {
        var words = 0, letters = 0, upper = 0, digits = 0, tabs = 0
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
        /// The worst of `Sanitizer.verdict` over its characters (a control byte: `unsafe`): what
        /// cleaning the line needs, found in this pass rather than in one of its own.
        var cleaning = Sanitizer.Verdict.safe
        var keyHash = LineKey.seed
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
            let out = output?.lower, keyOut = output?.key
            var shortKeyLength = 0
            var inWord = false
            var previous: UInt8 = 0x20
            var length = 0
            var hash = LineKey.seed
            var keyLength = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte &- 0x61 < 26 {
                    // Runs of lower-case ASCII letters and the single spaces between them, most
                    // of any prose: letters go to the key and the lowered text as they are, with
                    // none of the checks below. A long line (no `out`) has no key: its letters are
                    // not hashed here (what the checks below hash of it goes unused).
                    var runLetters = 0
                    while true {
                        let start = index
                        if let out, let keyOut {
                            // The word's key bytes lie as far from the key's start as its lowered
                            // bytes from the lowered text's, less the spaces and marks left out.
                            let keyWord = keyOut + (shortKeyLength &- length)
                            repeat {
                                let letter = bytes[index]
                                out[length] = letter
                                keyWord[length] = letter
                                hash = (hash ^ UInt64(letter)) &* LineKey.prime
                                length &+= 1
                                index &+= 1
                            } while index < count && bytes[index] &- 0x61 < 26
                            shortKeyLength &+= index &- start
                        } else {
                            repeat { index &+= 1 } while index < count && bytes[index] &- 0x61 < 26
                        }
                        runLetters &+= index &- start
                        // A space and another lower-case word: one more word, no sentence break.
                        guard index &+ 1 < count, bytes[index] == 0x20, bytes[index &+ 1] &- 0x61 < 26 else { break }
                        words &+= 1
                        if let out { out[length] = 0x20; length &+= 1 }
                        index &+= 1
                    }
                    letters &+= runLetters
                    keyLength &+= runLetters
                    inWord = true
                    previous = bytes[index &- 1]
                    continue
                }
                if byte == 0x20 || byte == 0x09 {
                    if byte == 0x09 { tabs &+= 1 }
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
                    hash = (hash ^ 0xC3) &* LineKey.prime
                    hash = (hash ^ UInt64(second)) &* LineKey.prime
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
                case 0xC0...0xFF:
                    letters &+= 1
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
                    // (A comma is hashed into the line's key but is no letter of `key(of:)`.)
                    if inKey && byte != 0x2C { keyOut[shortKeyLength] = lowered; shortKeyLength &+= 1 }
                }
                if inKey {
                    hash = (hash ^ UInt64(lowered)) &* LineKey.prime
                    keyLength &+= 1
                }
                previous = byte
                index &+= 1
            }
            if inWord { words += 1 }
            lowerLength = length
            self.shortKeyLength = shortKeyLength
            keyHash = hash
            self.keyLength = keyLength
        }
    }

    /// The key's letters and digits from the lowered text: without ASCII punctuation and spaces,
    /// and without general punctuation (U+2000…U+203F), as `init` hashes them.
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
/// folded letters and digits, or a key of its own for a line too long to be furniture.
enum LineKey: Hashable, Sendable {
    case text(UInt64)
    case unique(Int)

    /// FNV-1a, 64 bits: streamed byte by byte as the line is read.
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3
}
