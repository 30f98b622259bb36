@testable import LedeCore
import Testing

/// Two blocks of text with a long stretch of furniture between them are two blocks: the region
/// keeps the heavier one, not both (an article and a consent form's small print).
@Suite struct ArticleRegionPartingTests {
    @Test func aDeepStretchOfFurniturePartsTheRegionAndTheHeavierBlockStays() {
        let weights: [Double] = [40, 50, 30, -70, -60, 20, 30, 10]
        #expect(ArticleRegion.parted(0...7, weights: weights) == 0...2)
        let heavierAfter: [Double] = [20, 10, -70, -60, 90, 80]
        #expect(ArticleRegion.parted(0...5, weights: heavierAfter) == 4...5)
    }

    @Test func aShallowStretchOrAWallDoesNotPartIt() {
        // A box of links inside an article: not deep enough.
        #expect(ArticleRegion.parted(0...4, weights: [40, 50, -30, -40, 60]) == 0...4)
        // A heading that ends articles, outweighed by the text after it, was crossed on purpose.
        #expect(ArticleRegion.parted(0...2, weights: [900, -ArticleRegion.wallWeight, 2000]) == 0...2)
    }

    @Test func consentSmallPrintIsALegalNotice() {
        let lines = PageParser.split("""
            We are committed to protecting your personal information and have updated our Privacy Policy.
            The harbour city counts the cost of the storm, and the council meets on Monday.
            """)
        #expect(lines[0].isLegalNotice)
        #expect(!lines[1].isLegalNotice)
    }

    @Test func aFootersDisclaimerIsALegalNotice() {
        let lines = PageParser.split("""
            Apple logo, App Store and iPhone are registered trademarks of Apple Inc.
            The content of this site is for informational purposes only and is no medical advice.
            We may earn a commission when you buy through links on our site.
            The harbour city counts the cost of the storm, and the council meets on Monday.
            """)
        #expect(lines.map(\.isLegalNotice) == [true, true, true, false])
    }

    /// A finance site's disclaimer: the article informs and advises on nothing.
    @Test func aFinanceDisclaimerIsALegalNotice() {
        let lines = PageParser.split("""
            This content is provided for informational and educational purposes only and does not constitute financial advice.
            Penny & Pillar may receive compensation from some of the banks whose products appear on this site.
            Savers who moved their cash to a high-yield account last year earned three times the interest of a branch account.
            """)
        #expect(lines.map(\.isLegalNotice) == [true, true, false])
        // The same words in a story's own sentence are none.
        #expect(!PageParser.split("The settlement does not constitute an admission of wrongdoing, the company said on Monday.")[0].isLegalNotice)
    }

    /// "Was this article helpful?" under the article ends it, though it is a question; the same
    /// words inside a sentence do not.
    @Test func theFeedbackQuestionUnderAnArticleEndsIt() {
        for text in ["Was this article helpful?", "War dieser Artikel hilfreich?", "Cet article vous a-t-il été utile ?"] {
            #expect(PageParser.split(text)[0].endsArticle, "\(text)")
        }
        #expect(!PageParser.split("Was this article helpful to the council, which had asked for it?")[0].endsArticle)
    }

    /// The next article's heading, then its header and opening, as long as this one: the
    /// article ends at the heading, in any language.
    @Test func theNextArticlesHeadingEndsThisOne() throws {
        let article = ["A round-the-clock bicycle hire point opened on the embankment on Saturday, the first of its kind in the city.",
                       "An hour on an ordinary bicycle costs 150 roubles and on an electric one 300, with a deposit taken by card.",
                       "The city administration said that if the scheme works, two more points will open near the railway station."]
        let next = ["New benches and lights will be installed along the lake embankment before the summer season begins in June.",
                    "The works will cost 28 million roubles and are due to be finished before the city's anniversary in the autumn."]
        for heading in ["Next article", "Следующий материал"] {
            let page = (["City News", "Bicycle hire point opens around the clock", "By Anna Kuznetsova", "17 May 2025", ""] + article.flatMap { [$0, ""] }
                        + [heading, "New benches for the lake embankment", "By Anna Kuznetsova", "17 May 2025", ""] + next.flatMap { [$0, ""] } + ["© City News"])
                .joined(separator: "\n")
            let story = try #require(PageParser().parse(page, path: "p.txt").stories.first)
            #expect(story.paragraphs == article, "\(heading)")
        }
    }

