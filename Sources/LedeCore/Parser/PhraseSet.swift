/// A list of phrases that a line is searched for in one pass: at each byte only the phrases that
/// start with that byte are compared, and only where the next byte can follow it in a phrase,
/// instead of scanning the whole line once per phrase.
struct PhraseSet: Sendable {
    /// Phrases as bytes, bucketed by their first byte, each with the tags of the lists it is in.
    private let buckets: [[(bytes: [UInt8], tags: UInt8)]]
    /// Every tag some phrase has: a search can stop once it has found them all.
    private let allTags: UInt8
    /// Which two-byte openings the phrases have: a 65,536-bit set, one bit per byte pair.
    private let openings: [UInt64]

    /// - Parameter phrases: two bytes long or more.
    init(_ phrases: [String]) { self.init(tagged: [(phrases, 1)]) }

    /// Several lists searched in one pass, each with its own tag bit(s).
    init(tagged lists: [(phrases: [String], tag: UInt8)]) {
        var buckets = [[(bytes: [UInt8], tags: UInt8)]](repeating: [], count: 256)
        var openings = [UInt64](repeating: 0, count: 1024)
        for (phrases, tag) in lists {
            for phrase in phrases {
                let bytes = Array(phrase.utf8)
                precondition(bytes.count >= 2, "a phrase needs two bytes: \(phrase)")
                buckets[Int(bytes[0])].append((bytes, tag))
                let pair = Int(bytes[0]) << 8 | Int(bytes[1])
                openings[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.buckets = buckets
        self.openings = openings
        allTags = lists.reduce(0) { $0 | $1.tag }
    }

    /// Whether any phrase occurs in `text`, compared byte for byte (fold both sides alike).
    func occurs(in text: String) -> Bool { tags(in: text) != 0 }

    /// The tags of the lists that have a phrase in `text`, or'ed together.
    func tags(in text: String) -> UInt8 {
        var text = text
        return text.withUTF8 { hay in
            guard hay.count >= 2 else { return 0 }
            var found: UInt8 = 0
            for start in 0..<(hay.count - 1) {
                let pair = Int(hay[start]) << 8 | Int(hay[start + 1])
                guard openings[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                for phrase in buckets[Int(hay[start])] where phrase.tags & ~found != 0 && phrase.bytes.count <= hay.count - start
                    && phrase.bytes[1] == hay[start + 1] {
                    let bytes = phrase.bytes
                    var matched = 2
                    while matched < bytes.count, hay[start + matched] == bytes[matched] { matched += 1 }
                    if matched == bytes.count {
                        found |= phrase.tags
                        if found == allTags { return found }
                    }
                }
            }
            return found
        }
    }
}
