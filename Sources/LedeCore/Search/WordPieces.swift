/// A word's pieces as search sees them: each CJK character alone, with any combining marks after
/// it, and the stretches of other letters and digits between, which stay words (`LANケーブル` is
/// `LAN`, `ケ`, `ー`, `ブ`, `ル`).
enum WordPieces {
    /// Calls `body` with each piece's byte range in `word` (valid UTF-8), in order, and whether
    /// it is a CJK character.
    @inline(__always)
    static func forEach(in word: UnsafeBufferPointer<UInt8>, _ body: (_ piece: Range<Int>, _ isCJK: Bool) -> Void) {
        var start = 0, startIsCJK = false
        var index = 0
        while index < word.count {
            let (value, length) = UTF8Scalar.decode(word, at: index)
            let isCJK = CJKScript.contains(value)
            // A CJK character starts a piece, and so does a letter after one; a mark stays with its letter.
            if index > start, isCJK || (startIsCJK && !isMark(value)) {
                body(start..<index, startIsCJK)
                start = index
            }
            if index == start { startIsCJK = isCJK }
            index += length
        }
        if start < word.count { body(start..<word.count, startIsCJK) }
    }

    /// Whether `word` holds a CJK character.
    static func hasCJK(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        forEach(in: word) { _, isCJK in found = found || isCJK }
        return found
    }

    /// Whether a CJK piece is its character alone, without marks, and so already folded (these
    /// scripts have no case; folding only drops marks).
    @inline(__always)
    static func isBare(_ piece: UnsafeBufferPointer<UInt8>) -> Bool {
        piece.count == (piece[0] >= 0xF0 ? 4 : 3)
    }

    /// `forEach` over `text[range]`, with the pieces' ranges in `text`.
    static func forEach(in text: String, _ range: Range<String.Index>, _ body: (_ piece: Range<String.Index>, _ isCJK: Bool) -> Void) {
        String(text[range]).withUTF8Bytes { word in
            forEach(in: word) { piece, isCJK in
                let start = text.utf8.index(range.lowerBound, offsetBy: piece.lowerBound)
                body(start..<text.utf8.index(start, offsetBy: piece.count), isCJK)
            }
        }
    }

    /// A folded query word split at the edges of its CJK runs: `lanケーブル` → `lan`, `ケーブル`.
    static func runs(of word: String) -> [String] {
        word.withUTF8Bytes { bytes in
            var runs: [Range<Int>] = []
            var lastIsCJK = false
            forEach(in: bytes) { piece, isCJK in
                if isCJK, lastIsCJK, let last = runs.last {
                    runs[runs.count - 1] = last.lowerBound..<piece.upperBound
                } else {
                    runs.append(piece)
                }
                lastIsCJK = isCJK
            }
            return runs.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    private static func isMark(_ value: UInt32) -> Bool {
        value >= 0x300 && Unicode.Scalar(value).map(Tokenizer.isMark) == true
    }
}
