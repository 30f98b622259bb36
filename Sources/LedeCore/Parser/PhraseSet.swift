/// A list of phrases that a line is searched for in one pass: at each byte only the phrases that
/// start with that byte and the next are compared, and only where the next three bytes can open
/// a phrase, instead of scanning the whole line once per phrase. Several lists can share one
/// pass, each with its own tag.
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
        table = Table(phrases.sorted { Table.pair($0.bytes[0], $0.bytes[1]) < Table.pair($1.bytes[0], $1.bytes[1]) })
    }

    /// Whether any phrase occurs in `text`, compared byte for byte (fold both sides alike).
    func occurs(in text: String) -> Bool { tags(in: text) != 0 }

    /// The tags of the lists that have a phrase in `text`, or'ed together.
    func tags(in text: String) -> UInt8 {
        return text.withUTF8Bytes(tags(in:))
    }

    /// `tags(in:)` of a text's UTF-8 bytes.
    func tags(in hay: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let table = self.table
        guard hay.count >= 2, let base = hay.baseAddress else { return 0 }
        var found: UInt8 = 0
        // Every place but the last pair has a third byte; the last pair's is taken as 0 (as for any).
        let lastPair = hay.count - 2
        var start = 0
        while true {
            start = Table.nextOpening(in: base, from: start, to: lastPair, openings: table.openings)
            if start == lastPair { break }
            found = table.tags(at: start, in: hay, found: found)
            if found == table.allTags { return found }
            start += 1
        }
        if table.opens(Table.trigram(hay[lastPair], hay[lastPair + 1], 0)) { found = table.tags(at: lastPair, in: hay, found: found) }
        return found
    }

    /// The phrases laid out flat, ordered by their first two bytes' `pair`, in memory that is never resized: the
    /// search runs on every short line of every page, and array copies and reference counts
    /// showed in its profile.
    private final class Table: @unchecked Sendable {  // immutable once made
        /// Phrase `i` is `bytes[starts[i]..<starts[i + 1]]`, with tag `tags[i]`.
        let bytes: UnsafeMutableBufferPointer<UInt8>
        let starts: UnsafeMutableBufferPointer<Int32>
        let tags: UnsafeMutableBufferPointer<UInt8>
        /// The phrases whose first two bytes make `pair` p are `firstPhrase[p]..<firstPhrase[p + 1]`:
        /// a place is compared with those few alone (walking all the phrases that open with its
        /// first byte, up to its second, cost more than the comparisons).
        let firstPhrase: UnsafeMutableBufferPointer<Int32>
        /// Which three-byte openings the phrases have, each byte cut to its low five bits: a
        /// 32,768-bit set. A bit says a phrase may open there; most places in a line have none
        /// (two bytes let through a third of a line's places: "ma", "de", "se" open months).
        /// A two-byte phrase sets its pair's bits for every third byte.
        let openings: UnsafeMutableBufferPointer<UInt64>

        @inline(__always)
        static func trigram(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
            Int(first & 31) << 10 | Int(second & 31) << 5 | Int(third & 31)
        }

        /// Two bytes cut to their low five bits, as `trigram` cuts them: phrases are grouped by it.
        @inline(__always)
        static func pair(_ first: UInt8, _ second: UInt8) -> Int { Int(first & 31) << 5 | Int(second & 31) }

        func opens(_ trigram: Int) -> Bool { openings[trigram >> 6] & (1 << UInt64(trigram & 63)) != 0 }

        /// The first place in `start..<end` whose trigram (read up to `end + 1`) a phrase may
        /// open with, or `end`. Every byte of a short line passes here: it is kept a leaf, its
        /// trigram rolled a byte at a time, so that it runs in registers.
        @inline(never)
        static func nextOpening(in hay: UnsafePointer<UInt8>, from start: Int, to end: Int,
                                openings: UnsafeMutableBufferPointer<UInt64>) -> Int {
            guard start < end else { return end }
            var trigram = Int(hay[start] & 31) << 5 | Int(hay[start + 1] & 31)
            // (The rolled trigram keeps older bytes in its higher bits: only its low fifteen are read.)
            @inline(__always) func opensAt(_ index: Int) -> Bool {
                trigram = trigram &<< 5 | Int(hay[index &+ 2] & 31)
                return openings[(trigram >> 6) & 0x1FF] & (1 << UInt64(trigram & 63)) != 0
            }
            var index = start
            // Two places a step: the loop's own count and test, once for both.
            while index &+ 1 < end {
                if opensAt(index) { return index }
                if opensAt(index &+ 1) { return index &+ 1 }
                index &+= 2
            }
            if index < end, opensAt(index) { return index }
            return end
        }

        /// `found` with the tags of the phrases at `start` of `hay` (kept apart from the scan:
        /// most places never get here, and the scan keeps its registers).
        @inline(never)
        func tags(at start: Int, in hay: UnsafeBufferPointer<UInt8>, found: UInt8) -> UInt8 {
            var found = found
            // (The table's buffers in locals, and sums unchecked: the comparing loop reloaded the
            // buffer from the table and checked for overflow at every byte.)
            let bytes = self.bytes, starts = self.starts, tags = self.tags
            let pair = Self.pair(hay[start], hay[start &+ 1])
            // The place's first four bytes, when it has four: most phrases are turned away by
            // their first four at once (`heads`), where they were compared a byte at a time.
            let hasHead = hay.count &- start >= 4
            let head = hasHead ? UInt32(littleEndian: UnsafeRawPointer(hay.baseAddress.unsafelyUnwrapped + start).loadUnaligned(as: UInt32.self)) : 0
            // The phrases whose first two bytes cut alike: each is compared from its first byte.
            for phrase in Int(firstPhrase[pair])..<Int(firstPhrase[pair &+ 1]) where tags[phrase] & ~found != 0 {
                let from = Int(starts[phrase]), length = Int(starts[phrase &+ 1]) &- from
                guard length <= hay.count &- start else { continue }
                var matched = 0
                if hasHead {
                    guard head & headMasks[phrase] == heads[phrase] else { continue }
                    matched = min(length, 4)
                }
                while matched < length, hay[start &+ matched] == bytes[from &+ matched] { matched &+= 1 }
                if matched == length {
                    found |= tags[phrase]
                    if found == allTags { return found }
                }
            }
            return found
        }
        /// Every tag some phrase has: a search can stop once it has found them all.
        let allTags: UInt8
        /// Per phrase, its first four bytes (the first in the lowest bits; fewer for a shorter
        /// phrase, the rest 0), and 0xFF in each byte of those it has.
        let heads: UnsafeMutableBufferPointer<UInt32>
        let headMasks: UnsafeMutableBufferPointer<UInt32>

        init(_ phrases: [(bytes: [UInt8], tag: UInt8)]) {
            bytes = .allocate(capacity: max(1, phrases.reduce(0) { $0 + $1.bytes.count }))
            starts = .allocate(capacity: phrases.count + 1)
            tags = .allocate(capacity: max(1, phrases.count))
            heads = .allocate(capacity: max(1, phrases.count))
            headMasks = .allocate(capacity: max(1, phrases.count))
            firstPhrase = .allocate(capacity: 1025)
            openings = .allocate(capacity: 512)
            openings.initialize(repeating: 0)
            var offset = 0
            for (index, phrase) in phrases.enumerated() {
                starts[index] = Int32(offset)
                tags[index] = phrase.tag
                heads[index] = 0
                headMasks[index] = 0
                for (offset, byte) in phrase.bytes.prefix(4).enumerated() {
                    heads[index] |= UInt32(byte) << UInt32(8 * offset)
                    headMasks[index] |= 0xFF << UInt32(8 * offset)
                }
                for byte in phrase.bytes { bytes[offset] = byte; offset += 1 }
                for third in phrase.bytes.count > 2 ? [phrase.bytes[2]] : Array(UInt8(0)...31) {
                    let trigram = Self.trigram(phrase.bytes[0], phrase.bytes[1], third)
                    openings[trigram >> 6] |= 1 << UInt64(trigram & 63)
                }
            }
            starts[phrases.count] = Int32(offset)
            var next = 0
            for pair in 0...1024 {
                while next < phrases.count, Self.pair(phrases[next].bytes[0], phrases[next].bytes[1]) < pair { next += 1 }
                firstPhrase[pair] = Int32(next)
            }
            allTags = phrases.reduce(0) { $0 | $1.tag }
        }

        deinit {
            for pointer in [UnsafeMutableRawPointer(bytes.baseAddress!), UnsafeMutableRawPointer(starts.baseAddress!),
                            UnsafeMutableRawPointer(tags.baseAddress!),
                            UnsafeMutableRawPointer(heads.baseAddress!), UnsafeMutableRawPointer(headMasks.baseAddress!),
                            UnsafeMutableRawPointer(firstPhrase.baseAddress!),
                            UnsafeMutableRawPointer(openings.baseAddress!)] {
                pointer.deallocate()
            }
        }
    }
}
