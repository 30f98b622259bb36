import Foundation

/// Phrases a line may open with, looked up as `String.hasPrefix` would, but with each phrase's
/// opening compared as bytes first, because nearly every line fails there and `hasPrefix`
/// compares characters. The bytes must match whenever `hasPrefix` does: the opening stops at the
/// first character with another canonical spelling (an accented letter, a Hangul syllable), and
/// the only ASCII ones, K (the Kelvin sign), ; and `, may be in no phrase. (A phrase is looked
/// for only under its own first byte: one that opens with an accented letter or a Hangul
/// syllable is found as written. A letter that a sign decomposes to alone, Ω from the Ohm sign,
/// a CJK ideograph from its compatibility twin, is taken to be written as itself.)
struct Prefixes: @unchecked Sendable {  // `phrasesOpeningWith` is written once, when made
    let texts: [String]
    /// Each phrase's bytes up to its first character with another canonical spelling.
    private let heads: [[UInt8]]
    /// Per first byte, the phrases that open with it, a bit each in list order: most lines open
    /// with none, and the rest are compared with those phrases alone. (Memory of its own, made
    /// once and never freed, not an array: no reference counting on a check made of most lines.)
    private let phrasesOpeningWith: UnsafeMutablePointer<PhraseBits>
    /// Per byte, the phrases whose head (`heads`) has it second, or has no second byte: with
    /// the first byte's, it turns away most of the lines that open with a phrase's first letter
    /// ("The …" is no "top image credit:"). (Made once, never freed, as `phrasesOpeningWith`.)
    private let phrasesWithSecond: UnsafeMutablePointer<PhraseBits>

    init(_ texts: [String]) {
        // (Asked of the scalars, the signs' other spellings among them: asked of Characters, it
        // compared every phrase's Characters with three, a third of making the lists.)
        precondition(!texts.contains { $0.isEmpty || $0.unicodeScalars.contains(where: Self.hasOtherSpelling) }, "K ; ` have other canonical spellings")
        precondition(texts.count <= PhraseBits.capacity, "a phrase is a bit of \(PhraseBits.capacity)")
        self.texts = texts
        heads = texts.map(Self.head)
        phrasesOpeningWith = .allocate(capacity: 256)
        phrasesOpeningWith.initialize(repeating: PhraseBits(), count: 256)
        phrasesWithSecond = .allocate(capacity: 256)
        phrasesWithSecond.initialize(repeating: PhraseBits(), count: 256)
        for (index, text) in texts.enumerated() {
            phrasesOpeningWith[Int(text.utf8.first!)].insert(index)
            if heads[index].count >= 2 {
                phrasesWithSecond[Int(heads[index][1])].insert(index)
            } else {
                for second in 0..<256 { phrasesWithSecond[second].insert(index) }
            }
        }
    }

    /// The phrases whose heads may open `bytes`, by their first two bytes, a bit each.
    @inline(__always)
    private func candidates(opening bytes: UnsafeBufferPointer<UInt8>) -> PhraseBits {
        guard let first = bytes.first else { return PhraseBits() }
        let phrases = phrasesOpeningWith[Int(first)]
        return bytes.count >= 2 ? phrases.intersection(phrasesWithSecond[Int(bytes[1])]) : phrases
    }

    /// K ; ` and the Kelvin sign, the Greek question mark and U+1FEF, which are canonically them.
    private static func hasOtherSpelling(_ scalar: Unicode.Scalar) -> Bool {
        [0x4B, 0x3B, 0x60, 0x212A, 0x37E, 0x1FEF].contains(scalar.value)
    }

    /// A phrase's bytes up to its first character beyond ASCII that decomposes or combines (a
    /// text may spell it otherwise): Cyrillic, Greek and CJK openings are compared as bytes too.
    static func head(of phrase: String) -> [UInt8] {
        var head: [UInt8] = []
        for scalar in phrase.unicodeScalars {
            if scalar.value >= 0x80 && !isPlainLetter(scalar) {
                // (Compared as code points: String's == would call the two spellings equal.)
                let alone = String(scalar)
                guard scalar.properties.canonicalCombiningClass == .notReordered,
                      alone.decomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(alone.unicodeScalars) else { break }
            }
            head += Array(String(scalar).utf8)
        }
        return head
    }

