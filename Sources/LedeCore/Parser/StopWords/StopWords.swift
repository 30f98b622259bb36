/// Stop words per language, for the line model's stop-word density (jusText's best evidence
/// that a line is prose: running text is full of "the", "und", "на", menus and labels are not).
///
/// The lists are jusText's (`StopWordLists.swift`, made by `scripts/vendor-stopwords`), plus
/// two tiny hand-made ones for Chinese and Japanese, which jusText has none for. A page's
/// language is the list that covers most of its words (jusText's way); a line's density is its
/// words in that list over its words. Words are the runs between white space with punctuation
/// cut off their ends; a CJK character (kana, ideographs) is a word of its own, as those
/// scripts put no spaces between words. Lower case is folded for ASCII, Latin-1, Latin
/// Extended-A, Greek and Cyrillic, with no String made per word.
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
    struct Table: Sendable {
        private let keys: [UInt64]
        private let masks: [UInt64]
        private let slotMask: Int

        init(lists: [(language: String, words: String)]) {
            precondition(lists.count <= 64, "a mask has 64 bits")
            var entries: [(UInt64, UInt64)] = []
            for (bit, list) in lists.enumerated() {
                var words = list.words
                words.withUTF8 { bytes in
                    var start = 0
                    for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                        if index > start { entries.append((StopWords.hash(bytes, start, index), 1 << UInt64(bit))) }
                        start = index + 1
                    }
                }
            }
            var capacity = 1024
            while capacity < entries.count * 2 { capacity *= 2 }
            var keys = [UInt64](repeating: 0, count: capacity)
            var masks = [UInt64](repeating: 0, count: capacity)
            for (key, bit) in entries {
                var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
                while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (capacity - 1) }
                keys[slot] = key
                masks[slot] |= bit
            }
            self.keys = keys
            self.masks = masks
            slotMask = capacity - 1
        }

        /// The languages listing the word with this hash (0: none).
        @inline(__always)
        func languages(of key: UInt64) -> UInt64 {
            var slot = Int(truncatingIfNeeded: key) & slotMask
            while true {
                let found = keys[slot]
                if found == key { return masks[slot] }
                if found == 0 { return 0 }
                slot = (slot + 1) & slotMask
            }
        }
    }

    /// A page's language (an index into `languages`, nil when no list covers its words), and
    /// per line the share of its words that are stop words of that language (0 for blank lines
    /// and when there is no language), over the share of the page's whole sample.
    struct PageDensities {
        var language: Int?
        /// Stop words over words, per line.
        var densities: [Float]
        /// Stop words over words in the lines the language was told from (mostly prose).
        var pageDensity: Float
    }

    /// How many words of the page are enough to tell its language (its longest lines first).
    static let sampleWords = 3000

    static func densities(of lines: [Line]) -> PageDensities {
        let table = Self.table
        let languageCount = languages.count
        var totals = [Int](repeating: 0, count: languageCount)
        // The sampled lines' per-language hits, then their words (a row of `languageCount + 1`
        // per sampled line; `rowOf[line]`, -1 when not sampled), so no line is read twice.
        var rowOf = [Int32](repeating: -1, count: lines.count)
        var hits: [Int32] = []
        var sampledWords = 0
        func sample(_ index: Int) {
            let row = hits.count
            hits.append(contentsOf: repeatElement(0, count: languageCount + 1))
            let words = forEachWord(of: lines[index].text) { key in
                var mask = table.languages(of: key)
                while mask != 0 {
                    let bit = mask.trailingZeroBitCount
                    hits[row + bit] += 1
                    totals[bit] += 1
                    mask &= mask - 1
                }
            }
            hits[row + languageCount] = Int32(words)
            rowOf[index] = Int32(row)
            sampledWords += words
        }
        // Lines of prose tell the language best: those of eight words and more, then the rest.
        for index in lines.indices where sampledWords < sampleWords && lines[index].wordCount >= 8 { sample(index) }
        for index in lines.indices where sampledWords < sampleWords && !lines[index].isBlank && lines[index].wordCount < 8 { sample(index) }

        var best = 0
        for language in totals.indices where totals[language] > totals[best] { best = language }
        var result = PageDensities(language: nil, densities: [Float](repeating: 0, count: lines.count), pageDensity: 0)
        guard totals[best] >= 2 else { return result }
        result.language = best
        result.pageDensity = Float(totals[best]) / Float(max(1, sampledWords))
        let bit = UInt64(1) << UInt64(best)
        for index in lines.indices where !lines[index].isBlank {
            var words = 0, stops = 0
            let row = Int(rowOf[index])
            if row >= 0 {
                words = Int(hits[row + languageCount])
                stops = Int(hits[row + best])
            } else {
                words = forEachWord(of: lines[index].text) { key in
                    if table.languages(of: key) & bit != 0 { stops += 1 }
                }
            }
            result.densities[index] = words == 0 ? 0 : Float(stops) / Float(words)
        }
        return result
    }

    /// Calls `body` with the hash of each word of `text`; returns how many words there were.
    @discardableResult
    static func forEachWord(of text: String, _ body: (UInt64) -> Void) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable({ forEachWord(of: $0, body) }) { return count }
        var text = text
        return text.withUTF8 { forEachWord(of: $0, body) }
    }

    static func forEachWord(of bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) -> Int {
        var words = 0
        var index = 0
        let count = bytes.count
        while index < count {
            // Skip white space; a CJK character is a word by itself.
            let space = spaceLength(bytes, index)
            if space > 0 { index += space; continue }
            if isCJK(bytes, index) {
                body(hash(bytes, index, index + 3))
                words += 1
                index += 3
                continue
            }
            var end = index
            while end < count && spaceLength(bytes, end) == 0 && !isCJK(bytes, end) { end += 1 }
            // Punctuation and symbols off both ends: `"The`, `werden.`, `(born`, `«так»`.
            var start = index
            index = end
            while start < end {
                let length = punctuationLength(bytes, start)
                if length == 0 { break }
                start += length
            }
            while end > start {
                let length = punctuationLength(bytes, endingAt: end)
                if length == 0 { break }
                end -= length
            }
            guard end > start else { continue }
            body(hash(bytes, start, end))
            words += 1
        }
        return words
    }

    /// Kana and CJK ideographs (U+3040…U+9FFF), as `Line.Scan` counts them; not U+3000…U+303F,
    /// which is CJK punctuation.
    @inline(__always)
    private static func isCJK(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        guard byte >= 0xE3 && byte <= 0xE9 && index + 2 < bytes.count else { return false }
        return byte != 0xE3 || bytes[index + 1] != 0x80
    }

    /// The length of the white space at `index`: space, tab, CR…, no-break space, the
    /// typographic spaces U+2000…U+200B, the ideographic space and CJK punctuation U+3000…U+303F.
    @inline(__always)
    private static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        let count = bytes.count
        if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] <= 0x8B { return 3 }
        if byte == 0xE3, index + 2 < count, bytes[index + 1] == 0x80 { return 3 }
        return 0
    }

    /// The length of the punctuation or symbol character at `index` (0 when it is none):
    /// ASCII punctuation, « » ¡ ¿ · § ° ², general punctuation (quotes, dashes, …), the
    /// Arabic comma and full stop, the danda, full-width punctuation.
    @inline(__always)
    private static func punctuationLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIIPunctuation(byte) ? 1 : 0 }
        let count = bytes.count
        guard index + 1 < count else { return 0 }
        let second = bytes[index + 1]
        switch byte {
        case 0xC2: return second >= 0xA1 && second <= 0xBF ? 2 : 0
        case 0xD8: return second == 0x8C || second == 0x9B || second == 0x9F ? 2 : 0   // ، ؛ ؟
        case 0xDB: return second == 0x94 ? 2 : 0                                         // ۔
        case 0xE0: return index + 2 < count && second == 0xA5 && (bytes[index + 2] == 0xA4 || bytes[index + 2] == 0xA5) ? 3 : 0  // । ॥
        case 0xE2: return index + 2 < count && (second == 0x80 || second == 0x81) ? 3 : 0
        case 0xEF: return index + 2 < count && (second == 0xBC || second == 0xBD) && !isFullWidthLetterOrDigit(second, bytes[index + 2]) ? 3 : 0
        default: return 0
        }
    }

    /// `punctuationLength` of the character that ends just before `end`.
    @inline(__always)
    private static func punctuationLength(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
        let last = bytes[end - 1]
        if last < 0x80 { return isASCIIPunctuation(last) ? 1 : 0 }
        // Back to the character's lead byte (at most three continuation bytes).
        var start = end - 1
        while start > 0 && end - start < 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let length = punctuationLength(bytes, start)
        return start + length == end ? length : 0
    }

    @inline(__always)
    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    /// Ａ…Ｚ ａ…ｚ ０…９ in the full-width forms block (EF BC 90…99, A1…BA; EF BD 81…9A).
    @inline(__always)
    private static func isFullWidthLetterOrDigit(_ second: UInt8, _ third: UInt8) -> Bool {
        second == 0xBC ? (third >= 0x90 && third <= 0x99) || (third >= 0xA1 && third <= 0xBA) : third >= 0x81 && third <= 0x9A
    }

    /// FNV-1a of `bytes[start..<end]` lower-cased: ASCII, Latin-1, Latin Extended-A, Greek and
    /// Cyrillic capitals fold to their small letters (İ to i); other bytes are taken as they are.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash = LineKey.seed
        @inline(__always) func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* LineKey.prime }
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                add(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                index += 1
                continue
            }
            guard index + 1 < end, byte >= 0xC3 && byte <= 0xD2 else {
                add(byte)
                index += 1
                continue
            }
            var (lead, second) = (byte, bytes[index + 1])
            switch lead {
            case 0xC3:
                if second >= 0x80 && second <= 0x9E && second != 0x97 { second += 0x20 }
            case 0xC4, 0xC5:
                // U+0100…U+017F: mostly capital-small pairs; İ (U+0130) to i, Ÿ (U+0178) to ÿ.
                let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(second & 0x3F)
                var lower = scalar
                switch scalar {
                case 0x130: add(0x69); index += 2; continue
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
            index += 2
        }
        return hash
    }
}
