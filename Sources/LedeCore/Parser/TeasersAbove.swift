/// A box of other stories' teasers over an article's header, taken into one run with it: on a
/// page of few blank lines ("Top stories", headlines over their one-paragraph summaries, then
/// the story's headline, byline, date and text) the densest run can open at the box. The run
/// opens at the text under the header instead, when what lies above the run's first byline or
/// date is `ArticleRegion.boxTeasers` teasers or more and no paragraph right under another (an
/// article's own text, which a teaser's summary never is).
enum TeasersAbove {
    /// `region` opened at the first paragraph under its header, when teasers are above that.
    static func cut(_ region: ClosedRange<Int>, lines: [Line]) -> ClosedRange<Int> {
        guard let header = region.first(where: { lines[$0].isBylineOrDate && lines[$0].wordCount <= headerWords }),
              header > region.lowerBound, teasers(in: region.lowerBound..<header, lines: lines) >= ArticleRegion.boxTeasers,
              let text = lines[(header + 1)...].indices.lazy.filter({ !lines[$0].isBlank }).prefix(textReach).first(where: { lines[$0].isParagraph }),
              text <= region.upperBound else { return region }
        return text...region.upperBound
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
            titleAbove = !line.isParagraph && line.wordCount >= 3 && line.wordCount <= titleWords && !line.endsSentence
            paragraphAbove = line.isParagraph
        }
        return count
    }

    /// The most words of a byline or date that closes the header; of a teaser's headline; how
    /// many lines under the header the text may open (past a share bar).
    static let headerWords = 8
    static let titleWords = 20
    static let textReach = 10
}
