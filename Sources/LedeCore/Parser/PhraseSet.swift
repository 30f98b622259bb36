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
        table = Table(phrases)
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

    /// The phrases laid out flat, in memory that is never resized: the search runs on every
    /// short line of every page, and array copies and reference counts showed in its profile.
    private final class Table: @unchecked Sendable {  // immutable once made
        /// Phrase `i` is `bytes[starts[i]..<starts[i + 1]]`, with tag `tags[i]`.
        let bytes: UnsafeMutableBufferPointer<UInt8>
        let starts: UnsafeMutableBufferPointer<Int32>
        let tags: UnsafeMutableBufferPointer<UInt8>
        /// The phrases that may open with trigram t are
        /// `phrasesByOpening[firstOfOpening[t]..<firstOfOpening[t + 1]]`: a place is compared with
        /// those few alone. (Grouped by their first two bytes alone, four places in five were
        /// compared with a phrase they could not open.) A two-byte phrase is listed under its
        /// pair with every third byte.
        let firstOfOpening: UnsafeMutableBufferPointer<Int32>
        let phrasesByOpening: UnsafeMutableBufferPointer<Int32>
        /// Which three-byte openings the phrases have, each byte cut to its low five bits: a
        /// 32,768-bit set. A bit says a phrase may open there; most places in a line have none
        /// (two bytes let through a third of a line's places: "ma", "de", "se" open months).
        /// A two-byte phrase sets its pair's bits for every third byte.
        let openings: UnsafeMutableBufferPointer<UInt64>

        @inline(__always)
        static func trigram(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
            Int(first & 31) << 10 | Int(second & 31) << 5 | Int(third & 31)
        }

        /// How many trigrams there are.
        static var trigramCount: Int { 1 << 15 }

        /// Calls `body` with each trigram a phrase may open a place with: its first three
        /// bytes', or, for a two-byte phrase, its two with any third. (No array made: the
        /// lists' tables are made at every start.)
        @inline(__always)
        static func forEachOpening(of phrase: [UInt8], _ body: (Int) -> Void) {
            if phrase.count > 2 {
                body(trigram(phrase[0], phrase[1], phrase[2]))
            } else {
                for third in UInt8(0)...31 { body(trigram(phrase[0], phrase[1], third)) }
            }
        }

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
            // Four places a step: the loop's own count and test, once for all four.
            while index &+ 3 < end {
                if opensAt(index) { return index }
                if opensAt(index &+ 1) { return index &+ 1 }
                if opensAt(index &+ 2) { return index &+ 2 }
                if opensAt(index &+ 3) { return index &+ 3 }
                index &+= 4
            }
            while index < end {
                if opensAt(index) { return index }
                index &+= 1
            }
            return end
        }

        /// `found` with the tags of the phrases at `start` of `hay` (kept apart from the scan:
        /// most places never get here, and the scan keeps its registers).
        @inline(never)
        func tags(at start: Int, in hay: UnsafeBufferPointer<UInt8>, found: UInt8) -> UInt8 {
            var found = found
            // (The table's buffers in locals, and sums unchecked: the comparing loop reloaded the
            // buffer from the table and checked for overflow at every byte.)
            let bytes = self.bytes, starts = self.starts, tags = self.tags, phrasesByOpening = self.phrasesByOpening
            // (The last place's third byte is taken as 0, as `tags(in:)` takes it.)
            let trigram = Self.trigram(hay[start], hay[start &+ 1], start &+ 2 < hay.count ? hay[start &+ 2] : 0)
            // The place's first four bytes, when it has four: most phrases are turned away by
            // their first four at once (`heads`), where they were compared a byte at a time.
            let hasHead = hay.count &- start >= 4
            let head = hasHead ? UInt32(littleEndian: UnsafeRawPointer(hay.baseAddress.unsafelyUnwrapped + start).loadUnaligned(as: UInt32.self)) : 0
            // The phrases whose first three bytes cut alike: each is compared from its first byte.
            for slot in Int(firstOfOpening[trigram])..<Int(firstOfOpening[trigram &+ 1]) {
                let phrase = Int(phrasesByOpening[slot])
                guard tags[phrase] & ~found != 0 else { continue }
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
            let openings = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: 512)
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
                Self.forEachOpening(of: phrase.bytes) { trigram in openings[trigram >> 6] |= 1 << UInt64(trigram & 63) }
            }
            starts[phrases.count] = Int32(offset)
            self.openings = openings
            (firstOfOpening, phrasesByOpening) = Self.listedByOpening(phrases.map(\.bytes), openings: openings)
            allTags = phrases.reduce(0) { $0 | $1.tag }
        }

        /// The phrases' indices listed by trigram (`firstOfOpening`, `phrasesByOpening`), in
        /// their order within each: the trigrams' counts, summed into where each one's list
        /// ends, then each phrase put at the end of its lists' free room, last phrase first
        /// (each list's end moves back to its start).
        private static func listedByOpening(_ phrases: [[UInt8]], openings: UnsafeMutableBufferPointer<UInt64>) -> (first: UnsafeMutableBufferPointer<Int32>, phrases: UnsafeMutableBufferPointer<Int32>) {
            let firstOfOpening = UnsafeMutableBufferPointer<Int32>.allocate(capacity: trigramCount + 1)
            firstOfOpening.initialize(repeating: 0)
            var listed = 0
            for phrase in phrases {
                forEachOpening(of: phrase) { trigram in firstOfOpening[trigram] += 1 }
            }
            // (Sixty-four trigrams at a time that no phrase opens with, most of them, filled at once.)
            for word in 0..<(trigramCount / 64) {
                let trigrams = (word * 64)..<(word * 64 + 64)
                guard openings[word] != 0 else {
                    UnsafeMutableBufferPointer(rebasing: firstOfOpening[trigrams]).update(repeating: Int32(listed))
                    continue
                }
                for trigram in trigrams {
                    listed += Int(firstOfOpening[trigram])
                    firstOfOpening[trigram] = Int32(listed)
                }
            }
            firstOfOpening[trigramCount] = Int32(listed)
            let phrasesByOpening = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, listed))
            for (index, phrase) in phrases.enumerated().reversed() {
                forEachOpening(of: phrase) { trigram in
                    firstOfOpening[trigram] -= 1
                    phrasesByOpening[Int(firstOfOpening[trigram])] = Int32(index)
                }
            }
            return (firstOfOpening, phrasesByOpening)
        }

        deinit {
            for pointer in [UnsafeMutableRawPointer(bytes.baseAddress!), UnsafeMutableRawPointer(starts.baseAddress!),
                            UnsafeMutableRawPointer(tags.baseAddress!),
                            UnsafeMutableRawPointer(heads.baseAddress!), UnsafeMutableRawPointer(headMasks.baseAddress!),
                            UnsafeMutableRawPointer(firstOfOpening.baseAddress!), UnsafeMutableRawPointer(phrasesByOpening.baseAddress!),
                            UnsafeMutableRawPointer(openings.baseAddress!)] {
                pointer.deallocate()
            }
        }
    }
}
