import Foundation

/// A set of line keys (`Line.shortKey`) that turns most keys away by their shape (length, first
/// and last byte) before hashing them: nearly every short line of a page is looked up, and
/// hashing a String (normalised first) showed in the profile. The answer is always
/// `Set.contains`'s: a key equal to one of these (as Strings compare, accents composed or not)
/// is as long as one of its spellings, and opens and ends with the same ASCII bytes, because
/// the only ASCII characters with another canonical spelling are K, ; and `, which no key may
/// open or end with.
struct KeySet: Sendable {
    let keys: Set<String>
    /// A 4,096-bit set of the shapes the keys' spellings have (`shape`): few other keys share
    /// a shape with one of them (with 256 bits, a third of a page's short lines did).
    private let shapes: [UInt64]
    /// The ASCII keys' bytes by shape, or nil when a key holds a sign that is an ASCII
    /// character's other spelling (the Kelvin sign, the Greek question mark, U+1FEF): an ASCII
    /// key is then one of the keys exactly when its bytes are one of these, and is answered
    /// without a String made and hashed (a String of each key with a key's shape showed in the
    /// profile).
    private let asciiKeys: [Int: [[UInt8]]]?

    init(_ keys: Set<String>) {
        func isPlainEnd(_ byte: UInt8?) -> Bool { byte.map { $0 < 0x80 && !"K;`".utf8.contains($0) } == true }
        precondition(keys.allSatisfy { isPlainEnd($0.utf8.first) && isPlainEnd($0.utf8.last) }, "keys open and end with ASCII other than K ; `")
        self.keys = keys
        var shapes = [UInt64](repeating: 0, count: 64)
        for key in keys {
            // Every length from all accents composed to all decomposed (an ASCII key has one
            // spelling: normalising each, most of making the sets, was not needed).
            let isASCII = key.utf8.allSatisfy { $0 < 0x80 }
            let shortest = isASCII ? key.utf8.count : key.precomposedStringWithCanonicalMapping.utf8.count
            let longest = isASCII ? key.utf8.count : key.decomposedStringWithCanonicalMapping.utf8.count
            for length in min(shortest, key.utf8.count)...max(longest, key.utf8.count) {
                let shape = Self.shape(length: length, first: key.utf8.first!, last: key.utf8.last!)
                shapes[shape >> 6] |= 1 << UInt64(shape & 63)
            }
        }
        self.shapes = shapes
        let spellsASCII = keys.contains { key in
            key.utf8.contains { $0 >= 0x80 } && key.unicodeScalars.contains { [0x212A, 0x37E, 0x1FEF].contains($0.value) }
        }
        asciiKeys = spellsASCII ? nil : Dictionary(grouping: keys.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }) {
            Self.shape(length: $0.count, first: $0[0], last: $0[$0.count - 1])
        }
    }

    @inline(__always)
    private static func shape(length: Int, first: UInt8, last: UInt8) -> Int {
        (length &* 331 &+ Int(first) &* 37 &+ Int(last)) & 4095
    }

    /// `contains` of a key given as its bytes: a String of them is made only when their shape
    /// is one of the keys'.
    /// (Inlined: the shape turns nearly every key away without a call.)
    @inline(__always)
    func contains(bytes key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !key.isEmpty else { return false }
        let shape = Self.shape(length: key.count, first: key[0], last: key[key.count - 1])
        guard shapes[shape >> 6] & (1 << UInt64(shape & 63)) != 0 else { return false }
        return containsString(of: key)
    }

    @inline(never)
    private func containsString(of key: UnsafeBufferPointer<UInt8>) -> Bool {
        if let asciiKeys, key.allSatisfy({ $0 < 0x80 }) {
            let shape = Self.shape(length: key.count, first: key[0], last: key[key.count - 1])
            return asciiKeys[shape]?.contains { $0.elementsEqual(key) } ?? false
        }
        return keys.contains(String(decoding: key, as: UTF8.self))
    }

    func contains(_ key: String) -> Bool {
        let shape = key.withUTF8Bytes { $0.isEmpty ? nil : Self.shape(length: $0.count, first: $0[0], last: $0[$0.count - 1]) }
        guard let shape, shapes[shape >> 6] & (1 << UInt64(shape & 63)) != 0 else { return false }
        return keys.contains(key)
    }
}
