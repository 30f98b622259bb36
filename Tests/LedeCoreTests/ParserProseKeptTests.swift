import LedeCore
import Testing

/// Body text that looks a little like furniture — a byline, a caption, a legal line, a summary
/// box, a promotion — stays in the story.
@Suite struct ParserProseKeptTests {
    let parser = PageParser()

    func prose(_ count: Int, about topic: String) -> [String] {
        (1...count).map { "Paragraph \($0) about the \(topic) runs on for long enough, with enough plain words in it, to be read as prose here." }
    }

    func body(of lines: [String]) -> [String]? {
        parser.parse((["A headline for this story", "By Ana Costa", ""] + lines).joined(separator: "\n"), path: "p.txt").stories.first?.paragraphs
    }

    @Test func aShortLineThatTrailsOffBetweenParagraphsStays() {
        let lines = prose(3, about: "shop launch") + ["So frustrating …"] + prose(2, about: "second launch")
        #expect(body(of: lines.flatMap { [$0, ""] }) == lines)
        // A teaser cut short before its link is no writer's style.
        let teaser = prose(3, about: "shop launch") + ["The poll showed former vice … Read More"] + prose(2, about: "second launch")
        #expect(body(of: teaser.flatMap { [$0, ""] }) == teaser.filter { !$0.hasSuffix("Read More") })
    }

    /// "Is part of" closes a story as often as a publisher's note: the last paragraph stays, and
    /// the note naming the media group goes (QA page).
    @Test func aClosingParagraphThatSaysIsPartOfStays() {
        let last = "The project is part of the city's 24x7 water supply scheme, which has missed several deadlines since it was launched in 2017."
        let lines = prose(3, about: "water meters") + [last]
        #expect(body(of: lines.flatMap { [$0, ""] } + ["Advertisement"]) == lines)
        let note = "The Daily Ledger is part of Harbor Lane, an international media group and leading digital publisher."
        #expect(body(of: lines.flatMap { [$0, ""] } + [note]) == lines)
    }

    @Test func aParagraphAboutCopyrightThatSaysItTwiceStays() {
        let law = "The band argued that copyright law protects the melody, but the court held that the copyright had expired long before the record came out."
        let lines = prose(3, about: "song case") + [law] + prose(2, about: "appeal")
        #expect(body(of: lines) == lines)
    }

    @Test func aHighlightsSubheadingFurtherDownDoesNotSwallowTheRest() {
        let lines = prose(4, about: "festival") + ["Highlights"] + prose(8, about: "festival programme")
        // (A subheading inside the article is part of it, as in the corpora's truth bodies.)
        #expect(body(of: lines) == lines)
    }

    /// "Summary" over a long paragraph heads the notice's own first section, not a box of
    /// points: its lines, run together with no blank line, are the article's.
    @Test func aSummaryHeadingOverALongParagraphHeadsNoBox() {
        let opening = prose(3, about: "recall").joined(separator: " ")
        let facts = ["Product: Oat and Honey Granola Bars, 6-count box", "Lot codes: BB24311A, BB24311B, BB24312A",
                     "Distribution: retail stores in Ohio, Indiana, Kentucky and Michigan"]
        let lines = ["Summary", opening, "Affected product"] + facts + prose(3, about: "refund")
        #expect(body(of: lines) == Array(lines.dropFirst()))
    }

    @Test func aLongParagraphUnderASubheadingAndAboveACreditStays() {
        let long = (prose(3, about: "storm damage").joined(separator: " "))
        let lines = prose(2, about: "storm") + ["What happens next", long, "Photo: Getty Images"] + prose(2, about: "repairs")
        #expect(body(of: lines)?.contains(long) == true)
    }

    @Test func aLongSentenceWithADecadeInItIsNotAByline() {
        let decade = "By the end of the decade, the city expects 40 per cent of its buses to run on electricity, officials said on 3 May."
        let lines = [prose(1, about: "buses")[0], decade] + prose(3, about: "bus depots")
        #expect(body(of: lines) == lines)
    }

    @Test func aSentenceWithACreditClauseIsNotACaption() {
        let tax = "The bill passed on Monday. It expands the child tax credit: up to $2,000 per child."
        let lines = prose(2, about: "budget") + [tax] + prose(2, about: "budget vote")
        #expect(body(of: lines) == lines)
    }

    @Test func aLastParagraphMentioningTheLatestUpdatesStays() {
        let last = "According to the latest updates from the ministry, 12 people remain in hospital and the road is closed."
        let lines = prose(4, about: "crash") + [last]
        #expect(body(of: lines) == lines)
    }

    @Test func paragraphsBelowShareButtonsStay() {
        let lines = prose(8, about: "harbour plan") + ["Share this article"] + prose(2, about: "harbour plan vote")
        #expect(body(of: lines) == prose(8, about: "harbour plan") + prose(2, about: "harbour plan vote"))
    }
}
