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
    /// across threads).
    static let table = Table(lists: justextLists + cjkLists)

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
        /// Per language, the script most of its words are written in (`StopWords.script`).
        let scripts: [UInt8]
        /// Per language, its words alone: what a page's every line is looked up in once its
        /// language is known (English's fits in 8 KB of cache where the whole table does not).
        let sets: [WordSet]

        /// One language's words: their keys in an open-addressing table (0: empty).
        struct WordSet: @unchecked Sendable {
            let keys: UnsafeMutablePointer<UInt64>
            let mask: Int

            init(_ words: [UInt64]) {
                var capacity = 16
                while capacity * 3 < words.count * 4 { capacity *= 2 }
                keys = .allocate(capacity: capacity)
                keys.initialize(repeating: 0, count: capacity)
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
                    slot = (slot + 1) & mask
                }
            }
        }

        init(lists: [(language: String, words: String)]) {
            precondition(lists.count <= 64, "a mask has 64 bits")
            var entries: [(UInt64, UInt64)] = []
            var scripts: [UInt8] = []
            var sets: [WordSet] = []
            for (bit, list) in lists.enumerated() {
                var counts = [Int](repeating: 0, count: 256)
                var keys: [UInt64] = []
                // Hashed by the same pass as a page's words, so both fold alike.
                StopWords.forEachWord(of: list.words) { key, script in
                    entries.append((key, 1 << UInt64(bit)))
                    keys.append(key)
                    counts[Int(script)] += 1
                }
                scripts.append(UInt8(counts.indices.max { counts[$0] < counts[$1] } ?? 0))
                sets.append(WordSet(keys))
            }
            self.scripts = scripts
            self.sets = sets
            // At most three quarters full: linear probing stays short.
            var capacity = 1024
            while capacity * 3 < entries.count * 4 { capacity *= 2 }
            slots = .allocate(capacity: capacity * 2)
            slots.initialize(repeating: 0, count: capacity * 2)
            filter = .allocate(capacity: 1 << (Self.filterBits - 6))
            filter.initialize(repeating: 0, count: 1 << (Self.filterBits - 6))
            for (key, _) in entries {
                let bit = Int(truncatingIfNeeded: key >> UInt64(64 - Self.filterBits))
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            slotMask = capacity - 1
            for (key, bit) in entries {
                var slot = Self.slot(of: key, mask: capacity - 1)
                while slots[2 * slot] != 0 && slots[2 * slot] != key { slot = (slot + 1) & (capacity - 1) }
                slots[2 * slot] = key
                slots[2 * slot + 1] |= bit
            }
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
        var totals = [Int](repeating: 0, count: languages.count)
        var sampled = 0
        totals.withUnsafeMutableBufferPointer { totals in
            // Lines of prose tell the language best: those of eight words and more, then the rest.
            for pass in 0..<2 {
                for index in lines.indices where sampled < sampleWords {
                    let line = lines[index]
                    guard pass == 0 ? line.wordCount >= 8 : !line.isBlank && line.wordCount < 8 else { continue }
                    sampled += forEachWord(of: line.text) { key, _ in
                        var mask = table.languages(of: key)
                        while mask != 0 {
                            totals[mask.trailingZeroBitCount] += 1
                            mask &= mask - 1
                        }
                    }
                }
            }
        }
        var best = 0
        for language in totals.indices where totals[language] > totals[best] { best = language }
        var result = PageDensities(language: nil, densities: [Float](repeating: -1, count: lines.count), pageDensity: 0)
        guard totals[best] >= 2 else { return result }
        result.language = best
        let set = table.sets[best]
        let script = table.scripts[best]
        var proseWords = 0, proseStops = 0, allWords = 0, allStops = 0
        for index in lines.indices where !lines[index].isBlank && lines[index].wordCount >= minimumWords {
            // Only words in the language's script count: other scripts' words say nothing of it.
            var words = 0, stops = 0
            forEachWord(of: lines[index].text) { key, wordScript in
                guard wordScript == script else { return }
                words += 1
                if set.contains(key) { stops += 1 }
            }
            guard words > 0 else { continue }
            result.densities[index] = Float(stops) / Float(words)
            allWords += words
            allStops += stops
            if lines[index].wordCount >= 8 { proseWords += words; proseStops += stops }
        }
        result.pageDensity = proseWords > 0 ? Float(proseStops) / Float(proseWords) : Float(allStops) / Float(max(1, allWords))
        return result
    }

    /// Calls `body` with the hash and script (`script(of:at:)`) of each word of `text`; returns
    /// how many words there were.
    @discardableResult @inline(__always)
    static func forEachWord(of text: String, _ body: (UInt64, UInt8) -> Void) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable({ forEachWord(of: $0, body) }) { return count }
        var text = text
        return text.withUTF8 { forEachWord(of: $0, body) }
    }

    /// One pass over the bytes: a word is a run between white space (and CJK punctuation), with
    /// the punctuation and symbols at its ends left out (`"The`, `werden.`, `(born`, `«так»`;
    /// `d'un` keeps its apostrophe); a CJK character is a word by itself. Each word's letters
    /// are folded to lower case and hashed as they are read.
    @inline(__always)
    static func forEachWord(of bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64, UInt8) -> Void) -> Int {
        var words = 0
        var index = 0
        let count = bytes.count
        var inWord = false
        var hash = LineKey.seed
        /// The hash up to the word's last letter: trailing punctuation is hashed but not kept.
        var kept = LineKey.seed
        var script: UInt8 = 0
        @inline(__always) func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* LineKey.prime }
        @inline(__always) func endWord() {
            if inWord { body(kept, script); words += 1; inWord = false }
        }
        while index < count {
            var byte = bytes[index]
            if byte < 0x80 {
                if isLetterOrDigit(byte) {
                    if !inWord { inWord = true; hash = LineKey.seed; script = byte &- 0x30 < 10 ? 0 : 1 }
                    // Most bytes are in runs of ASCII letters and digits: each run is hashed in
                    // a loop of its own, not dispatched byte by byte. Setting 0x20 folds a
                    // capital and leaves a small letter or a digit as it is.
                    repeat {
                        add(byte | 0x20)
                        index += 1
                        guard index < count else { break }
                        byte = bytes[index]
                    } while isLetterOrDigit(byte)
                    kept = hash
                    continue
                } else if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    endWord()
                } else if inWord {
                    add(byte)  // punctuation: kept only if letters follow (`d'un`, `U.S`)
                }
                index += 1
                continue
            }
            let second = index + 1 < count ? bytes[index + 1] : 0
            let third = index + 2 < count ? bytes[index + 2] : 0
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            // White space: no-break space, U+2000…U+200B, the ideographic space and CJK
            // punctuation U+3000…U+303F.
            if (byte == 0xC2 && second == 0xA0) || (byte == 0xE2 && second == 0x80 && third <= 0x8B) || (byte == 0xE3 && second == 0x80) {
                endWord()
                index += length
                continue
            }
            // A CJK character (kana, ideographs: U+3040…U+9FFF): a word by itself.
            if byte >= 0xE3 && byte <= 0xE9 && index + 2 < count {
                endWord()
                body((((((LineKey.seed ^ UInt64(byte)) &* LineKey.prime) ^ UInt64(second)) &* LineKey.prime) ^ UInt64(third)) &* LineKey.prime, 6)
                words += 1
                index += 3
                continue
            }
            if isPunctuation(byte, second, third) {
                if inWord { for offset in 0..<min(length, count - index) { add(bytes[index + offset]) } }
                index += length
                continue
            }
            if !inWord { inWord = true; hash = LineKey.seed; script = Self.script(of: bytes, at: index) }
            index += foldAndAdd(bytes, index, second, &hash)
            kept = hash
        }
        endWord()
        return words
    }

    /// An ASCII letter or digit (never true of a byte of 0x80 and up).
    @inline(__always)
    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// Punctuation and symbols that are not white space: « » ¡ ¿ · § ° ² (U+00A1…U+00BF),
    /// general punctuation (quotes, dashes, …), the Arabic comma, semicolon, question mark and
    /// full stop, the danda, full-width punctuation.
    @inline(__always)
    private static func isPunctuation(_ byte: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch byte {
        case 0xC2: return second >= 0xA1 && second <= 0xBF
        case 0xD8: return second == 0x8C || second == 0x9B || second == 0x9F   // ، ؛ ؟
        case 0xDB: return second == 0x94                                         // ۔
        case 0xE0: return second == 0xA5 && (third == 0xA4 || third == 0xA5)     // । ॥
        case 0xE2: return second == 0x80 || second == 0x81
        case 0xEF:
            // Ａ…Ｚ ａ…ｚ ０…９ are letters and digits; the rest of EF BC / EF BD is punctuation.
            if second == 0xBC { return !((third >= 0x90 && third <= 0x99) || (third >= 0xA1 && third <= 0xBA)) }
            if second == 0xBD { return !(third >= 0x81 && third <= 0x9A) }
            return false
        default: return false
        }
    }

    /// The script a word is written in, told from its first byte or two: 0 when it opens with
    /// no letter (a digit), 1 Latin (with Vietnamese's Latin Extended Additional), 2 Greek,
    /// 3 Cyrillic, 4 Hebrew, 5 Arabic, 6 CJK, 7 Hangul, 8 other; each 128-letter block from
    /// U+0800 to U+0FFF (Indic scripts, Thai…) a number of its own from 32 up.
    @inline(__always)
    static func script(of bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8 {
        let byte = bytes[index]
        if byte < 0x80 { return (byte | 0x20) &- 0x61 < 26 ? 1 : 0 }
        let second = index + 1 < bytes.count ? bytes[index + 1] : 0
        switch byte {
        case 0xC3...0xCA: return 1
        case 0xCD...0xCF: return 2
        case 0xD0...0xD4: return 3
        case 0xD6 where second >= 0x90: return 4
        case 0xD7: return 4
        case 0xD8...0xDB: return 5
        case 0xE0: return 32 &+ (second & 0x3F) / 2
        case 0xE1: return second >= 0xB8 && second <= 0xBB ? 1 : 8
        case 0xE3...0xE9: return 6
        case 0xEA...0xED: return 7
        default: return 8
        }
    }

    /// Adds the character at `index` (not ASCII) to `hash`, lower-cased: Latin-1, Latin
    /// Extended-A, Greek and Cyrillic capitals fold to their small letters (İ to i; σ and ς,
    /// a sigma's two small forms, both to σ); other characters are taken as they are. Returns
    /// the character's length.
    @inline(__always)
    private static func foldAndAdd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ second: UInt8, _ hash: inout UInt64) -> Int {
        @inline(__always) func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* LineKey.prime }
        var lead = bytes[index]
        guard lead >= 0xC3 && lead <= 0xD2 && index + 1 < bytes.count else {
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            let end = min(bytes.count, index + length)
            for offset in index..<end { add(bytes[offset]) }
            return end - index
        }
        var second = second
        switch lead {
        case 0xC3:
            if second >= 0x80 && second <= 0x9E && second != 0x97 { second += 0x20 }
        case 0xC4, 0xC5:
            // U+0100…U+017F: mostly capital-small pairs; İ (U+0130) to i, Ÿ (U+0178) to ÿ.
            let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(second & 0x3F)
            var lower = scalar
            switch scalar {
            case 0x130: add(0x69); return 2
            case 0x178: lower = 0xFF
            case 0x100...0x137, 0x14A...0x177: if scalar & 1 == 0 { lower += 1 }
            case 0x139...0x148, 0x179...0x17E: if scalar & 1 == 1 { lower += 1 }
            default: break
            }
            lead = UInt8(0xC0 | (lower >> 6))
            second = UInt8(0x80 | (lower & 0x3F))
        case 0xCE:
            switch second {
            case 0x91...0x9F: second += 0x20                         // Α…Ο → α…ο
            case 0xA0...0xA9: lead = 0xCF; second -= 0x20             // Π…Ω → π…ω
            case 0x86: second = 0xAC                                  // Ά
            case 0x88...0x8A: second += 0x25                          // Έ Ή Ί
            case 0x8C: lead = 0xCF                                    // Ό
            case 0x8E, 0x8F: lead = 0xCF; second -= 0x01              // Ύ Ώ
            default: break
            }
        case 0xCF:
            if second == 0x82 { second = 0x83 }                       // ς → σ
        case 0xD0:
            switch second {
            case 0x80...0x8F: lead = 0xD1; second += 0x10             // Ѐ…Џ → ѐ…џ
            case 0x90...0x9F: second += 0x20                          // А…П → а…п
            case 0xA0...0xAF: lead = 0xD1; second -= 0x20             // Р…Я → р…я
            default: break
            }
        case 0xD2:
            if second == 0x90 { second = 0x91 }                       // Ґ → ґ
        default:
            break
        }
        add(lead)
        add(second)
        return 2
    }
}
