/// One line of a text page with the features the parser decides on, measured once from its
/// UTF-8 bytes in a single pass (no per-Character work: pages can be large).
struct Line: Sendable {
    // Declared so that the flags pack behind the key: a page can have a million lines.
    /// The line, sanitised and trimmed.
    let text: String
    /// 0-based line number in the page (set apart from the rest for a blank line: `init(blank:)`).
    private(set) var number: Int
    /// Words separated by spaces, a word for every two CJK characters and every four Thai, Lao,
    /// Khmer or Myanmar letters and marks (those scripts use no spaces; a Thai word is four to six
    /// scalars with its vowels and tone marks: at three a Thai headline read as a paragraph, at
    /// five a one-sentence paragraph as a line).
    let wordCount: Int
    /// Digits, commas and capitalised words in the line (see `Scan`), for the line model.
    let digits: Int
    let commas: Int
    let capitalised: Int
    /// Share of letters that are upper case (0…1); nav bars and kickers shout.
    let upperCaseShare: Double
    /// How many lines of the page have this line's key (set by the parser once all are read).
    var repeats = 1
    /// Lower-cased letters and digits only, hashed, for comparing lines ("google cta" == "Google CTA!").
    /// Lines too long to be furniture get a key of their own so that they never compare equal.
    let key: LineKey
    /// Ends like a sentence: . ! ? … : ; or a closing quote or bracket after one.
    let endsSentence: Bool
    /// Ends in an ellipsis (`…`, `...`, `[…]`): a cut-off excerpt of another story.
    let endsTruncated: Bool
    /// Has sentence punctuation inside (". " etc.), a sign of running prose.
    let hasInnerSentenceBreak: Bool
    /// Cells separated by tabs, or drawn: a row of a table (results, standings, prices), which is content.
    let isTableRow: Bool
    /// Columns of white space before the text (a tab to the next multiple of four), at most 255:
    /// a program listing keeps its shape in the reading pane.
    let indent: UInt8
    /// What the phrase lists say about the line, worked out once: the parser asks many times.
    private(set) var isExpandControl = false
    private(set) var isCallToAction = false
    /// A call to action's phrase said in passing, in a line of twenty words at most ("his
    /// comments drew…", or a comment form's "Notify me of follow-up comments"): a line model
    /// feature, for what the place of the phrase leaves open.
    private(set) var mentionsCallToAction = false
    private(set) var isBylineOrDate = false
    private(set) var isCaption = false
    /// `Phrases.endsArticle` and `Phrases.opensLinkBox`, asked of every line of a page.
    private(set) var endsArticle = false
    private(set) var opensLinkBox = false
    /// `Phrases.isPromotion`: a feature of every line for the line model.
    private(set) var isPromotion = false
    /// Says what cookie banners, consent forms and comment rules say (`Phrases.legalNotices`): a line model feature.
    private(set) var isLegalNotice = false
    /// A reader comment's control or header (`CommentLine`): a line model feature.
    private(set) var isCommentFurniture = false
    /// The label of a sign-up form's address field, "Your email" (`SignupBox`).
    private(set) var isAddressField = false
    /// The short key is "" (see `shortKey`): known without making it again.
    private let hasNoShortKey: Bool
    /// The text is empty: kept as a flag (in the padding before `extras`), as the parser asks
    /// it of every line in a score of passes, where the String's count took a dozen
    /// instructions to read.
    let isBlank: Bool
    /// Long running prose: the stuff of article bodies (`isParagraph(credit:…)`). Kept as a flag too,
    /// for the same reason: the line model and the rules ask it of every line.
    let isParagraph: Bool
    /// What the text's first and last bytes say (`Edges`).
    var edges: Edges
    /// What few lines have besides their text, or nil (see `Extras`).
    private let extras: Extras?

    /// A picture's credit, and `lower` and `shortKey` when they cannot be made again from
    /// `text` (cleaning changed the line). Boxed apart: most lines have none of them, and three
    /// Strings in every line were retained and released with every copy of it.
    private final class Extras: Sendable {
        let credit: String?
        let lower: String?
        let shortKey: String?
        let cells: [String]?

