/// A list of phrases that a line is searched for in one pass: at each byte only the phrases that
/// start with that byte are compared, and only where the next byte can follow it in a phrase,
/// instead of scanning the whole line once per phrase. Several lists can share one pass, each
/// with its own tag.
struct PhraseSet: Sendable {
    private let table: Table

    /// - Parameter phrases: two bytes long or more.
    init(_ phrases: [String]) { self.init(tagged: [(phrases, 1)]) }

    /// Several lists searched in one pass, each with its own tag bit(s).
    init(tagged lists: [(phrases: [String], tag: UInt8)]) {
        var phrases: [(bytes: [UInt8], tag: UInt8)] = []
        for (list, tag) in lists {
            for phrase in list {
                precondition(phrase.utf8.count >= 2, "a phrase needs two bytes: \(phrase)")
                phrases.append((Array(phrase.utf8), tag))
            }
        }
        table = Table(phrases.sorted { ($0.bytes[0], $0.bytes[1]) < ($1.bytes[0], $1.bytes[1]) })
    }

    /// Whether any phrase occurs in `text`, compared byte for byte (fold both sides alike).
    func occurs(in text: String) -> Bool { tags(in: text) != 0 }

    /// The tags of the lists that have a phrase in `text`, or'ed together.
    func tags(in text: String) -> UInt8 {
        var text = text
        let table = self.table
        return text.withUTF8 { hay in
            guard hay.count >= 2 else { return 0 }
            var found: UInt8 = 0
            for start in 0..<(hay.count - 1) {
                let first = hay[start], second = hay[start + 1]
                let pair = Int(first) << 8 | Int(second)
                guard table.openings[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                // The phrases opening with `first`, in order of their second byte.
                for phrase in Int(table.firstPhrase[Int(first)])..<Int(table.firstPhrase[Int(first) + 1]) {
                    let next = table.seconds[phrase]
                    if next > second { break }
                    guard next == second, table.tags[phrase] & ~found != 0 else { continue }
                    let from = Int(table.starts[phrase]), length = Int(table.starts[phrase + 1]) - from
                    guard length <= hay.count - start else { continue }
                    var matched = 2
                    while matched < length, hay[start + matched] == table.bytes[from + matched] { matched += 1 }
                    if matched == length {
                        found |= table.tags[phrase]
                        if found == table.allTags { return found }
                    }
                }
            }
            return found
        }
    }

    /// The phrases laid out flat, ordered by their first two bytes, in memory that is never resized: the
    /// search runs on every short line of every page, and array copies and reference counts
    /// showed in its profile.
    private final class Table: @unchecked Sendable {  // immutable once made
        /// Phrase `i` is `bytes[starts[i]..<starts[i + 1]]`, with tag `tags[i]`.
        let bytes: UnsafeMutableBufferPointer<UInt8>
        let starts: UnsafeMutableBufferPointer<Int32>
        let tags: UnsafeMutableBufferPointer<UInt8>
        /// Each phrase's second byte, apart, for the first comparison.
        let seconds: UnsafeMutableBufferPointer<UInt8>
        /// The phrases starting with byte `b` are `firstPhrase[b]..<firstPhrase[b + 1]`, ordered
        /// by their second byte.
        let firstPhrase: UnsafeMutableBufferPointer<Int32>
        /// Which two-byte openings the phrases have: a 65,536-bit set, one bit per byte pair.
        let openings: UnsafeMutableBufferPointer<UInt64>
        /// Every tag some phrase has: a search can stop once it has found them all.
        let allTags: UInt8

        init(_ phrases: [(bytes: [UInt8], tag: UInt8)]) {
            bytes = .allocate(capacity: max(1, phrases.reduce(0) { $0 + $1.bytes.count }))
            starts = .allocate(capacity: phrases.count + 1)
            tags = .allocate(capacity: max(1, phrases.count))
            seconds = .allocate(capacity: max(1, phrases.count))
            firstPhrase = .allocate(capacity: 257)
            openings = .allocate(capacity: 1024)
            openings.initialize(repeating: 0)
            var offset = 0
            for (index, phrase) in phrases.enumerated() {
                starts[index] = Int32(offset)
                tags[index] = phrase.tag
                seconds[index] = phrase.bytes[1]
                for byte in phrase.bytes { bytes[offset] = byte; offset += 1 }
                let pair = Int(phrase.bytes[0]) << 8 | Int(phrase.bytes[1])
                openings[pair >> 6] |= 1 << UInt64(pair & 63)
            }
            starts[phrases.count] = Int32(offset)
            var next = 0
            for byte in 0...256 {
                while next < phrases.count, Int(phrases[next].bytes[0]) < byte { next += 1 }
                firstPhrase[byte] = Int32(next)
            }
            allTags = phrases.reduce(0) { $0 | $1.tag }
        }

        deinit {
            for pointer in [UnsafeMutableRawPointer(bytes.baseAddress!), UnsafeMutableRawPointer(starts.baseAddress!),
                            UnsafeMutableRawPointer(tags.baseAddress!), UnsafeMutableRawPointer(seconds.baseAddress!),
                            UnsafeMutableRawPointer(firstPhrase.baseAddress!),
                            UnsafeMutableRawPointer(openings.baseAddress!)] {
                pointer.deallocate()
            }
        }
    }
}