    @Test func aCommentSectionsHouseRulesAreALegalNotice() {
        let lines = PageParser.split("""
            Keep it civil and stay on topic. By posting your comment, you agree to let us republish it.
            El contenido de los comentarios es la opinión de los usuarios.
            Readers commented on the ferry timetable all week, and the council answered on Monday.
            """)
        #expect(lines.map(\.isLegalNotice) == [true, true, false])
    }
}

/// An article under its byline and date, then "Comments", then a box of other stories'
/// headlines and summaries with as much prose: the article is the one under its header.
@Suite struct HeadedRivalTests {
    let lines = PageParser.split(([
        "Ferry crews walk out over the new timetable", "By Ana Costa", "Updated 09:40 November 19, 2019", "",
    ] + (1...6).map { "Paragraph \($0) of the article." } + [
        "Comments", "Editor's Picks",
        "Dredging plan divides the town", "The council will vote on the plan next week.",
        "Lighthouse reopens to visitors", "The keepers' cottage is a museum now.",
    ]).joined(separator: "\n"))
    let wall = -ArticleRegion.wallWeight
    let header: [Double] = [-5, -5, -5, 0]
    let picks: [Double] = [-4, 30, 30, 30, 30]

    @Test func theRunUnderAHeaderBeatsAHeavierBoxPastTheArticlesEnd() {
        let weights = header + Array(repeating: 15, count: 6) + [wall] + picks
        #expect(ArticleRegion.headedRival(of: 12...15, weights: weights, lines: lines) == 4...9)
    }

    @Test func withoutALineEndingTheArticleBetweenThemTheChosenRunStays() {
        // Parted by a box only, the two are one article's parts: not this rule's to split.
        let weights = header + Array(repeating: 15, count: 6) + [-60] + picks
        #expect(ArticleRegion.headedRival(of: 12...15, weights: weights, lines: lines) == nil)
    }

    @Test func aRivalUnderItsShareOrAChosenRunWithAHeaderOfItsOwnStays() {
        // The box weighs 116 and the rival comes first: one of 5.4 is too light, one of 6 is not
        // (a short article's first paragraph over a box of summaries past its end).
        #expect(ArticleRegion.rivalAboveShare * 116 > 5.4 && ArticleRegion.rivalAboveShare * 116 <= 6)
        let light = header + Array(repeating: 0.9, count: 6) + [wall] + picks
        #expect(ArticleRegion.headedRival(of: 12...15, weights: light, lines: lines) == nil)
        let enough = header + Array(repeating: 1, count: 6) + [wall] + picks
        #expect(ArticleRegion.headedRival(of: 12...15, weights: enough, lines: lines) == 4...9)
        let weights = header + Array(repeating: 15, count: 6) + [wall] + picks
        #expect(ArticleRegion.headedRival(of: 4...9, weights: weights, lines: lines) == nil)
    }
}

/// A summary box under the byline ("Key points" over three sentences), a wall in the share bar,
/// then the body: the box is no short article above a box of summaries (the body strips it).
@Suite struct SummaryBoxRivalTests {
    func lines(_ heading: String) -> [Line] {
        PageParser.split((["New homes to be fitted with solar panels from 2026", "By Amir Khan", heading]
                          + (1...3).map { "Key point \($0) of the plan, said in a sentence." } + ["Comments (41)"]
                          + ["Share", "Facebook", "Twitter", "LinkedIn", "WhatsApp", "Email", "Print", "Listen to this article"]
                          + (1...5).map { "Paragraph \($0) of the article." }).joined(separator: "\n"))
    }
    let weights: [Double] = [-5, -5, -5, 10, 10, 10, -ArticleRegion.wallWeight] + Array(repeating: -1, count: 8) + Array(repeating: 30, count: 5)

    @Test func aSummaryBoxAboveTheBodyNeedsTheShareOfARivalBelow() {
        #expect(ArticleRegion.headedRival(of: 15...19, weights: weights, lines: lines("Key points")) == nil)
        #expect(ArticleRegion.headedRival(of: 15...19, weights: weights, lines: lines("L'essentiel")) == nil)
        // Under a date instead of "Key points", the three sentences are a short article's.
        #expect(ArticleRegion.headedRival(of: 15...19, weights: weights, lines: lines("Updated 2 hours ago")) == 3...5)
    }
}