        init(credit: String?, lower: String?, shortKey: String?, cells: [String]?) {
            self.credit = credit
            self.lower = lower
            self.shortKey = shortKey
            self.cells = cells
        }
    }

    /// For an image-credit line (`Top image credit: X`), the credit `X`.
    var credit: String? { extras?.credit }

    /// A row's cells, the text between its tabs, sanitised and trimmed (the text shows each tab
    /// as a space, which a cell may hold too): for lining up a table's columns (`Listings`).
    var cells: [String]? { extras?.cells }

    /// A tab between two cells at least (the text shows it as a space): a row of figures may have two.
    var hasTab: Bool { extras?.cells != nil }

    /// The cells of trimmed `bytes` that hold a tab.
    private static func cells(of bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        bytes.split(separator: 0x09, omittingEmptySubsequences: false).map { cell in
            Sanitizer.clean(trim(UnsafeBufferPointer(rebasing: cell)))
        }
    }

    /// The text with ASCII and Latin-1 letters lower-cased, for phrase matching; empty for long
    /// lines. Made again from the text when asked (rarely, once the line is measured).
    var lower: String {
        // (Inlined: the phrase checks ask for it of every line.)
        @inline(__always) get { extras?.lower ?? Self.lowered(text) }
    }

    /// The letters and digits themselves, for looking a heading up in a list ("Key points" →
    /// `keypoints`): kept for lines of up to 8 words or 24 bytes of key, longer ones are "".
    var shortKey: String {
        // (Inlined: the phrase checks ask for it of every line.)
        @inline(__always) get { hasNoShortKey ? "" : extras?.shortKey ?? madeShortKey() }
    }

    private func madeShortKey() -> String {
        guard text.utf8.count <= Self.phraseLimit else { return "" }
        let key = Self.key(of: lower)
        return wordCount <= 8 || key.utf8.count <= Self.shortKeyLimit ? key : ""
    }

    /// Marks the line a call to action that its place shows to be one (`SignupBox`).
    mutating func markAsCallToAction() { isCallToAction = true }

    /// Lines longer than this (in bytes) are prose, never furniture, and get no phrase matching.
    static let phraseLimit = 400
    /// The scratch buffer `init` is given: a short line's lowered text, then its short key
    /// and eight bytes for hashing it (`LineKey.hashed(key:count:commaPlaces:)`).
    static let scratchSize = 2 * phraseLimit + 8
    /// Keys up to this long are kept as text whatever the line's words (the heading lists other
    /// than the summary headings are only asked about lines of up to 8 words).
    static let shortKeyLimit = 24

    /// A line of white space alone (a fifth of a page's lines), numbered `number`: all such
    /// lines measure alike, so one is measured once (`blank`) and copied.
    init(blank number: Int) {
        self = Self.blank
        self.number = number
    }

