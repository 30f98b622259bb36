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
    private let phrasesOpeningWith: UnsafeMutablePointer<UInt64>

    init(_ texts: [String]) {
        precondition(!texts.contains { $0.isEmpty || $0.contains { "K;`".contains($0) } }, "K ; ` have other canonical spellings")
        precondition(texts.count <= 64, "a phrase is a bit of 64")
        self.texts = texts
        heads = texts.map(Self.head)
        phrasesOpeningWith = .allocate(capacity: 256)
        phrasesOpeningWith.initialize(repeating: 0, count: 256)
        for (index, text) in texts.enumerated() { phrasesOpeningWith[Int(text.utf8.first!)] |= 1 << UInt64(index) }
    }

    /// A phrase's bytes up to its first character beyond ASCII that decomposes or combines (a
    /// text may spell it otherwise): Cyrillic, Greek and CJK openings are compared as bytes too.
    static func head(of phrase: String) -> [UInt8] {
        var head: [UInt8] = []
        for scalar in phrase.unicodeScalars {
            if scalar.value >= 0x80 {
                // (Compared as code points: String's == would call the two spellings equal.)
                let alone = String(scalar)
                guard scalar.properties.canonicalCombiningClass == .notReordered,
                      alone.decomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(alone.unicodeScalars) else { break }
            }
            head += Array(String(scalar).utf8)
        }
        return head
    }

    /// The first phrase, in list order, that `line` opens with.
    func first(opening line: some StringProtocol) -> String? {
        guard let first = line.utf8.first else { return nil }
        var phrases = phrasesOpeningWith[Int(first)]
        while phrases != 0 {
            let index = phrases.trailingZeroBitCount
            if opens(line, index) { return texts[index] }
            phrases &= phrases &- 1
        }
        return nil
    }

    /// `first(opening:)` of a text given its bytes too: the bytes turn most lines away, and the
    /// text is made only when a phrase's opening bytes match.
    func first(openingBytes bytes: UnsafeBufferPointer<UInt8>, of text: () -> String) -> String? {
        guard let first = bytes.first else { return nil }
        var phrases = phrasesOpeningWith[Int(first)]
        while phrases != 0 {
            if bytes.starts(with: heads[phrases.trailingZeroBitCount]) { return self.first(opening: text()) }
            phrases &= phrases &- 1
        }
        return nil
    }

    /// Whether some phrase opens with `byte`.
    @inline(__always)
    func mayOpen(with byte: UInt8) -> Bool { phrasesOpeningWith[Int(byte)] != 0 }

    /// `first(opening:)` of a line's lowered text. (Inlined: most lines open with no phrase's
    /// first byte, and are turned away here without a call.)
    @inline(__always)
    func first(opening lower: LoweredBytes) -> String? {
        guard let opening = lower.bytes.first, phrasesOpeningWith[Int(opening)] != 0 else { return nil }
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
