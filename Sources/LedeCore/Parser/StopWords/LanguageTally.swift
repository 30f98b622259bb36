/// How many sampled words each language lists, counted for all languages at once: the counts
/// are bit-sliced, plane k holding bit k of every language's count (a language a bit, as in a
/// word's language mask), and a word's mask is added to them as binary numbers are, carrying
/// from plane to plane. A word in many lists ("a", "de", "la": half a dozen on average) costs a
/// carry or two, where a step per language took most of telling a page's language.
enum LanguageTally {
    /// Planes for counts below 2^64.
    static let planeCount = 64

    /// Adds one to the count of each language in `mask`.
    @inline(__always)
    static func add(_ mask: UInt64, to planes: UnsafeMutableBufferPointer<UInt64>) {
        var carry = mask
        var plane = 0
        while carry != 0 {
            let bits = planes[plane]
            planes[plane] = bits ^ carry
            carry &= bits
            plane &+= 1
        }
    }

    /// The count of each of the first `languages` languages.
    static func counts(in planes: UnsafeMutableBufferPointer<UInt64>, languages: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: languages)
        // (Only the planes up to the highest count's top bit hold any.)
        for plane in 0..<((planes.lastIndex { $0 != 0 } ?? -1) + 1) {
            var bits = planes[plane]
            while bits != 0 {
                counts[bits.trailingZeroBitCount] |= 1 << plane
                bits &= bits &- 1
            }
        }
        return counts
    }
}