    /// The empty line, measured as any other line is.
    private static let blank: Line = {
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: scratchSize)
        defer { scratch.deallocate() }
        return Line(trimmed: UnsafeBufferPointer(start: scratch, count: 0), number: 0, scratch: scratch, lists: Phrases.lineLists)
    }()

    /// - Parameter trimmed: the line's bytes without the white space at its ends (`trim`):
    ///   valid UTF-8.
    /// - Parameter scratch: room for `scratchSize` bytes, where the lowered text and the short
    ///   key are written to be matched against the phrase lists (one buffer serves a whole page).
    /// - Parameter lists: `Phrases.lineLists`, the lists the checks read, fetched once a page by
    ///   the caller (fetched here, it was copied for every line).
    /// - Parameter indent: the columns of white space `trim` took from its start (`indent(of:upTo:)`).
    init(trimmed: UnsafeBufferPointer<UInt8>, number: Int, scratch: UnsafeMutablePointer<UInt8>, lists: borrowing Phrases.LineLists, indent: UInt8 = 0) {
        // Everything is worked out in locals and the stored properties are set together at the
        // end: set one by one with the checks in between, `self` was whole before the checks
        // ran, and was copied (its text and extras retained) and the copy destroyed on return.
        // Short lines' lowered text is written to the scratch buffer as they are read; long ones have none.
        let short = trimmed.count <= Self.phraseLimit
        let scan = Scan(trimmed, into: short ? (scratch, scratch + Self.phraseLimit) : nil)
        let cleaned = trimmed.isEmpty ? nil : Sanitizer.cleanedIfNeeded(trimmed, worst: scan.cleaning)
        // (Every caller's bytes are valid UTF-8: a page `UTF8Validation` passed, or a String's.)
        let text = trimmed.isEmpty ? "" : cleaned ?? String(validUTF8: trimmed, isASCII: scan.isASCII)
        let lower = LoweredBytes(bytes: UnsafeBufferPointer(start: scratch, count: short ? scan.lowerLength : 0))
        let wordCount = scan.words + scan.cjk / 2 + scan.unspaced / 4
        // The short key's bytes, for the checks below (written by the scan).
        let hasShortKey = short && (scan.words <= 8 || scan.keyLength <= Self.shortKeyLimit)
        let keyBytes = UnsafeBufferPointer(start: scratch + Self.phraseLimit, count: hasShortKey ? scan.shortKeyLength : 0)
        var (endsSentence, endsTruncated) = Self.ending(of: trimmed)
        // A wire story's last paragraph, signed off after its last sentence ("… in de eurozone.
        // (ANP)", "… säger hon. (TT)"), ends as a sentence; a caption's credit, "… Ariz. (AP)",
        // closes one sentence.
        if !endsSentence, scan.innerBreak, wordCount >= Self.wireParagraphWords, Self.isSignedOff(trimmed) { endsSentence = true }
        let credit = short ? Phrases.credit(in: text, lower: lower, lists: lists) : nil
        // Digits of the text as shown (an escape sequence removed from it may have had some).
        let digits = cleaned == nil || text.utf8.count == trimmed.count ? scan.digits : text.utf8.count { $0 >= 0x30 && $0 <= 0x39 }
        if wordCount > 0 {
            // The checks read the text's bytes where they lie: the page's, or, for a line that
            // cleaning changed (rare), a copy of its text's, freed once they are read.
            let cleanedBytes = cleaned.map { UnsafeMutableBufferPointer<UInt8>.allocate(capacity: $0.utf8.count) }
            defer { cleanedBytes?.deallocate() }
            if let cleanedBytes { _ = cleanedBytes.initialize(from: text.utf8) }
            let textBytes = cleanedBytes.map(UnsafeBufferPointer.init) ?? trimmed
            let needed = Phrases.LineLists.needed(words: wordCount, digits: digits, endsSentence: endsSentence, innerBreak: scan.innerBreak)
            let hits = wordCount <= Phrases.lineListsWordLimit ? lists.hits(in: lower, needed: needed) : []
            // The checks read what `line` holds, not the line being made (see `Phrases.Subject`).
            let line = Phrases.Subject(bytes: textBytes, wordCount: wordCount, endsSentence: endsSentence,
                                       hasInnerSentenceBreak: scan.innerBreak, isASCII: scan.isASCII)
            let expandControl = Phrases.isExpandControl(line, key: keyBytes, lists: lists)
            let callToAction = Phrases.isCallToAction(line, lower: lower, key: keyBytes, hits: hits, lists: lists)
            let bylineOrDate = Phrases.isBylineOrDate(line, lower: lower, digits: digits, hits: hits, lists: lists)
            let caption = Phrases.isCaption(line, lower: lower, hits: hits)
            let endsArticle = Phrases.endsArticle(line, key: keyBytes, lower: lower, lists: lists)
            let opensLinkBox = Phrases.opensLinkBox(line, key: keyBytes, lists: lists)
            isExpandControl = expandControl
            isCallToAction = callToAction || FramingMarks.isFramedLabel(textBytes, words: wordCount)
            mentionsCallToAction = !callToAction && wordCount <= 20 && hits.contains(.callToAction)
            isBylineOrDate = bylineOrDate
            isCaption = caption
            self.endsArticle = endsArticle
            self.opensLinkBox = opensLinkBox
            isPromotion = Phrases.isPromotion(hits: hits)
            isLegalNotice = hits.contains(.legal)
            isCommentFurniture = CommentLine.matches(words: wordCount, digits: digits, key: keyBytes, lower: lower.bytes)
            isAddressField = wordCount <= 4 && lists.addressFields.contains(bytes: keyBytes)
        }
        self.number = number
        self.indent = indent
        self.wordCount = wordCount
        self.digits = digits
        commas = scan.commas
        capitalised = scan.capitalised
        // (Drawn with box-drawing characters, as a terminal's query output is: "2 │ f".)
        isTableRow = scan.tabs >= 2 || scan.boxDrawing > 0
        let upperCaseShare = scan.letters == 0 ? 0 : Double(scan.upper) / Double(scan.letters)
        self.upperCaseShare = upperCaseShare
        isParagraph = Self.isParagraph(credit: credit, endsTruncated: endsTruncated, wordCount: wordCount,
                                       endsSentence: endsSentence, upperCaseShare: upperCaseShare)
        hasInnerSentenceBreak = scan.innerBreak
        key = short ? .hashed(key: scratch + Self.phraseLimit, count: scan.shortKeyLength, commaPlaces: scan.commaPlaces) : .unique(number)
        hasNoShortKey = !hasShortKey
        self.endsSentence = endsSentence
        self.endsTruncated = endsTruncated
        edges = cleaned == nil ? Edges(trimmed) : text.withUTF8Bytes(Edges.init)
        // `lower` and `shortKey` are kept when the text cannot give them again (cleaning changed it).
        let hasTab = scan.tabs >= 1
        extras = credit == nil && cleaned == nil && !hasTab ? nil
            : Extras(credit: credit, lower: cleaned != nil ? lower.string : nil,
                     shortKey: cleaned != nil && hasShortKey ? String(decoding: keyBytes, as: UTF8.self) : nil,
                     cells: hasTab ? Self.cells(of: trimmed) : nil)
        isBlank = text.isEmpty
        self.text = text
    }

    /// `lower` made again from a line's text (which is then the line as read), lowered as
    /// `Scan` lowers it: A…Z, and the Latin-1 capitals (C3 80…9E but ×) (the whole scan, run
    /// again for this, cost ten times as much).
    static func lowered(_ text: String) -> String {
        guard text.utf8.count <= phraseLimit else { return "" }
        return text.withUTF8Bytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { lower in
                let count = bytes.count
                var index = 0
                while index < count {
                    // Eight ASCII bytes a step, all lowered at once (the headline checks ask this
                    // of every candidate, most of them ASCII: a byte at a time, it was a loop and
                    // a range test per byte). Eight with any other byte go a byte at a time.
                    var end = count
                    if index &+ 8 <= count {
                        // (Unwrapped unchecked: bytes that have eight have an address.)
                        let eight = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index).loadUnaligned(as: UInt64.self)
                        if eight & 0x8080_8080_8080_8080 == 0 {
                            UnsafeMutableRawPointer(lower.baseAddress.unsafelyUnwrapped + index).storeBytes(of: eight | Self.capitalBits(eight), as: UInt64.self)
                            index &+= 8
                            continue
                        }
                        end = index &+ 8
                    }
                    while index < end {
                        let byte = bytes[index]
                        if byte == 0xC3, index + 1 < count {
                            let next = bytes[index + 1]
                            lower[index] = byte
                            lower[index + 1] = next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next
                            index += 2
                        } else {
                            lower[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                            index += 1
                        }
                    }
                }
                return count
            }
        }
    }

    /// 0x20 in each byte of eight ASCII bytes that is a capital A…Z, 0 in the others: each
    /// byte's range test done within its own byte (no sum carries past a byte below 0x80).
    @inline(__always)
    private static func capitalBits(_ eight: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let capitals = (eight &+ 0x3F &* ones) & ~(eight &+ 0x25 &* ones) & high  // 0x41…0x5A
        return capitals &>> 2
    }

    /// Whether a line is a teaser cut short with its link after it: "… the ranks of those who ... Read More".
    var endsInReadMore: Bool { endsTruncated && !endsSentence }

    /// Whether the bytes end in an ellipsis and "more" or "read more" (ending in "e", as asked).
    private static func endsInReadMore(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        /// Takes `word` (lower-case ASCII) off the end, in any case, and the spaces before it.
        func drop(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard end >= count else { return false }
            for index in 0..<count where bytes[end - count + index] | 0x20 != word.utf8Start[index] { return false }
            end -= count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            return true
        }
        guard drop("more") else { return false }
        _ = drop("read")
        if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0xA6 { return true }  // …
        return end >= 3 && bytes[end - 3] == 0x2E && bytes[end - 2] == 0x2E && bytes[end - 1] == 0x2E
    }

    /// Whether the bytes end like a sentence, and whether they end in an ellipsis.
    private static func ending(of bytes: UnsafeBufferPointer<UInt8>) -> (sentence: Bool, truncated: Bool) {
        var end = bytes.count
        // Skip closing quotes and brackets: " ' ) ] » ” ’, and the East Asian 」 』 》 〉 ）,
        // which close a quoted sentence as often ("…說：「…的年味。」").
        while end > 0 {
            let byte = bytes[end - 1]
            if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D { end -= 1; continue }
            if end >= 2, bytes[end - 2] == 0xC2, byte == 0xBB { end -= 2; continue }
            if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, byte == 0x9D || byte == 0x99 { end -= 3; continue }
            if end >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, byte == 0x8D || byte == 0x8F || byte == 0x8B || byte == 0x89 { end -= 3; continue }
            if end >= 3, bytes[end - 3] == 0xEF, bytes[end - 2] == 0xBC, byte == 0x89 { end -= 3; continue }
            break
        }
        guard end > 0 else { return (false, false) }
        let last = bytes[end - 1]
        if last | 0x20 == 0x65, endsInReadMore(UnsafeBufferPointer(rebasing: bytes[..<end])) { return (false, true) }
        if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, last == 0xA6 { return (true, true) }
        if end >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, last == 0x82 { return (true, false) }  // 。
        if end >= 3, bytes[end - 3] == 0xEF, bytes[end - 2] == 0xBC, last == 0x81 || last == 0x9F { return (true, false) }  // ！？
        if last >= 0x80, sentenceMarkEnds.contains(last),
           sentenceMarks.contains(where: { $0.count <= end && bytes[(end - $0.count)..<end].elementsEqual($0) }) {
            return (true, false)
        }
        if last == 0x2E {
            // Thai writes no full stop: a dot after a Thai letter closes an abbreviation ("10:30 น.").
            if end >= 4, bytes[end - 4] == 0xE0, bytes[end - 3] == 0xB8 || bytes[end - 3] == 0xB9 { return (false, false) }
            let truncated = end >= 3 && bytes[end - 2] == 0x2E && bytes[end - 3] == 0x2E
            return (true, truncated)
        }
        return (last == 0x21 || last == 0x3F || last == 0x3A || last == 0x3B, false)
    }

    /// Whether the bytes are two sentences or more that a news agency's sign-off closes
    /// (`signOffStart`): a wire story's last paragraph, where a caption's credit closes one.
    static func isSignedOff(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let signOff = signOffStart(bytes) else { return false }
        let sentences = UnsafeBufferPointer(rebasing: bytes[..<signOff])
        guard ending(of: sentences).sentence, sentences.count >= 3 else { return false }
        // A full stop, "!" or "?", a space and a capital inside (the last sentence's own stop has
        // none after it; "Nov. 19" is no sentence's end). A capital is an ASCII one, or a letter beyond ASCII.
        return (0..<(sentences.count - 2)).contains { index in
            sentences[index + 1] == 0x20 && (sentences[index] == 0x2E || sentences[index] == 0x21 || sentences[index] == 0x3F)
                && (sentences[index + 2] &- 0x41 < 26 || sentences[index + 2] >= 0xC3)
        }
    }

    /// Where a news agency's sign-off in brackets closing the bytes starts (the space before
    /// it): " (ANP)", " (dpa/afp)", " (dpa-AFX)", " (ČTK)", a word or two of letters joined by
    /// "/" or "-", no space inside. Nil when they end otherwise.
    static func signOffStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= 6, bytes[bytes.count - 1] == 0x29 else { return nil }
        var open = bytes.count - 2
        while open > 0, bytes.count - open <= signOffLength {
            let byte = bytes[open]
            if byte == 0x28 { break }
            guard byte >= 0x80 || byte &- 0x41 < 26 || byte &- 0x61 < 26 || byte == 0x2F || byte == 0x2D else { return nil }
            open -= 1
        }
        guard open > 0, bytes[open] == 0x28, bytes.count - open >= 4, bytes[open - 1] == 0x20 else { return nil }
        return open - 1
    }

    /// The most bytes of a sign-off with its brackets, and the fewest words of a paragraph signed off.
    static let signOffLength = 16
    static let wireParagraphWords = 20

    /// Full stops and question marks of other scripts, as UTF-8: । ॥ (Devanagari, Bengali), ؟ ۔
    /// (Arabic, Urdu), ։ (Armenian), ። (Ethiopic), ။ (Myanmar), ។ (Khmer), ． ｡ (full and half
    /// width), ; (the Greek question mark).
    private static let sentenceMarks: [[UInt8]] = [
        [0xE0, 0xA5, 0xA4], [0xE0, 0xA5, 0xA5], [0xD8, 0x9F], [0xDB, 0x94], [0xD6, 0x89], [0xE1, 0x8D, 0xA2],
        [0xE1, 0x81, 0x8B], [0xE1, 0x9F, 0x94], [0xEF, 0xBC, 0x8E], [0xEF, 0xBD, 0xA1], [0xCD, 0xBE],
    ]
    /// Their last bytes: a line ending in any other byte is turned away without comparing.
    private static let sentenceMarkEnds = Set(sentenceMarks.map { $0.last! })

    /// The columns the first `count` bytes (white space) take: a tab to the next multiple of four,
    /// a no-break space one, a byte-order mark or a carriage return none.
    static func indent(of bytes: UnsafeBufferPointer<UInt8>, upTo count: Int) -> UInt8 {
        var columns = 0
        var index = 0
        while index < count {
            switch bytes[index] {
            case 0x20: columns += 1
            case 0x09: columns = (columns / 4 + 1) * 4
            case 0xC2: columns += 1; index += 1
            case 0xEF: index += 2
            default: break
            }
            index += 1
        }
        return UInt8(min(columns, 255))
    }

    /// The bytes without leading and trailing spaces, tabs, carriage returns and no-break spaces.
    static func trim(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C }
        while start < end {
            if isSpace(bytes[start]) { start += 1 } else if start + 1 < end, bytes[start] == 0xC2, bytes[start + 1] == 0xA0 { start += 2 } else if start + 2 < end, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF { start += 3 } else { break }
        }
        while end > start {
            if isSpace(bytes[end - 1]) { end -= 1 } else if end - 1 > start, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 { end -= 2 } else { break }
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Whether a line of these measures is long running prose, the stuff of article bodies.
    private static func isParagraph(credit: String?, endsTruncated: Bool, wordCount: Int, endsSentence: Bool, upperCaseShare: Double) -> Bool {
        if credit != nil || endsTruncated { return false }
        if wordCount >= 25 { return upperCaseShare < 0.5 }
        return wordCount >= 10 && endsSentence && upperCaseShare < 0.5
    }
}

extension String {
    /// Whether the text has at most `limit` characters, counting them only when its bytes do
    /// not settle it (a character is at least one byte; counting them walks the whole text).
    func hasAtMost(_ limit: Int) -> Bool { utf8.count <= limit || count <= limit }

    /// Whether the text has at least `limit` characters, stepping over that many at most
    /// (`count` walks the whole text, testing for a grapheme break at every scalar).
    func hasAtLeast(_ limit: Int) -> Bool { index(startIndex, offsetBy: limit, limitedBy: endIndex) != nil }

    /// Whether a scalar of the text is alphabetic (Unicode's property). An ASCII letter is
    /// told from its byte; the property tables are asked only when a scalar beyond ASCII comes
    /// first (lines of a page ask this: the tables cost hundreds of instructions a scalar).
    var hasAlphabeticScalar: Bool {
        let ascii: Bool? = withUTF8Bytes { bytes in
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if (byte | 0x20) &- 0x61 < 26 { return true }
            }
            return false
        }
        return ascii ?? unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Without leading and trailing white space (Unicode-aware).
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
