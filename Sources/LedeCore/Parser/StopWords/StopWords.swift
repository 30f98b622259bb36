#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stop words per language, for the line model's stop-word density (jusText's best evidence
/// that a line is prose: running text is full of "the", "und", "на", menus and labels are not).
///
/// The lists are jusText's (`StopWordLists.swift`, made by `scripts/vendor-stopwords`), plus
/// two tiny hand-made ones for Chinese and Japanese, which jusText has none for. A page's
/// language is the list that covers most of its words (jusText's way); a line's density is its
/// words in that list over its words. Words are the runs between white space with punctuation
/// cut off their ends; a CJK character (kana, ideographs) is a word of its own, as those
/// scripts put no spaces between words. Lower case is folded for ASCII, Latin-1, Latin
/// Extended-A, Greek and Cyrillic as each word is hashed, in one pass over the line's bytes and
/// with no String made per word (every line of every page is read).
enum StopWords {
    /// Hand-made, not from jusText (which has no list for scripts without spaces): function
    /// characters common in running Chinese (particles, pronouns, prepositions; simplified and
    /// traditional) and in Japanese (the hiragana of particles and verb endings). Each is a word
    /// of its own, as every CJK character is.
    static let cjkLists: [(language: String, words: String)] = [
        ("Chinese", "的\n了\n是\n在\n和\n与\n與\n及\n也\n都\n就\n而\n之\n其\n这\n這\n那\n我\n你\n他\n她\n它\n们\n們\n个\n個\n不\n有\n为\n為\n以\n于\n於\n被\n把\n从\n從\n对\n對\n将\n將\n并\n但\n或\n着\n著\n过\n過\n说\n說\n会\n會\n还\n還\n又\n已"),
        ("Japanese", "の\nに\nは\nを\nが\nで\nと\nも\nた\nて\nだ\nす\nる\nか\nな\nい\nし\nれ\nら\nこ\nそ\nま\nう\nっ\nり\nく\nよ\nへ\nや"),
    ]

    /// Language names in bit order: jusText's lists, then Chinese and Japanese.
    static let languages: [String] = justextLists.map(\.language) + cjkLists.map(\.language)

    /// Word hash → languages, made once on first use (a `static let` is initialised once, safely
    /// across threads): jusText's lists from their keys as written out (`StopWordKeys.swift`;
    /// hashing their 744 KB of words was 28M instructions of every start), the CJK lists hashed here.
    static let table = Table(lists: justextKeys.map { (keys(hex: $0.keys), $0.script) } + cjkLists.map { keys(of: $0.words) })

    /// A list's words' keys (their hashes, as a page's words are hashed), in the order of the
    /// words, and the script most of them are written in (`WordHashes.script`).
    static func keys(of words: String) -> (keys: [UInt64], script: UInt8) {
        var counts = [Int](repeating: 0, count: 256)
        var keys: [UInt64] = []
        forEachWord(of: words) { key, script in
            keys.append(key)
            counts[Int(script)] += 1
        }
        return (keys, UInt8(counts.indices.max { counts[$0] < counts[$1] } ?? 0))
    }

    /// An open-addressing table from a word's 64-bit hash (FNV-1a of its lower-cased bytes) to a
    /// bit mask of the languages whose list has it. The hash stands for the word: two of the
    /// ~70,000 words sharing one, or a page's word taking a listed word's, is a 1-in-10^14 chance.
    /// Its slots are one allocation made once and never freed or changed (hence `@unchecked
    /// Sendable`): lookups from many threads touch no reference counts. Most of a page's words
    /// are in no list, and a slot of a 2 MB table is a cache miss: a 128 KB bit filter, which
    /// stays in cache, turns most of them away first.
    struct Table: @unchecked Sendable {
        /// Per slot, the key then the mask (a key of 0: empty).
        private let slots: UnsafeMutablePointer<UInt64>
        private let slotMask: Int
        /// 2^20 bits, one per value of a key's top 20 bits: set for every listed word.
        private let filter: UnsafeMutablePointer<UInt64>
        private static var filterBits: Int { 20 }
        /// Per language, the script most of its words are written in (`WordHashes.script`).
        let scripts: [UInt8]
        /// Per language, its words alone: what a page's every line is looked up in once its
        /// language is known (English's fits in 8 KB of cache where the whole table does not).
        let sets: [WordSet]

        /// One language's words: their keys in an open-addressing table (0: empty).
        struct WordSet: @unchecked Sendable {
            let keys: UnsafeMutablePointer<UInt64>
            let mask: Int

            init(_ words: [UInt64]) {
                // At most half full: most of a page's words are looked up here, and half of
                // them are in no list, a probe along the run of full slots each.
                var capacity = 16
                while capacity < words.count * 2 { capacity *= 2 }
                keys = Table.zeroed(capacity)
                mask = capacity - 1
                for key in words {
                    var slot = Table.slot(of: key, mask: mask)
                    while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
                    keys[slot] = key
                }
            }

