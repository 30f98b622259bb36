import Foundation

/// What makes a line near an article's start its headline rather than furniture around it, for
/// the headline model: title-shaped, said again nearby (image alt text and heading), close above
/// the body, over a byline or a dek, and about what the body says.
enum HeadlineFeatures {
    static let names: [String] = [
        "bias",
        "log_distance",        // non-blank lines between it and the body: headlines sit close above
        "log_words",
        "title_length",        // 4 to 20 words: the usual headline
        "one_or_two_words",    // labels, section names, site names
        "long",                // over 30 words: a paragraph, not a title
        "ends_with_period",    // sentences end so, headlines rarely
        "inner_sentence_break",
        "upper_share",
        "capitalised_share",
        "digit_share",         // dates, timestamps, counters
        "byline_or_date",
        "call_to_action",      // share buttons, "continue reading", cookie banners
        "opens_with_mark",     // breadcrumbs, list items, attributions
        "opens_link_box",
        "has_separator",       // "Headline | Site", "Home › News": a page title or a trail
        "repeated_on_page",    // navigation repeats across the page
        "repeated_nearby",     // the same words a few lines away: alt text and heading
        "body_overlap",        // share of its content words the body's opening uses (keep its place: see HeadlineModel)
        "byline_below",        // a byline or date within three lines below
        "dek_below",           // a longer sentence right below: the standfirst
        "page_top",            // the page's first line
        "article_text",        // the line model's log-odds that it is body text (clipped)
        "paragraph",           // a long sentence: a dek or the first paragraph (question headlines aside)
        "blank_above",         // headings stand apart; menus and lists run line after line
        "blank_below",
        "in_menu",             // short lines right above and below: a menu or a list of links
        "credit_below",        // a picture's credit or caption right below: the lead image under a headline
        "dek_of_above",        // a longer line under a title-shaped one: the standfirst, not the headline
    ]

    static var count: Int { names.count }

