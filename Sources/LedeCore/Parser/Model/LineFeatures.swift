import Foundation

/// The shallow, language-neutral measurements of a line and its neighbours that the line model
/// weighs (in the spirit of boilerpipe and jusText): how long it is, whether it reads like a
/// sentence, whether it repeats, what the phrase lists say, and the same of the lines around it.
/// Each feature is named; `LineModel+Weights.swift` holds one weight per name, made by
/// `scripts/train-line-model` from the dev corpora.
enum LineFeatures {
    /// The features in the order of a row; the weights file lists the same names.
    static let names: [String] = [
        "bias",
        // The line itself.
        "log_words",            // long lines are prose; menus, labels and buttons are short
        "is_paragraph",         // long prose that ends like a sentence (the rules' own notion)
        "ends_sentence",        // . ! ? 。 at the end: sentences, not labels
        "ends_truncated",       // "…": an excerpt of another story
        "inner_sentence_break", // more than one sentence on the line
        "upper_share",          // SHOUTING menus and kickers
        "capitalised_share",    // Title Case Menus And Headlines; prose capitalises few words
        "comma_density",        // clauses: prose has commas, link lists do not
        "digit_share",          // dates, scores, prices, counters
        "table_row",            // tab-separated cells: data that is content
        "repeated",             // said twice on a page: navigation, captions, pull quotes
        "log_repeats",
        "expand_control",       // "keep reading"
        "call_to_action",       // share, subscribe, cookies
        "byline_or_date",
        "caption_or_credit",
        "opens_link_box",       // "Related", "Most read"
        "ends_article",         // "Comments", "Tags"
        "promotion",            // newsletters, apps
        "opens_with_mark",      // • › | — : list items, breadcrumbs, attributions
        "blank_before",         // innerText puts a blank line between paragraphs, not between links
        "blank_after",
        // Its neighbours (the nearest non-blank lines).
        "prev_log_words", "prev_is_paragraph", "prev_ends_sentence",
        "next_log_words", "next_is_paragraph", "next_ends_sentence",
        "prev2_is_paragraph", "next2_is_paragraph",
        "window_paragraphs",    // share of paragraphs among the four lines either side: prose comes in runs
        "window_short",         // share of one-to-three-word lines there: menus come in runs
        // Interactions a linear model cannot make itself.
        "short_in_prose",       // a short line amid paragraphs: a subheading, not a menu entry
        "sentence_in_prose",    // a sentence amid paragraphs
        // What the hand-written rules make of it (ArticleRegion), as evidence among the rest.
        "rule_weight",          // the rules' prose-versus-furniture weight, scaled to about ±3
        "rule_body",            // the rules would keep it inside an article
        // Stop words of the page's language (`StopWords`): jusText's best sign of running prose.
        "stopword_poor",        // eight words or more, few of them stop words ("the", "und", "на"): under 0.3 of the share in the page's prose
                                // (languages differ in how many words are stop words); a run of links, tags or names, not a sentence (jusText's "bad")
        "code",                 // a line of program code or markup (`CodeLine`): a technical article's listing, short and no sentence
        "code_nearby",          // share of code among the four lines either side: listings come in blocks
        "legal_notice",         // privacy policy, cookies, personal data, consent: the small print of banners and forms
        "comment_furniture",    // "Reply", "Report", "Name • 2 weeks ago", "… wrote:" (`CommentLine`): a reader comment thread
        "between_comment_lines", // such a line within three lines above and within three below: a comment's own text
        "call_to_action_in_passing", // a call to action's words amid a sentence: a story's ("his comments") or a form's ("notify me of comments")
    ]

    static var count: Int { names.count }

    /// One row of features per line (blank lines get a row of zeros: the model never weighs them).
    static func rows(for lines: [Line]) -> [[Double]] {
        var rows = [[Double]](repeating: [Double](repeating: 0, count: count), count: lines.count)
        let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
        defer { buffer.deallocate() }
        var sink = RowBuffer(row: buffer) { index, row in rows[index] = Array(row) }
        forEachRow(of: lines, into: &sink)
        return rows
    }

