/// Which pairs of neighbouring bytes a text has, ASCII capitals folded to small letters (as
/// `PlainSearch` folds them when it ignores case), each pair cut to its bytes' low five bits: a
/// phrase with a pair the text lacks is not in it. (Pairs cut alike share a bit, so a bit can
/// say a pair is there when it is not, never the other way.)
struct BytePairs {
    /// A bit per pair (`pair(_:_:)`), sixty-four to a word.
    private var bits = [UInt64](repeating: 0, count: 16)

    init(_ text: String) {
        text.withUTF8Bytes { bytes in
            for index in bytes.indices.dropFirst() {
                let pair = Self.pair(bytes[index - 1], bytes[index])
                bits[pair >> 6] |= 1 &<< UInt64(pair & 63)
            }
        }
    }

    /// Whether every pair of `other` is among these.
    func contains(_ other: BytePairs) -> Bool {
        bits.indices.allSatisfy { other.bits[$0] & ~bits[$0] == 0 }
    }

    private static func pair(_ first: UInt8, _ second: UInt8) -> Int {
        @inline(__always) func folded(_ byte: UInt8) -> Int { Int((byte &- 0x41 < 26 ? byte | 0x20 : byte) & 31) }
        return folded(first) << 5 | folded(second)
    }
}
