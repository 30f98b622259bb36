/// Foundation's `range(of:options:)` and `contains` on a short text, answered from its bytes when
/// the bytes settle it. On Linux each Foundation search goes through NSString (thousands of
/// instructions), and the copyright line of every page is searched some twenty times (its
/// headline's breadcrumb separators three).
///
/// The bytes settle it when the text and the phrase are "plain": ASCII, or one of a few
/// signs that are neither letters nor marks (© ® » · – — ‘ ’ “ ” … › ™). Such a text has no combining marks,
/// no character with another canonical spelling and no case beyond ASCII's, so Foundation's
/// search (canonical equivalence, optionally case-insensitive) finds exactly what comparing
/// bytes finds, ASCII letters folded (… is "..." only to compatibility, which a search does not
/// use). Otherwise the answer is nil: ask Foundation (`isAbsent` can spare it a case-for-case
/// search that finds nothing).
///
/// The text searched may have Latin-1's letters besides (À…ÿ but ß, as in "Condé Nast"): each
/// is a whole character, joined to none beside it, and folds to no ASCII letter (ß folds to
/// "ss"), and Foundation matches whole characters only ("Condé" holds no "conde"), so a plain
/// phrase is found in it where its bytes are.
enum PlainSearch {
    /// Where `needle` occurs in `hay` (the last place if `backwards`): `.some(nil)` when it does
    /// not, nil when the bytes cannot tell.
    static func range(of needle: String, in hay: String, caseInsensitive: Bool = false, backwards: Bool = false) -> Range<String.Index>?? {
        var needle = needle, hay = hay
        let found: Range<Int>?? = needle.withUTF8 { needle in
            hay.withUTF8 { hay in
                guard isPlain(hay, latin1Letters: true), isPlain(needle) else { return nil }
                return .some(search(needle, in: hay, caseInsensitive: caseInsensitive, backwards: backwards))
            }
        }
        guard let found else { return nil }
        guard let offsets = found else { return .some(nil) }
        let utf8 = hay.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
        return .some(lower..<utf8.index(lower, offsetBy: offsets.count))
    }

    /// Whether `needle` occurs in `hay`, or nil when the bytes cannot tell.
    static func contains(_ needle: String, in hay: String) -> Bool? {
        range(of: needle, in: hay).map { $0 != nil }
    }

    /// Whether `needle` occurs in `hay`: from the bytes when they tell, else as `String.contains` finds.
    static func occurs(_ needle: String, in hay: String) -> Bool {
        contains(needle, in: hay) ?? hay.contains(needle)
    }

