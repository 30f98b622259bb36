/// A box of other stories over an article's header, taken into one run with it: on a page of
/// few blank lines ("Top stories", headlines over their one-paragraph summaries, or a most-read
/// box's ranked headlines, then the story's headline, byline, date and text) the densest run
/// can open at the box. The run opens at the text under the header instead, when what lies
/// above the run's first byline or date is a box:
/// - `ArticleRegion.boxTeasers` teasers or more, and no paragraph right under another (an
///   article's own text, which a teaser's summary never is), or a most-read box's ranked
///   headlines under its heading; or
/// - under a box's heading ("Lo más leído") opening the run or right above it, when the text
///   comes right under the header, past its labels, dates and share buttons (a box of dated
///   links has the next link there).
enum TeasersAbove {
    /// `region` opened at the first paragraph under its header, when a box is above that.
    static func cut(_ region: ClosedRange<Int>, lines: [Line]) -> ClosedRange<Int> {
        guard let header = region.first(where: { isHeaderDate(lines[$0]) }),
              header > region.lowerBound else { return region }
        // (A run right under its own header is the article: a date inside it is a timeline's.)
        guard !isUnderHeader(region.lowerBound, lines: lines) else { return region }
        // (Nor is a date under text a header: a header stands under a headline, a date under a
        // paragraph is a dated section's, "Payments start on 15 July", or a note's.)
        if let above = lines[..<header].lastIndex(where: { !$0.isBlank && !ArticleRegion.isTeaserLabel($0) }),
           lines[above].isParagraph { return region }
        let under = lines[(header + 1)...].indices.lazy.filter { !lines[$0].isBlank }
        let text: Int?
        if teasers(in: region.lowerBound..<header, lines: lines) >= ArticleRegion.boxTeasers || opensInRankedBox(region, lines: lines) {
            text = under.prefix(textReach).first { lines[$0].isParagraph }
        } else if underBoxHeading(region, lines: lines) {
            text = under.first { !isHeaderFurniture(lines[$0]) }.flatMap { lines[$0].isParagraph ? $0 : nil }
        } else {
            text = nil
        }
        guard let text, text <= region.upperBound, !opensWithName(of: lines[header], lines[text]) else { return region }
        return text...region.upperBound
    }

    /// Whether `text` opens with the name `byline` ends with ("By Sophie Turner", "Sophie
    /// Turner is a travel writer…"): an author's box at the article's end, not its header.
    static func opensWithName(of byline: Line, _ text: Line) -> Bool {
        let words = byline.text.split(separator: " ")
        guard words.count >= 2 else { return false }
        return text.text.hasPrefix(words.suffix(2).joined(separator: " ") + " ")
    }

    /// Whether a byline or date is among the `headerReach` lines right above `start`, with no
    /// box's heading between (a masthead's date over "Top stories" is the page's, not a header).
    static func isUnderHeader(_ start: Int, lines: [Line]) -> Bool {
        for index in lines[..<start].indices.reversed().lazy.filter({ !lines[$0].isBlank }).prefix(headerReach) {
            if ArticleRegion.isLinkBoxHeading(lines[index]) { return false }
            if isHeaderDate(lines[index]) { return true }
        }
        return false
    }

    /// How many headlines over a one-paragraph summary `range` holds, past labels and ranks;
    /// none when a paragraph follows another.
    static func teasers(in range: Range<Int>, lines: [Line]) -> Int {
        var count = 0, titleAbove = false, paragraphAbove = false
        for index in range where !lines[index].isBlank {
            let line = lines[index]
            if ArticleRegion.isRank(line) || ArticleRegion.isTeaserLabel(line) { continue }
            if line.isParagraph {
                if paragraphAbove { return 0 }
                if titleAbove { count += 1 }
            }
            titleAbove = ArticleRegion.isTeaserHeadline(line)
            paragraphAbove = line.isParagraph
        }
        return count
    }

    /// Whether a box's heading opens `region` or is the line right above it.
    static func underBoxHeading(_ region: ClosedRange<Int>, lines: [Line]) -> Bool {
        if ArticleRegion.isLinkBoxHeading(lines[region.lowerBound]) { return true }
        guard let above = lines[..<region.lowerBound].lastIndex(where: { !$0.isBlank }) else { return false }
        return ArticleRegion.isLinkBoxHeading(lines[above])
    }

    /// Whether `region` opens at a ranked headline of a box whose heading stands over its first
    /// ones ("ランキング", "1 春の新生活…", then the run from "2 花粉のピークはいつ？…": the model
    /// read the first as no text).
    static func opensInRankedBox(_ region: ClosedRange<Int>, lines: [Line]) -> Bool {
        guard isRankedHeadline(lines[region.lowerBound]) else { return false }
        var index = region.lowerBound - 1
        while index >= 0, lines[index].isBlank || isRankedHeadline(lines[index]) { index -= 1 }
        return index >= 0 && ArticleRegion.isLinkBoxHeading(lines[index])
    }

    /// A headline with its rank in front of it ("3 コンビニ各社、4月から…", "2. Why rents keep rising"):
    /// one or two figures, maybe a full stop, then a space and words.
    static func isRankedHeadline(_ line: Line) -> Bool {
        line.text.withUTF8Bytes { bytes in
            let figures = bytes.prefix { $0 &- 0x30 < 10 }.count
            guard figures == 1 || figures == 2 else { return false }
            let space = bytes.count > figures && bytes[figures] == 0x2E ? figures + 1 : figures
            return bytes.count > space + 1 && bytes[space] == 0x20
        }
    }

    /// A header's line between its byline and the text: a label, a date, a share button.
    static func isHeaderFurniture(_ line: Line) -> Bool {
        ArticleRegion.isTeaserLabel(line) || line.isCallToAction || isHeaderDate(line)
    }

    /// A byline or date short enough to be a header's (`headerWords`), not a sentence that names a day.
    static func isHeaderDate(_ line: Line) -> Bool {
        line.isBylineOrDate && line.wordCount <= headerWords
    }

    /// The most words of a byline or date that closes the header; how many lines under the
    /// header the text may open past teasers (and a share bar).
    static let headerWords = 8
    static let textReach = 10
    static let headerReach = 2
}