/// A short article, then "Comments" and a thread with more prose than the article: the article
/// is the run above the wall, however much the thread weighs past it.
@Suite struct EarlierRivalTests {
    let lines = PageParser.split(([
        "Ferry crews walk out over the new timetable", "",
    ] + (1...3).map { "Paragraph \($0) of the article." } + [
        "Comments",
    ] + (1...4).map { "Comment \($0) of the thread." }).joined(separator: "\n"))
    let wall = -ArticleRegion.wallWeight

    @Test func theRunAboveAWallBeatsAHeavierThreadBelowIt() {
        let weights: [Double] = [-5, 0, 30, 30, 30, wall, 30, 30, 30, 30]
        #expect(ArticleRegion.earlierRival(of: 6...9, weights: weights, lines: lines) == 2...4)
    }

    @Test func aShortArticleAboveALongerThreadIsTheStory() {
        let article = [
            "Crews on the island ferries stopped work on Monday morning, saying the new timetable leaves them no time to rest between crossings.",
            "The operator said it would meet the union on Wednesday, and that extra boats would run from the mainland in the meantime.",
        ]
        let thread = [
            "I have taken this ferry every day for twenty years and I have never seen the crews this angry about anything, and I think they are right to stand up for themselves. The timetable was written by people who have never worked a boat in winter, and everyone on the island knows it.",
            "My daughter works on the morning crossing and she says the new shifts leave her four hours of sleep at most, which is not safe for anybody on board the boat, and the operator knows it as well as she does.",
        ]
        let page = (["Harbour News", "Home", "Local", "Sport", "", "Ferry crews walk out over the new timetable", ""]
            + article.flatMap { [$0, ""] } + ["Comments", ""] + thread.flatMap { [$0, ""] }).joined(separator: "\n")
        let stories = PageParser().parse(page, path: "p.txt").stories
        #expect(stories.map(\.headline) == ["Ferry crews walk out over the new timetable"])
        #expect(stories.first?.paragraphs == article)
    }

    @Test func aRunOpeningInThePagesLastFifthGivesWayToTextAboveIt() {
        // Twenty lines: an article (2–4), furniture, and a footer's disclaimer (17–19) weighing
        // five times as much; no wall between them.
        let page = PageParser.split((0..<20).map { "Line \($0) of the page." }.joined(separator: "\n"))
        let furniture = [Double](repeating: -20, count: 12)
        let weights: [Double] = [-5, -5, 10, 10, 10] + furniture + [50, 50, 50]
        #expect(ArticleRegion.earlierRival(of: 17...19, weights: weights, lines: page) == 2...4)
        // Opening before the last fifth, or with too little above it, the run stays.
        let earlier: [Double] = [-5, -5, 10, 10, 10] + furniture.dropLast(2) + [50, 50, 50, -1, -1]
        #expect(ArticleRegion.earlierRival(of: 15...17, weights: earlier, lines: page) == nil)
        let light: [Double] = [-5, -5, 10, 10, 5] + furniture + [50, 50, 50]
        #expect(ArticleRegion.earlierRival(of: 17...19, weights: light, lines: page) == nil)
    }

    @Test func withoutAWallAboveTheChosenRunOrWhenFarLighterItStays() {
        // Parted by furniture only, not by a line that ends articles.
        let furniture: [Double] = [-5, 0, 30, 30, 30, -20, 30, 30, 30, 30]
        #expect(ArticleRegion.earlierRival(of: 6...9, weights: furniture, lines: lines) == nil)
        // 45 against 120: under `earlierShare`.
        let light: [Double] = [-5, 0, 15, 15, 15, wall, 30, 30, 30, 30]
        #expect(ArticleRegion.earlierRival(of: 6...9, weights: light, lines: lines) == nil)
    }
}

/// A byline box's contact lines are never the article's text.
@Suite struct ContactLineTests {
    @Test func anHandleOrAnAddressAloneIsNeverBody() {
        #expect(ArticleRegion.isAddress("@saraheneedleman"))
        #expect(ArticleRegion.isAddress("Sarah.Needleman@wsj.com"))
        #expect(ArticleRegion.isNeverBody(PageParser.split("jmarzulli@nydailynews.com")[0]))
    }

    @Test func aLineThatSaysMoreThanAnAddressCanBe() {
        #expect(!ArticleRegion.isAddress("@"))
        #expect(!ArticleRegion.isAddress("@home, the harbour"))
        #expect(!ArticleRegion.isAddress("user@localhost"))
        #expect(!ArticleRegion.isNeverBody(PageParser.split("Write to the desk at news@harbour.example with tips.")[0]))
    }
}
