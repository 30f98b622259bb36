/// A list of phrases that a line is searched for in one pass: at each byte only the phrases that
/// start with that byte are compared, and only where the next byte can follow it in a phrase,
/// instead of scanning the whole line once per phrase.
struct PhraseSet: Sendable {
    /// Phrases as bytes, bucketed by their first byte.
    private let buckets: [[[UInt8]]]
    /// Which two-byte openings the phrases have: a 65,536-bit set, one bit per byte pair.
    private let openings: [UInt64]

    /// - Parameter phrases: two bytes long or more.
    init(_ phrases: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        var openings = [UInt64](repeating: 0, count: 1024)
        for phrase in phrases {
            let bytes = Array(phrase.utf8)
            precondition(bytes.count >= 2, "a phrase needs two bytes: \(phrase)")
            buckets[Int(bytes[0])].append(bytes)
            let pair = Int(bytes[0]) << 8 | Int(bytes[1])
            openings[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.buckets = buckets
        self.openings = openings
    }

    /// Whether any phrase occurs in `text`, compared byte for byte (fold both sides alike).
    func occurs(in text: String) -> Bool { count(in: text, upTo: 1) > 0 }

    /// How many times phrases occur in `text`, counting no further than `limit`.
    func count(in text: String, upTo limit: Int) -> Int {
        var text = text
        return text.withUTF8 { hay in
            guard hay.count >= 2 else { return 0 }
            var found = 0
            for start in 0..<(hay.count - 1) {
                let pair = Int(hay[start]) << 8 | Int(hay[start + 1])
                guard openings[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                for phrase in buckets[Int(hay[start])] where phrase.count <= hay.count - start && phrase[1] == hay[start + 1] {
                    var matched = 2
                    while matched < phrase.count, hay[start + matched] == phrase[matched] { matched += 1 }
                    if matched == phrase.count {
                        found += 1
                        if found >= limit { return found }
                    }
                }
            }
            return found
        }
    }
}