    /// Gives `sink` each non-blank line's features, slot by slot, then its index. (The reader
    /// scores every line of every page: a sink that weighs each feature as it comes writes no row.)
    static func forEachRow<Sink: LineFeatureSink>(of lines: [Line], into row: inout Sink) {
        // (Into room for every line, through the buffers: `filter` grew its array by doubling,
        // checking at each append that it was not shared.)
        let nonBlank = [Int](unsafeUninitializedCapacity: lines.count) { indices, count in
            lines.withUnsafeBufferPointer { lines in
                for index in lines.indices where !lines[index].isBlank {
                    indices.initializeElement(at: count, to: index)
                    count += 1
                }
            }
        }
        // Only lines of eight words and more can be stop-word poor (and set the page's level).
        let stops = StopWords.densities(of: lines, minimumWords: 8)
        let level = Double(stops.pageDensity)
        /// A line's density over the page's level, at most 3 (1 when there is none: no evidence).
        func ratio(_ index: Int) -> Double {
            let density = stops.densities[index]
            return density >= 0 && level > 0 ? min(3, Double(density) / level) : 1
        }
        // Lines are read where they lie, through pointers: a copy of a line and of its
        // neighbours for each row retained and released all their strings.
        // (The log table too, read once for all rows.)
        Self.logWordsTable.withUnsafeBufferPointer { logTable in
            lines.withUnsafeBufferPointer { lines in
                let base = lines.baseAddress!
                let ranks = Rank.ranks(of: nonBlank, in: base)
                ranks.withUnsafeBufferPointer { ranks in
                    // The sum in a local while the rows are made: kept in `row`, each feature's
                    // term was stored to memory.
                    var sink = row
                    defer { row = sink }
                    for (rank, index) in nonBlank.enumerated() {
                        let line = base + index
                        let facts = ranks[rank]
                        let previous = rank > 0 ? base + nonBlank[rank - 1] : nil
                        let next = rank + 1 < nonBlank.count ? base + nonBlank[rank + 1] : nil
                        // The four non-blank lines either side, without the line itself.
                        let low = ranks[max(0, rank - 4)], high = ranks[min(nonBlank.count - 1, rank + 4) + 1]
                        let paragraphs = Double(high.paragraphsBefore - low.paragraphsBefore - (facts.isParagraph ? 1 : 0))
                        let short = Double(high.shortBefore - low.shortBefore - (line.pointee.wordCount <= 3 ? 1 : 0))
                        let code = Double(high.codeBefore - low.codeBefore - (facts.isCode ? 1 : 0))
                        let words = Double(line.pointee.wordCount)
                        // Shares of the whole window, so that lines missing at a page's edges count as neither.
                        let prose = paragraphs / 8
                        let bytes = max(1.0, Double(line.pointee.text.utf8.count))
                        sink.set(0, 1)
                        sink.set(1, logWords(line.pointee.wordCount, table: logTable))
                        sink.set(2, flag: facts.isParagraph)
                        sink.set(3, flag: line.pointee.endsSentence)
                        sink.set(4, flag: line.pointee.endsTruncated)
                        sink.set(5, flag: line.pointee.hasInnerSentenceBreak)
                        sink.set(6, line.pointee.upperCaseShare)
                        sink.set(7, words > 0 ? min(1, Double(line.pointee.capitalised) / words) : 0)
                        sink.set(8, words > 0 ? min(1, Double(line.pointee.commas) / words * 4) : 0)
                        sink.set(9, min(1, Double(line.pointee.digits) / bytes * 4))
                        sink.set(10, flag: line.pointee.isTableRow)
                        sink.set(11, flag: line.pointee.repeats > 1)
                        sink.set(12, line.pointee.repeats > 1 ? log(Double(line.pointee.repeats)) : 0)
                        sink.set(13, flag: line.pointee.isExpandControl)
                        sink.set(14, flag: line.pointee.isCallToAction)
                        sink.set(15, flag: line.pointee.isBylineOrDate)
                        sink.set(16, flag: line.pointee.isCaption || line.pointee.credit != nil)
                        sink.set(17, flag: line.pointee.opensLinkBox)
                        sink.set(18, flag: line.pointee.endsArticle)
                        sink.set(19, flag: line.pointee.isPromotion)
                        sink.set(20, flag: line.pointee.edges.contains(.opensWithMark))
                        sink.set(21, flag: index > 0 && lines[index - 1].isBlank)
                        sink.set(22, flag: index + 1 < lines.count && lines[index + 1].isBlank)
                        sink.set(23, logWords(previous?.pointee.wordCount ?? 0, table: logTable))
                        sink.set(24, flag: rank > 0 && ranks[rank - 1].isParagraph)
                        sink.set(25, flag: previous?.pointee.endsSentence ?? false)
                        sink.set(26, logWords(next?.pointee.wordCount ?? 0, table: logTable))
                        sink.set(27, flag: rank + 1 < nonBlank.count && ranks[rank + 1].isParagraph)
                        sink.set(28, flag: next?.pointee.endsSentence ?? false)
                        sink.set(29, flag: rank >= 2 && ranks[rank - 2].isParagraph)
                        sink.set(30, flag: rank + 2 < nonBlank.count && ranks[rank + 2].isParagraph)
                        sink.set(31, prose)
                        sink.set(32, short / 8)
                        sink.set(33, line.pointee.wordCount <= 8 ? prose : 0)
                        sink.set(34, line.pointee.endsSentence ? prose : 0)
                        sink.set(35, max(-30, min(30, ArticleRegion.weight(line.pointee))) / 10)
                        sink.set(36, flag: ArticleRegion.isBody(line.pointee))
                        sink.set(37, flag: line.pointee.wordCount >= 8 && ratio(index) < 0.3)
                        sink.set(38, flag: facts.isCode)
                        sink.set(39, code / 8)
                        sink.set(40, flag: line.pointee.isLegalNotice)
                        sink.set(41, flag: facts.isComment)
                        sink.set(42, flag: facts.isBetweenComments)
                        sink.set(43, flag: line.pointee.mentionsCallToAction)
                        sink.endRow(index)
                    }
                }
            }
        }
    }

