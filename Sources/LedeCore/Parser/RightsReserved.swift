/// "All rights reserved" in a long line (`Phrases.rightsReservedSet`), asked of every long
/// paragraph of every page: the phrase search went through them byte by byte. Each spelling
/// holds "ights " in one case or the other, and its `g` is looked for eight bytes a step, the
/// scan going straight to the first found.
enum RightsReserved {
    static func isSaid(in text: String) -> Bool {
        return text.withUTF8Bytes(isSaid(in:))
    }

    /// `isSaid(in:)` of a text's UTF-8 bytes.
    static func isSaid(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        mayHold(bytes) && Phrases.rightsReservedSet.tags(in: bytes) != 0
    }

    /// Whether the bytes hold "ights " in any mix of cases (more than the phrases: they decide).
    static func mayHold(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // (Sums unchecked, `&+`: an index within the bytes cannot overflow, and the checks were
        // a tenth of the loop.)
        let count = bytes.count
        var index = 1
        while index &+ 5 <= count {
            if index &+ 8 <= count {
                let gs = gBytes(UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index).loadUnaligned(as: UInt64.self)))
                if gs == 0 {
                    index &+= 8
                    continue
                }
                // Straight to the first `g` (the lowest byte flagged is always one).
                index &+= gs.trailingZeroBitCount &>> 3
                guard index &+ 5 <= count else { break }
            }
            if bytes[index] | 0x20 == 0x67, bytes[index &- 1] | 0x20 == 0x69, bytes[index &+ 1] | 0x20 == 0x68,
               bytes[index &+ 2] | 0x20 == 0x74, bytes[index &+ 3] | 0x20 == 0x73, bytes[index &+ 4] == 0x20 {
                return true
            }
            index &+= 1
        }
        return false
    }

    /// 0x80 in the bytes of eight (the first in the lowest bits) that may be a `g` or `G`: zero
    /// bytes of `(x | 0x20…) ^ g…`, found the usual SWAR way, exact about whether there is one
    /// and about the first (a byte above one may be flagged too).
    @inline(__always)
    private static func gBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let x = (word | 0x20 &* ones) ^ (0x67 &* ones)
        return (x &- ones) & ~x & high
    }
}
