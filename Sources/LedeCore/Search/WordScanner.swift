/// Finds the words of text over its UTF-8 bytes, for indexing: the same words as
/// `Tokenizer.forEachWord` (runs of letters, digits and combining marks), without making a
/// `String` per word. ASCII words come out already lowered, in a buffer reused from word to word;
/// words with other letters come out as written, for the caller to fold (or look up a fold).
struct WordScanner {
    /// Lowered bytes of the current ASCII word; at least as long as the text being scanned.
    private var lowered: [UInt8] = []

    /// Calls `body` for every word of `text`: its bytes (valid only during the call) and whether
    /// they are already folded (ASCII, lowered) or still need `Tokenizer.fold`.
    @inline(__always)
    mutating func forEachWord(in text: String, _ body: (_ word: UnsafeBufferPointer<UInt8>, _ isFolded: Bool) -> Void) {
        _ = scanWords(in: text) { word, isFolded in
            body(word, isFolded)
            return true
        }
    }

    /// Like `forEachWord`, until `body` returns false; returns whether every word was seen.
    @inline(__always)
    mutating func scanWords(in text: String, _ body: (_ word: UnsafeBufferPointer<UInt8>, _ isFolded: Bool) -> Bool) -> Bool {
        if let finished = text.utf8.withContiguousStorageIfAvailable({ bytes in scan(bytes, body) }) { return finished }
        // Bridged or otherwise non-contiguous text: scan a native copy.
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { bytes in scan(bytes, body) } ?? true
    }

    @inline(__always)
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Bool) -> Bool {
        guard let text = bytes.baseAddress, !bytes.isEmpty else { return true }
        let count = bytes.count
        // No word is longer than its text, so the buffer never needs checking inside the loop.
        if lowered.count < count { lowered = [UInt8](repeating: 0, count: max(count, 2 * lowered.count, 256)) }
        return lowered.withUnsafeMutableBufferPointer { buffer in
            let out = buffer.baseAddress!
            var wordStart = -1
            var length = 0
            var asciiOnly = true
            var index = 0
            /// Hands the word ending at `end` to `body`; false when `body` asks to stop.
            @inline(__always) func finish(at end: Int) -> Bool {
                let goOn = asciiOnly
                    ? body(UnsafeBufferPointer(start: out, count: length), true)
                    : body(UnsafeBufferPointer(start: text + wordStart, count: end - wordStart), false)
                wordStart = -1
                length = 0
                asciiOnly = true
                return goOn
            }
            while index < count {
                let byte = text[index]
                if byte < 0x80 {
                    let lower = byte | 0x20
                    if byte &- 0x30 < 10 || lower &- 0x61 < 26 {
                        if wordStart < 0 { wordStart = index }
                        out[length] = lower  // digits already have the 0x20 bit
                        length += 1
                    } else if wordStart >= 0, !finish(at: index) {
                        return false
                    }
                    index += 1
                    continue
                }
                // A multi-byte scalar (the text is valid UTF-8): decode it to classify it.
                let scalarLength = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (scalarLength == 4 ? 0x07 : scalarLength == 3 ? 0x0F : 0x1F)
                for offset in 1..<scalarLength where index + offset < count {
                    value = value << 6 | UInt32(text[index + offset] & 0x3F)
                }
                if WordScalars.contains(value) {
                    if wordStart < 0 { wordStart = index }
                    asciiOnly = false
                } else if wordStart >= 0, !finish(at: index) {
                    return false
                }
                index += scalarLength
            }
            return wordStart < 0 || finish(at: count)
        }
    }
}

/// Which scalars are part of words (`Tokenizer.isWordScalar`), with the Basic Multilingual Plane
/// worked out once into a bit set: news text is full of `’`, `“` and `—`, and asking Unicode's
/// property tables about each one costs more than the rest of scanning.
enum WordScalars {
    private static let basicPlane: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for value in 0..<0x10000 {
            if let scalar = Unicode.Scalar(UInt32(value)), Tokenizer.isWordScalar(scalar) {
                bits[value / 64] |= 1 << UInt64(value % 64)
            }
        }
        return bits
    }()

    @inline(__always)
    static func contains(_ value: UInt32) -> Bool {
        if value < 0x10000 { return basicPlane[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return Tokenizer.isWordScalar(scalar)
    }
}