    /// CJK ideographs (U+4E00…U+9FFF) and the Russian alphabet's letters (U+0410…U+044F) but
    /// Й й: none decomposes or combines, so they are taken as written without asking Foundation
    /// (its decomposition was two thirds of `head`). PrefixesTests checks each against it.
    static func isPlainLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF: return true
        case 0x0410...0x044F: return scalar.value != 0x0419 && scalar.value != 0x0439
        default: return false
        }
    }

    /// The first phrase, in list order, that `line` opens with.
    func first(opening line: some StringProtocol) -> String? {
        guard let first = line.utf8.first else { return nil }
        var phrases = phrasesOpeningWith[Int(first)]
        while !phrases.isEmpty {
            let index = phrases.lowest
            if opens(line, index) { return texts[index] }
            phrases.removeLowest()
        }
        return nil
    }

    /// `first(opening:)` of a text given its bytes too: the bytes turn most lines away, and the
    /// text is made only when a phrase's opening bytes match. (Inlined: the first two bytes
    /// turn nearly every line away without a call.)
    @inline(__always)
    func first(openingBytes bytes: UnsafeBufferPointer<UInt8>, of text: () -> String) -> String? {
        let phrases = candidates(opening: bytes)
        return phrases.isEmpty ? nil : first(among: phrases, openingBytes: bytes, of: text)
    }

    /// `first(openingBytes:of:)` among the phrases with these bits.
    @inline(never)
    private func first(among phrases: PhraseBits, openingBytes bytes: UnsafeBufferPointer<UInt8>, of text: () -> String) -> String? {
        var phrases = phrases
        while !phrases.isEmpty {
            let index = phrases.lowest
            let head = heads[index]
            if Self.opens(bytes, with: head) {
                // A phrase that is its head whole, followed by an ASCII byte or nothing, ends
                // where a character of the text ends (what could join a character to the one
                // before it is beyond ASCII): the text has it as a prefix, and no phrase before
                // it in the list (their bytes did not match) can be one. The text is made and
                // its characters compared only otherwise.
                if head.count == texts[index].utf8.count, bytes.count == head.count || bytes[head.count] < 0x80 { return texts[index] }
                // A phrase that goes on past its head with a character beyond ASCII ("läs även"
                // has the head "l") cannot open a text whose next character is ASCII alone: no
                // spelling of that character holds only ASCII (`hasOtherSpelling`), and nothing
                // combines with an ASCII byte that an ASCII byte follows. (Lines opening with "l"
                // made their text and compared Characters: a thirtieth of parsing.)
                if head.count < texts[index].utf8.count, Self.isASCIIAlone(bytes, at: head.count) {
                    phrases.removeLowest()
                    continue
                }
                return self.first(opening: text())
            }
            phrases.removeLowest()
        }
        return nil
    }

    /// Whether the byte at `index` is ASCII and so is the next (or there is none): a character of
    /// one ASCII scalar.
    @inline(__always)
    private static func isASCIIAlone(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index < bytes.count && bytes[index] < 0x80 && (index + 1 == bytes.count || bytes[index + 1] < 0x80)
    }

    /// Whether `bytes` open with `head`, compared with `memcmp` (`starts(with:)` stepped two
    /// iterators a byte at a time, a tenth of the lines' credit and related-link checks).
    @inline(__always)
    private static func opens(_ bytes: UnsafeBufferPointer<UInt8>, with head: [UInt8]) -> Bool {
        guard head.count <= bytes.count else { return false }
        return head.withUnsafeBufferPointer { head in
            guard let start = head.baseAddress, let text = bytes.baseAddress else { return true }  // an empty head
            return memcmp(start, text, head.count) == 0
        }
    }

    /// Whether some phrase may open `bytes`, told by their first two bytes.
    @inline(__always)
    func mayOpen(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { !candidates(opening: bytes).isEmpty }

    /// `first(opening:)` of a line's lowered text. (Inlined: most lines open with no phrase's
    /// first two bytes, and are turned away here without a call.)
    @inline(__always)
    func first(opening lower: LoweredBytes) -> String? {
        guard mayOpen(lower.bytes) else { return nil }
        return first(openingBytes: lower.bytes) { lower.string }
    }

    private func opens(_ line: some StringProtocol, _ index: Int) -> Bool {
        let head = heads[index]
        let bytesMatch = line.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.count >= head.count && head.indices.allSatisfy { bytes[$0] == head[$0] }
        }
        return bytesMatch != false && line.hasPrefix(texts[index])
    }
}

/// A set of up to 256 phrases of a list, a bit each in list order, in four words (the phrase
/// lists of bylines and of link boxes outgrew two): nearly every set asked of is empty or in
/// its first word. (Four words by name, not a SIMD vector: its lanes were walked in a loop.)
struct PhraseBits {
    static let capacity = 256
    private var first: UInt64 = 0
    private var second: UInt64 = 0
    private var third: UInt64 = 0
    private var fourth: UInt64 = 0

    var isEmpty: Bool { first | second | third | fourth == 0 }

    /// The first phrase in list order.
    var lowest: Int {
        if first != 0 { return first.trailingZeroBitCount }
        if second != 0 { return 64 + second.trailingZeroBitCount }
        if third != 0 { return 128 + third.trailingZeroBitCount }
        return 192 + fourth.trailingZeroBitCount
    }

    mutating func insert(_ index: Int) {
        let bit: UInt64 = 1 << UInt64(index & 63)
        switch index >> 6 {
        case 0: first |= bit
        case 1: second |= bit
        case 2: third |= bit
        default: fourth |= bit
        }
    }

    mutating func removeLowest() {
        if first != 0 { first &= first &- 1 } else if second != 0 { second &= second &- 1 } else if third != 0 { third &= third &- 1 } else { fourth &= fourth &- 1 }
    }

    func intersection(_ other: PhraseBits) -> PhraseBits {
        var both = self
        both.first &= other.first
        both.second &= other.second
        both.third &= other.third
        both.fourth &= other.fourth
        return both
    }
}
