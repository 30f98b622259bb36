/// Finds the words of text over its UTF-8 bytes, for indexing and phrase checks: the same words as
/// `Tokenizer.forEachWord` (runs of letters, digits and combining marks), without making a
/// `String` per word. ASCII words come out already lowered, in a buffer reused from word to word;
/// words with other letters come out as written, for the caller to fold (or look up a fold).
struct WordScanner {
    /// Lowered bytes of the current ASCII word; at least as long as the text being scanned.
    private var lowered: [UInt8] = []
    private let wordScalars = WordScalars()

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
        return lowered.withUnsafeMutableBufferPointer { buffer in Self.asciiWordBytes.withUnsafeBufferPointer { asciiWordBytes in
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
                    let lower = asciiWordBytes[Int(byte)]
                    if lower == 0 {
                        if wordStart >= 0, !finish(at: index) { return false }
                        index += 1
                        continue
                    }
                    if wordStart < 0 { wordStart = index }
                    out[length] = lower
                    length += 1
                    index += 1
                    // The rest of this run of ASCII letters and digits, without the checks above.
                    while index < count {
                        let lower = asciiWordBytes[Int(text[index])]
                        if lower == 0 { break }
                        out[length] = lower
                        length += 1
                        index += 1
                    }
                    continue
                }
                // A multi-byte scalar (the text is valid UTF-8): decode it to classify it.
                let scalarLength = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (scalarLength == 4 ? 0x07 : scalarLength == 3 ? 0x0F : 0x1F)
                for offset in 1..<scalarLength where index + offset < count {
                    value = value << 6 | UInt32(text[index + offset] & 0x3F)
                }
                if wordScalars.contains(value) {
                    if wordStart < 0 { wordStart = index }
                    asciiOnly = false
                } else if wordStart >= 0, !finish(at: index) {
                    return false
                }
                index += scalarLength
            }
            return wordStart < 0 || finish(at: count)
        } }
    }

    /// Per byte: its lower case if it is an ASCII letter or digit, else 0 (bytes from 0x80 too).
    private static let asciiWordBytes: [UInt8] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"): UInt8(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(byte) | 0x20
        default: 0
        }
    }
}

/// Which scalars are part of words (`Tokenizer.isWordScalar`), remembered in a bit set over the
/// Basic Multilingual Plane: news text is full of `’`, `“` and `—`, and asking Unicode's property
/// tables about each one costs more than the rest of scanning. The set is a table written out
/// by `scripts/word-scalars-table.swift` (checked by WordScalarsTests): working it out on first
/// use cost each process 36M instructions, a fortieth of parsing the dev pages.
struct WordScalars {
    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        guard value < 0x10000 else { return Unicode.Scalar(value).map(Tokenizer.isWordScalar) ?? false }
        return Self.table[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }
}
