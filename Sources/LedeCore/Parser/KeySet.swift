import Foundation

/// A set of line keys (`Line.shortKey`) that turns most keys away by their length and first byte
/// before hashing them: nearly every short line of a page is looked up, and hashing a String
/// (normalised first) showed in the profile. The answer is always `Set.contains`'s: a key equal
/// to one of these (as Strings compare, accents composed or not) is no longer than its
/// decomposed form, and opens with the same ASCII byte, because the only ASCII characters with
/// another canonical spelling are K, ; and `, which no key may open with.
struct KeySet: Sendable {
    let keys: Set<String>
    /// The most bytes any spelling of a key can take.
    let longest: Int
    /// The keys' first bytes, a bit each.
    private let firsts: (UInt64, UInt64)

    init(_ keys: Set<String>) {
        precondition(keys.allSatisfy { $0.utf8.first.map { $0 < 0x80 && !"K;`".utf8.contains($0) } == true },
                     "keys open with ASCII other than K ; `")
        self.keys = keys
        longest = keys.map { $0.decomposedStringWithCanonicalMapping.utf8.count }.max() ?? 0
        var firsts: (UInt64, UInt64) = (0, 0)
        for first in keys.compactMap(\.utf8.first) {
            if first < 64 { firsts.0 |= 1 << UInt64(first) } else { firsts.1 |= 1 << UInt64(first - 64) }
        }
        self.firsts = firsts
    }

    func contains(_ key: String) -> Bool {
        guard let first = key.utf8.first, first < 0x80, key.utf8.count <= longest else { return false }
        let bit = first < 64 ? firsts.0 >> UInt64(first) : firsts.1 >> UInt64(first - 64)
        return bit & 1 != 0 && keys.contains(key)
    }
}
