/// A list of phrases that a line is searched for in one pass: at each byte only the phrases that
/// start with that byte are compared, instead of scanning the whole line once per phrase.
struct PhraseSet: Sendable {
    /// Phrases as bytes, bucketed by their first byte.
    private let buckets: [[[UInt8]]]

    init(_ phrases: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for phrase in phrases where !phrase.isEmpty {
            let bytes = Array(phrase.utf8)
            buckets[Int(bytes[0])].append(bytes)
        }
        self.buckets = buckets
    }

    /// Whether any phrase occurs in `text`, compared byte for byte (fold both sides alike).
    func occurs(in text: String) -> Bool { count(in: text, upTo: 1) > 0 }

    /// How many times phrases occur in `text`, counting no further than `limit`.
    func count(in text: String, upTo limit: Int) -> Int {
        var text = text
        return text.withUTF8 { hay in
            var found = 0
            for start in hay.indices {
                for phrase in buckets[Int(hay[start])] where phrase.count <= hay.count - start {
                    var matched = 1
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