            @inline(__always)
            func contains(_ key: UInt64) -> Bool {
                var slot = Table.slot(of: key, mask: mask)
                while true {
                    let found = keys[slot]
                    if found == key { return true }
                    if found == 0 { return false }
                    slot = (slot &+ 1) & mask
                }
            }
        }

        /// - Parameter lists: per language, its words' keys and script (`StopWords.keys(of:)`).
        init(lists: [(keys: [UInt64], script: UInt8)]) {
            precondition(lists.count <= 64, "a mask has 64 bits")
            let keysByLanguage = lists.map(\.keys)
            scripts = lists.map(\.script)
            sets = keysByLanguage.map(WordSet.init)
            // At most three quarters full: linear probing stays short.
            let entries = keysByLanguage.reduce(0) { $0 + $1.count }
            var capacity = 1024
            while capacity * 3 < entries * 4 { capacity *= 2 }
            slots = Self.zeroed(capacity * 2)
            filter = Self.zeroed(1 << (Self.filterBits - 6))
            slotMask = capacity - 1
            for (language, keys) in keysByLanguage.enumerated() {
                for key in keys {
                    let bit = Int(truncatingIfNeeded: key >> UInt64(64 - Self.filterBits))
                    filter[bit >> 6] |= 1 << UInt64(bit & 63)
                    var slot = Self.slot(of: key, mask: slotMask)
                    while slots[2 * slot] != 0 && slots[2 * slot] != key { slot = (slot + 1) & slotMask }
                    slots[2 * slot] = key
                    slots[2 * slot + 1] |= 1 << UInt64(language)
                }
            }
        }

        /// Room for `count` keys, all 0, never freed: from `calloc`, as large blocks come zeroed
        /// from the system (filling the 2 MB of slots and the sets with zeros took 4M instructions).
        private static func zeroed(_ count: Int) -> UnsafeMutablePointer<UInt64> {
            calloc(count, MemoryLayout<UInt64>.stride)!.bindMemory(to: UInt64.self, capacity: count)
        }

        /// The home slot of a key: FNV's low bits are its weakest, so they are mixed first.
        @inline(__always)
        fileprivate static func slot(of key: UInt64, mask: Int) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        }