    /// The features of `candidates[index]` (nearest the body first).
    /// - Parameter overlap: the share of the candidate's content words the body's opening uses.
    static func row(_ index: Int, of candidates: [Line], overlap: Double, logits: [Double], pageTop: Int?) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { row, initialized in
            var sink = RowBuffer(row: row) { _, _ in }
            write(index, of: candidates, overlap: overlap, logits: logits, pageTop: pageTop, into: &sink)
            initialized = count
        }
    }

    /// `row(_:of:overlap:logits:pageTop:)` given to `sink` slot by slot (no `endRow`): the model
    /// weighs each as it comes, and writes no row.
    static func write(_ index: Int, of candidates: [Line], overlap: Double, logits: [Double], pageTop: Int?,
                      into sink: inout some LineFeatureSink) {
        // Lines are read where they lie, through pointers: a copy of the line and of its
        // neighbours for each row retained and released all their strings.
        // (`log1p` of the distance and the words from the line model's table: two calls a row.)
        LineFeatures.logWordsTable.withUnsafeBufferPointer { logTable in candidates.withUnsafeBufferPointer { candidates in
            let base = candidates.baseAddress!
            let line = base + index
            let count = Double(line.pointee.wordCount)
            let text = line.pointee.text
            var slot = 0
            func put(_ value: Double) { sink.set(slot, value); slot += 1 }
            func put(_ flag: Bool) { sink.set(slot, flag: flag); slot += 1 }
            put(1.0)
            put(LineFeatures.logWords(index, table: logTable))
            put(LineFeatures.logWords(line.pointee.wordCount, table: logTable))
            put(line.pointee.wordCount >= 4 && line.pointee.wordCount <= 20)
            put(line.pointee.wordCount <= 2)
            put(line.pointee.wordCount > 30)
            put(endsWithFullStop(text))
            put(line.pointee.hasInnerSentenceBreak)
            put(line.pointee.upperCaseShare)
            put(count > 0 ? min(1, Double(line.pointee.capitalised) / count) : 0)
            put(min(1, Double(line.pointee.digits) / max(1, Double(text.utf8.count)) * 4))
            put(line.pointee.isBylineOrDate)
            put(line.pointee.isCallToAction || line.pointee.isExpandControl)
            put(line.pointee.edges.contains(.opensWithMark))
            put(line.pointee.opensLinkBox)
            put(hasSeparator(text))
            put(line.pointee.repeats > 1)
            // (Only the candidates within six can count: only those are looked at.)
            let near = max(0, index - 6)...min(candidates.count - 1, index + 6)
            put(near.contains { $0 != index && (base + $0).pointee.key == line.pointee.key })
            put(overlap)
            // (Not past a line opening with a mark: a quote's attribution under it, "— Jane Doe on
            // Monday", says the line is a quote, whatever byline follows.)
            var bylineBelow = false
            for below in (max(0, index - 3)..<index).reversed() {
                if (base + below).pointee.isBylineOrDate { bylineBelow = true; break }
                if (base + below).pointee.edges.contains(.opensWithMark) { break }
            }
            put(bylineBelow)
            put(index > 0 && StoryHeader.isDek(base[index - 1], under: line.pointee))
            put(line.pointee.number == pageTop)
            put(max(-6, min(6, logits[line.pointee.number])) / 6)
            put(line.pointee.isParagraph)
            let above = index + 1 < candidates.count ? base + index + 1 : nil
            let below = index > 0 ? base + index - 1 : nil
            put(above.map { $0.pointee.number < line.pointee.number - 1 } ?? true)
            put(below.map { $0.pointee.number > line.pointee.number + 1 } ?? true)
            /// A short line right next to this one: with one on either side, a menu or a list.
            func isMenuNeighbour(_ other: UnsafePointer<Line>?) -> Bool {
                other.map { abs($0.pointee.number - line.pointee.number) == 1 && $0.pointee.wordCount <= 3 } ?? false
            }
            put(isMenuNeighbour(above) && isMenuNeighbour(below))
            put(below.map { $0.pointee.isCaption || $0.pointee.credit != nil } ?? false)
            put(above.map { isTitleShaped($0.pointee) && StoryHeader.isDek(line.pointee, under: $0.pointee) } ?? false)
            assert(slot == Self.count, "a value for every feature")
        } }
    }

    /// Four to twenty words, not a sentence, not a byline, date or button: a line that could head a story.
    static func isTitleShaped(_ line: Line) -> Bool {
        line.wordCount >= 4 && line.wordCount <= 20 && !endsWithFullStop(line.text) && !line.isBylineOrDate
            && !line.isCallToAction && !line.isExpandControl
    }

    /// Whether the text ends with a full stop: sentences end so, headlines rarely. An initialism's
    /// last dot ("… Underneath N.Y.C.", "… sends warship to U.S.") is none: it ends headlines too.
    /// A quotation that ends a sentence ends with it (`"$53 million a week is coming …."`): the
    /// closing quote is looked past.
    static func endsWithFullStop(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var count = bytes.count
            if count >= 2, bytes[count - 1] == 0x22 || bytes[count - 1] == 0x27 { count -= 1 }  // " '
            else if count >= 4, bytes[count - 3] == 0xE2, bytes[count - 2] == 0x80, bytes[count - 1] == 0x9D || bytes[count - 1] == 0x99 { count -= 3 }  // ” ’
            guard count >= 1, bytes[count - 1] == 0x2E else { return false }
            if endsInYearMark(UnsafeBufferPointer(rebasing: bytes[..<(count - 1)])) { return false }
            guard count >= 3, bytes[count - 2] &- 0x41 < 26 else { return true }
            return bytes[count - 3] != 0x2E
        }
    }

    /// Whether Cyrillic text (the bytes before its last dot) ends in a year's mark, whose dot is
    /// no full stop: the abbreviation "г."/"гг." (Russian, Bulgarian) or "р." (Ukrainian) after a
    /// year, or the year itself, which Serbian writes as an ordinal ("… до 2029 г.", "… до краја 2028.").
    private static func endsInYearMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        // "г", "гг" or "р" (D0 B3, D1 80), and a space or none before them.
        if end >= 2, bytes[end - 2] == 0xD0 && bytes[end - 1] == 0xB3 || bytes[end - 2] == 0xD1 && bytes[end - 1] == 0x80 {
            end -= 2
            if end >= 2, bytes[end - 2] == 0xD0, bytes[end - 1] == 0xB3 { end -= 2 }
            if end >= 1, bytes[end - 1] == 0x20 { end -= 1 }
        } else if !bytes.contains(where: { $0 == 0xD0 || $0 == 0xD1 }) {
            return false
        }
        guard end >= 4 else { return false }
        return bytes[(end - 4)..<end].allSatisfy { $0 &- 0x30 < 10 } && (end == 4 || bytes[end - 5] &- 0x30 >= 10)
    }

    /// The separators `hasSeparator` finds.
    static let separators = [" | ", " - ", " — ", " › ", " » ", " · ", " • "]

    /// Whether the text has " | ", " - ", " — ", " › ", " » ", " · " or " • " inside: a page title
    /// with its site's name, a trail, or a kicker of two labels ("Tercera RFEF · Grupo 12").
    /// (Read as bytes: a Foundation search per candidate showed in profiles.)
    static func hasSeparator(_ text: String) -> Bool {
        return text.withUTF8Bytes { bytes in
            guard bytes.count >= 3 else { return false }
            for index in 1..<(bytes.count - 1) where bytes[index - 1] == 0x20 {
                let byte = bytes[index]
                if byte == 0x7C || byte == 0x2D { if bytes[index + 1] == 0x20 { return true } else { continue } }
                if byte == 0xC2, index + 2 < bytes.count, bytes[index + 1] == 0xBB || bytes[index + 1] == 0xB7, bytes[index + 2] == 0x20 { return true }  // » ·
                guard byte == 0xE2, index + 3 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 3] == 0x20 else { continue }
                if bytes[index + 2] == 0x94 || bytes[index + 2] == 0xBA || bytes[index + 2] == 0xA2 { return true }  // — › •
            }
            return false
        }
    }
}