    /// What the rows ask of a non-blank line beside the line itself, by its rank among them:
    /// flags a row asks of a dozen lines, and counts over the lines before it.
    private struct Rank {
        var isParagraph = false, isCode = false, isComment = false
        /// A comment line within three lines above and within three below (`between_comment_lines`).
        var isBetweenComments = false
        /// How many of the non-blank lines before it are paragraphs, short (three words at
        /// most) and code: a window's counts are subtractions, not a walk over its eight lines.
        var paragraphsBefore = 0, shortBefore = 0, codeBefore = 0
        /// The rank of the nearest comment line above it (far below 0: none).
        var commentAbove = Int.min / 2

        /// Per rank of `nonBlank` (indices of lines at `base`), and one more holding the counts
        /// over them all. (One pass into one buffer, where three arrays over every line and five
        /// more were filled, each store by a checked index.)
        static func ranks(of nonBlank: [Int], in base: UnsafePointer<Line>) -> [Rank] {
            [Rank](unsafeUninitializedCapacity: nonBlank.count + 1) { ranks, initialized in
                var running = Rank()
                for (rank, index) in nonBlank.enumerated() {
                    let line = base + index
                    running.isParagraph = line.pointee.isParagraph
                    running.isCode = line.pointee.edges.contains(.code)
                    running.isComment = line.pointee.isCommentFurniture
                    ranks.initializeElement(at: rank, to: running)
                    running.paragraphsBefore += running.isParagraph ? 1 : 0
                    running.shortBefore += line.pointee.wordCount <= 3 ? 1 : 0
                    running.codeBefore += running.isCode ? 1 : 0
                    if running.isComment { running.commentAbove = rank }
                }
                running.isParagraph = false
                running.isCode = false
                running.isComment = false
                ranks.initializeElement(at: nonBlank.count, to: running)
                initialized = nonBlank.count + 1
                // The nearest comment line below each, going up the ranks (an article's last
                // paragraph may have a thread below it, a comment's text has one on both sides).
                var commentBelow = Int.max / 2
                for rank in nonBlank.indices.reversed() {
                    ranks[rank].isBetweenComments = rank - ranks[rank].commentAbove <= 3 && commentBelow - rank <= 3
                    if ranks[rank].isComment { commentBelow = rank }
                }
            }
        }
    }

    /// `log1p` of a word count, from `table` (`logWordsTable`) for the common counts (three per
    /// row, every line of every page); the same function makes the table, so the values are the
    /// same. (The caller reads the table once: a static is checked for its first use each time.)
    @inline(__always)
    static func logWords(_ count: Int, table: UnsafeBufferPointer<Double>) -> Double {
        count < table.count ? table[count] : log1p(Double(count))
    }

    static let logWordsTable: [Double] = (0..<256).map { log1p(Double($0)) }

    /// Whether a line opens with • · › » > | — – - * or : (list items, breadcrumbs, attributions).
    /// (A line's answer is its `edges`.)
    static func opensWithMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        let second = bytes.count >= 2 ? bytes[1] : 0, third = bytes.count >= 3 ? bytes[2] : 0
        switch first {
        case 0x3E, 0x7C, 0x2D, 0x2A, 0x3A: return true
        case 0xC2: return second == 0xB7 || second == 0xBB                                                // · »
        case 0xE2: return second == 0x80 && (third == 0xA2 || third == 0xBA || third == 0x94 || third == 0x93)  // • › — –
        default: return false
        }
    }
}

/// The line model's features for a page, for the training script (`lede-bench features`).
public enum LineFeatureTable {
    public static var names: [String] { LineFeatures.names }

    /// Per line of `text` (split on `\n`, 0-based): its features; blank lines are left out.
    public static func rows(of text: String) -> [(line: Int, values: [Double])] {
        var lines = PageParser.split(text)
        PageParser.countRepeats(in: &lines)
        let rows = LineFeatures.rows(for: lines)
        return lines.indices.filter { !lines[$0].isBlank }.map { ($0, rows[$0]) }
    }
}

/// The headline model's candidates and their features for a page, for the training script
/// (`lede-bench features --headlines`).
public enum HeadlineFeatureTable {
    public static var names: [String] { HeadlineFeatures.names }

    /// Per candidate line of `text`'s main article (0-based line numbers): its features.
    public static func rows(of text: String) -> [(line: Int, values: [Double])] {
        PageParser(keepsDroppedLines: false).articleOpening(of: text)?.candidateRows() ?? []
    }
}
