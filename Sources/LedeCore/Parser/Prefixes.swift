/// Phrases a line may open with, looked up as `String.hasPrefix` would, but with each phrase's
/// ASCII opening compared as bytes first, because nearly every line fails there and `hasPrefix`
/// compares characters. The bytes must match whenever `hasPrefix` does: the only ASCII
/// characters with another canonical spelling are K (the Kelvin sign), ; and `, and no phrase may
/// have them.
struct Prefixes: Sendable {
    let texts: [String]
    /// Each phrase's bytes up to the first one beyond ASCII.
    private let heads: [[UInt8]]
    /// Each phrase's first byte, apart, so most lines are turned away without touching the rest.
    private let firsts: [UInt8]
    /// The first bytes, a bit each (256 bits in four words, not an array: no reference
    /// counting on a check made of most short lines): most lines open with none of them.
    private let openers: (UInt64, UInt64, UInt64, UInt64)

    init(_ texts: [String]) {
        precondition(!texts.contains { $0.isEmpty || $0.contains { "K;`".contains($0) } }, "K ; ` have other canonical spellings")
        self.texts = texts
        heads = texts.map { Array($0.utf8.prefix { $0 < 0x80 }) }
        firsts = texts.map { $0.utf8.first! }
        var openers: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for first in firsts {
            let bit: UInt64 = 1 << UInt64(first & 63)
            switch first >> 6 {
            case 0: openers.0 |= bit
            case 1: openers.1 |= bit
            case 2: openers.2 |= bit
            default: openers.3 |= bit
            }
        }
        self.openers = openers
    }

    /// The first phrase, in list order, that `line` opens with.
    func first(opening line: some StringProtocol) -> String? {
        guard let first = line.utf8.first, mayOpen(first) else { return nil }
        for index in firsts.indices where firsts[index] == first && opens(line, index) { return texts[index] }
        return nil
    }

    /// `first(opening:)` of a text given its bytes too: the bytes turn most lines away, and the
    /// text is made only when a phrase's opening bytes match.
    func first(openingBytes bytes: UnsafeBufferPointer<UInt8>, of text: () -> String) -> String? {
        guard let first = bytes.first, mayOpen(first) else { return nil }
        for index in firsts.indices where firsts[index] == first && bytes.starts(with: heads[index]) {
            return self.first(opening: text())
        }
        return nil
    }

    /// `first(opening:)` of a line's lowered text.
    func first(opening lower: LoweredBytes) -> String? { first(openingBytes: lower.bytes) { lower.string } }

    @inline(__always)
    private func mayOpen(_ byte: UInt8) -> Bool {
        let word = switch byte >> 6 { case 0: openers.0; case 1: openers.1; case 2: openers.2; default: openers.3 }
        return word >> UInt64(byte & 63) & 1 != 0
    }

    private func opens(_ line: some StringProtocol, _ index: Int) -> Bool {
        let head = heads[index]
        let bytesMatch = line.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.count >= head.count && head.indices.allSatisfy { bytes[$0] == head[$0] }
        }
        return bytesMatch != false && line.hasPrefix(texts[index])
    }
}