    /// `text.lowercased()`, as bytes when the text is plain, Latin-1's letters allowed: none of
    /// its signs has a case, and a capital letter's small one is 0x20 on (in its second byte for
    /// À…Þ, but ×).
    static func lowercased(_ text: some StringProtocol) -> String {
        let lowered: String? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard isPlain(bytes, latin1Letters: true) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for index in bytes.indices {
                    let byte = bytes[index]
                    let isCapital = byte &- 0x41 < 26
                        || (index > 0 && bytes[index - 1] == 0xC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97)
                    out[index] = isCapital ? byte + 0x20 : byte
                }
                return bytes.count
            }
        } ?? nil
        return lowered ?? text.lowercased()
    }

    /// ASCII, © ® » · (C2 A9, AE, BB, B7), – — ‘ ’ “ ” … › (E2 80 93, 94, 98, 99, 9C, 9D, A6, BA) and ™ (E2 84 A2) only; with
    /// `latin1Letters`, also À…ÿ (C3 80…BF) but ß (C3 9F).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, latin1Letters: Bool = false) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight ASCII bytes a step (a copyright line is searched some twenty times).
            if index + 8 <= count, UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            if byte == 0xC2, index + 1 < count, [0xA9, 0xAE, 0xBB, 0xB7].contains(bytes[index + 1]) { index += 2; continue }
            if latin1Letters, byte == 0xC3, index + 1 < count, bytes[index + 1] != 0x9F { index += 2; continue }
            if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, [0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6, 0xBA].contains(bytes[index + 2]) { index += 3; continue }
            if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x84, bytes[index + 2] == 0xA2 { index += 3; continue }  // ™
            return false
        }
        return true
    }

    /// Whether Foundation's search of `hay` for `needle`, compared case for case, surely finds
    /// nothing, whatever the text's characters: the needle is ASCII other than K, ; and ` (the
    /// only ASCII with another canonical spelling: the Kelvin sign, the Greek question mark,
    /// U+1FEF) and its bytes are nowhere in `hay` (text canonically equal to such a needle is
    /// those bytes themselves). Asked before Foundation is, for a text that is not plain: its
    /// search cost tens of thousands of instructions, and most of a caption's find nothing.
    static func isAbsent(_ needle: String, from hay: String) -> Bool {
        needle.withUTF8Bytes { needle in
            guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 && $0 != 0x4B && $0 != 0x3B && $0 != 0x60 }) else { return false }
            return hay.withUTF8Bytes { search(needle, in: $0, caseInsensitive: false, backwards: false) == nil }
        }
    }

    /// Byte offsets of the first (or last) match, ASCII letters folded if `caseInsensitive`.
    static func search(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>,
                               caseInsensitive: Bool, backwards: Bool) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        func fold(_ byte: UInt8) -> UInt8 { caseInsensitive && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        let starts = 0...(hay.count - needle.count)
        // Most places do not hold the needle's first byte: that is asked alone first, and a
        // letter's two cases differ in the 0x20 bit only, so folding it is setting that bit.
        let first = fold(needle[0])
        let firstFoldsBySetting = caseInsensitive && first &- 0x61 < 26
        func matches(at start: Int) -> Bool {
            guard (firstFoldsBySetting ? hay[start] | 0x20 : hay[start]) == first else { return false }
            for offset in 1..<needle.count where fold(hay[start + offset]) != fold(needle[offset]) { return false }
            return true
        }
        // The places holding the first byte are found eight bytes a step (`firstBytes`), straight
        // to the next (the searches of a copyright line went a byte at a time, most finding nothing).
        let mask: UInt8 = firstFoldsBySetting ? 0x20 : 0
        if backwards {
            var start = starts.upperBound
            while start >= 0 {
                if start >= 7 {
                    let found = firstBytes(of: hay, at: start &- 7, first: first, mask: mask)
                    if found == 0 { start &-= 8; continue }
                    start = start &- 7 &+ (63 &- found.leadingZeroBitCount) &>> 3
                }
                if matches(at: start) { return start..<start + needle.count }
                start -= 1
            }
        } else {
            var start = 0
            while start <= starts.upperBound {
                if start &+ 8 <= hay.count {
                    let found = firstBytes(of: hay, at: start, first: first, mask: mask)
                    if found == 0 { start &+= 8; continue }
                    start &+= found.trailingZeroBitCount &>> 3
                    guard start <= starts.upperBound else { break }
                }
                if matches(at: start) { return start..<start + needle.count }
                start += 1
            }
        }
        return nil
    }

    /// 0x80 in each of the eight bytes at `offset` of `hay` (the first in the lowest bits) that,
    /// or'ed with `mask`, is `first`; exactly those (no carry crosses a byte).
    @inline(__always)
    private static func firstBytes(of hay: UnsafeBufferPointer<UInt8>, at offset: Int, first: UInt8, mask: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let word = UInt64(littleEndian: UnsafeRawPointer(hay.baseAddress.unsafelyUnwrapped + offset).loadUnaligned(as: UInt64.self))
        let difference = (word | UInt64(mask) &* ones) ^ (UInt64(first) &* ones)
        return ~(((difference & low7) &+ low7) | difference | low7)
    }
}
