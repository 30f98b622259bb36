/// A set of word shapes (length, first byte, last byte) as bits: a quick "cannot be one of
/// these words" before comparing text. Shapes that share a bit only let a few more words by.
struct ShapeFilter {
    private var bits = [UInt64](repeating: 0, count: 64)

    // (Inlined: `BodyOverlap` asks about every word of a body's first paragraphs, and a call
    // cost each word some twenty instructions.)
    @inline(__always)
    private static func bit(_ length: Int, _ first: UInt8, _ last: UInt8) -> Int {
        (length &* 131 ^ Int(first) &* 31 ^ Int(last)) & 4095
    }

    @inline(__always)
    mutating func insert(length: Int, _ first: UInt8, _ last: UInt8) {
        let bit = Self.bit(length, first, last)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always)
    func contains(length: Int, _ first: UInt8, _ last: UInt8) -> Bool {
        let bit = Self.bit(length, first, last)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