        /// The languages listing the word with this hash (0: none).
        @inline(__always)
        func languages(of key: UInt64) -> UInt64 {
            let bit = Int(truncatingIfNeeded: key >> UInt64(64 - Self.filterBits))
            guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return 0 }
            var slot = Self.slot(of: key, mask: slotMask)
            while true {
                let found = slots[2 * slot]
                if found == key { return slots[2 * slot + 1] }
                if found == 0 { return 0 }
                slot = (slot + 1) & slotMask
            }
        }
    }

    /// A page's language (an index into `languages`, nil when no list covers its words), and
    /// per line the share of its words that are stop words of that language.
    struct PageDensities {
        var language: Int?
        /// Per line: stop words over the words written in the language's script; -1 when the
        /// line has none (a blank line, a line of digits, a Thai line on a page of English
        /// menus): no evidence either way. All -1 when there is no language.
        var densities: [Float]
        /// Stop words over words in the page's lines of eight words and more (all its lines
        /// when it has none): the level of its prose, as languages differ in how many of their
        /// words are stop words (English many, Finnish few).
        var pageDensity: Float
    }

    /// How many words of the page are enough to tell its language (its longest lines first).
    /// Kept small: those words are read twice.
    static let sampleWords = 250

    /// The page's language and its lines' densities; lines of fewer than `minimumWords` words
    /// (`Line.wordCount`) are left at -1 unread, when the caller asks only about longer ones.
    static func densities(of lines: [Line], minimumWords: Int = 0) -> PageDensities {
        let table = Self.table
        var tally = [UInt64](repeating: 0, count: LanguageTally.planeCount)
        var sampled = 0
        // The words of the long lines read for the language, each line's in turn, and the last
        // of those lines: the densities below take them from here rather than hash them again.
        // (In memory of their own, doubled when full: appended to an array, each word was
        // checked for the array being shared.)
        var seen = UnsafeMutableBufferPointer<(key: UInt64, script: UInt8)>.allocate(capacity: 2 * sampleWords)
        defer { seen.deallocate() }
        var seenTotal = 0
        var seenCounts: [Int] = []
        // (Room for the lines usually read: each has eight words or so, and the reading stops
        // once `sampleWords` are read.)
        seenCounts.reserveCapacity(sampleWords / 8 + 1)
        var seenThrough = -1
        let totals = tally.withUnsafeMutableBufferPointer { tally in
            // Lines of prose tell the language best: those of eight words and more, then the rest.
            // (Lines are read where they lie, through pointers: a copy of each retained its text.)
            lines.withUnsafeBufferPointer { lines in
                for pass in 0..<2 {
                    for index in lines.indices {
                        guard sampled < sampleWords else { return }
                        let line = lines.baseAddress! + index
                        let words = line.pointee.wordCount
                        guard pass == 0 ? words >= 8 : !line.pointee.isBlank && words < 8 else { continue }
                        let count = forEachWord(of: line.pointee.text) { key, script in
                            if pass == 0 {
                                if seenTotal == seen.count { seen = doubled(seen) }
                                (seen.baseAddress! + seenTotal).initialize(to: (key, script))
                                seenTotal &+= 1
                            }
                            let mask = table.languages(of: key)
                            if mask != 0 { LanguageTally.add(mask, to: tally) }
                        }
                        sampled += count
                        if pass == 0 {
                            seenCounts.append(count)
                            seenThrough = index
                        }
                    }
                }
            }
            return LanguageTally.counts(in: tally, languages: languages.count)
        }
        var best = 0
        for language in totals.indices where totals[language] > totals[best] { best = language }
        var result = PageDensities(language: nil, densities: [Float](repeating: -1, count: lines.count), pageDensity: 0)
        guard totals[best] >= 2 else { return result }
        result.language = best
        let set = table.sets[best]
        let script = table.scripts[best]
        var proseWords = 0, proseStops = 0, allWords = 0, allStops = 0
        var seenLine = 0, seenWord = 0
        // (Lines read and densities written through pointers: each line was looked up, and each
        // density stored, through an array's checks.)
        lines.withUnsafeBufferPointer { lines in
            result.densities.withUnsafeMutableBufferPointer { densities in
                for index in lines.indices where !lines[index].isBlank && lines[index].wordCount >= minimumWords {
                    // Only words in the language's script count: other scripts' words say nothing of it.
                    let (words, stops): (Int, Int)
                    if index <= seenThrough && lines[index].wordCount >= 8 {
                        // A line read for the language, in the same order.
                        (words, stops) = stopWords(in: UnsafeBufferPointer(rebasing: seen[seenWord..<(seenWord + seenCounts[seenLine])]), of: set, script: script)
                        seenWord += seenCounts[seenLine]
                        seenLine += 1
                    } else {
                        (words, stops) = stopWords(in: lines[index].text, of: set, script: script)
                    }
                    guard words > 0 else { continue }
                    densities[index] = Float(stops) / Float(words)
                    allWords += words
                    allStops += stops
                    if lines[index].wordCount >= 8 { proseWords += words; proseStops += stops }
                }
            }
        }
        result.pageDensity = proseWords > 0 ? Float(proseStops) / Float(proseWords) : Float(allStops) / Float(max(1, allWords))
        return result
    }

    /// `words` moved into memory twice as large (the old is freed).
    private static func doubled(_ words: UnsafeMutableBufferPointer<(key: UInt64, script: UInt8)>) -> UnsafeMutableBufferPointer<(key: UInt64, script: UInt8)> {
        let larger = UnsafeMutableBufferPointer<(key: UInt64, script: UInt8)>.allocate(capacity: 2 * words.count)
        larger.baseAddress!.moveInitialize(from: words.baseAddress!, count: words.count)
        words.deallocate()
        return larger
    }

    /// How many words of `text` are written in `script`, and how many of those are in `set`.
    static func stopWords(in text: String, of set: Table.WordSet, script: UInt8) -> (words: Int, stops: Int) {
        return text.withUTF8Bytes { bytes in
            var words = 0, stops = 0
            var hashes = WordHashes(bytes)
            while let (key, wordScript) = hashes.next() {
                guard wordScript == script else { continue }
                words &+= 1
                if set.contains(key) { stops &+= 1 }
            }
            return (words, stops)
        }
    }

    /// `stopWords(in:of:script:)` of words already hashed.
    static func stopWords(in words: UnsafeBufferPointer<(key: UInt64, script: UInt8)>, of set: Table.WordSet, script: UInt8) -> (words: Int, stops: Int) {
        var count = 0, stops = 0
        for (key, wordScript) in words where wordScript == script {
            count &+= 1
            if set.contains(key) { stops &+= 1 }
        }
        return (count, stops)
    }

    /// Calls `body` with the hash and script (`WordHashes.script(of:at:)`) of each word of
    /// `text`; returns how many words there were.
    @discardableResult @inline(__always)
    static func forEachWord(of text: String, _ body: (UInt64, UInt8) -> Void) -> Int {
        text.withUTF8Bytes { forEachWord(of: $0, body) }
    }

    /// `forEachWord(of:)` of the bytes.
    @inline(__always)
    static func forEachWord(of bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64, UInt8) -> Void) -> Int {
        var words = WordHashes(bytes)
        var count = 0
        while let (key, script) = words.next() {
            body(key, script)
            count &+= 1
        }
        return count
    }
}
