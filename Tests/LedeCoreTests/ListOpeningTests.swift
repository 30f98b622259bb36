@testable import LedeCore
import Testing

/// A run that opens with a list's items, line after line (a weather warning's "What to expect"),
/// opens with the article's text: none of its items is a headline over it.
@Suite struct ListOpeningTests {
    let items = ["Some delays to road, rail, air and ferry transport are likely",
                 "Some bus and train services may be affected, with some journeys taking longer",
                 "Delays for high-sided vehicles on exposed routes and bridges likely",
                 "Coastal routes, sea fronts and coastal communities may be affected by spray"]

    @Test func fourItemsLineAfterLineOpenAList() {
        let lines = PageParser.split(items.joined(separator: "\n"))
        #expect(ArticleOpening.opensList(at: 0, in: 0...3, lines: lines))
        #expect(!ArticleOpening.opensList(at: 1, in: 0...3, lines: lines))
    }

    @Test func aHeadlinesStackIsNoList() {
        // A kicker is short; a dateline, a label's colon, a sentence or a share bar comes under a headline.
        for stack in [["Weather", "Storm Bert brings gales to the west coast", "Trains cancelled and ferries stay in port", "By Ana Costa"],
                      ["Storm Bert brings gales to the west coast", "Trains cancelled and ferries stay in port for the day",
                       "Likelihood: medium and impact: medium", "Some delays to road, rail, air and ferry transport are likely"],
                      ["Storm Bert brings gales to the west coast", "Trains cancelled and ferries stay in port for the day",
                       "Forecasters expect gusts of up to 70 mph on exposed coasts.", "Some delays to road and ferry transport are likely"],
                      ["Harbour news from the west coast", "Storm Bert brings gales to the west coast", "Trains cancelled and ferries stay in port",
                       "Share this story on Facebook"]] {
            let lines = PageParser.split(stack.joined(separator: "\n"))
            #expect(!ArticleOpening.opensList(at: 0, in: 0...3, lines: lines), "\(stack)")
        }
    }

    @Test func theItemsAreTheArticlesAndNoneIsItsHeadline() {
        let text = (["Yellow warning of wind: South West England and Wales", "Valid from 06:00 Sat 12 Oct", "What to expect"] + items
                    + ["A deepening area of low pressure will move northeast across the Irish Sea on Saturday, with gusts of 45 to 55 mph inland and 65 mph on coasts.",
                       "Regions affected", "Cornwall", "Devon", "Privacy", "Cookies"]).joined(separator: "\n")
        let story = PageParser().parse(text, path: "p.txt").stories.first
        #expect(story?.paragraphs.first == items[0])
        #expect(story?.headline != items[0] && story?.headline != items[1] && story?.headline != items[2])
    }
}

/// A list the text announces with a colon, whose items read as a menu to the model (dates a
/// line each), between the article's opening paragraphs and the rest: the run grows up past it,
/// and its dates close no header.
@Suite struct AnnouncedListTests {
    let page = ["Castle Street bridge to close overnight for five nights of resurfacing", "Published: 3 June 2024",
                "Castle Street bridge will be closed to all traffic overnight for five nights later this month while the road surface is replaced.",
                "The closures will run from 8pm to 6am on the following nights:", "Monday 17 June", "Tuesday 18 June", "Wednesday 19 June",
                "A signed diversion will be in place via Riverside Way and the Mill Lane roundabout, and pedestrians can still cross."]

    @Test func theListsAnnouncingLineIsFoundFromItsLastItem() {
        let lines = PageParser.split(page.joined(separator: "\n"))
        #expect(ArticleRegion.announcedList(endingAt: 6, lines: lines) == 3)
        #expect(ArticleRegion.announcedList(endingAt: 4, lines: lines) == nil)
        #expect(ArticleRegion.announcedList(endingAt: 4, lines: lines, fewestItems: 1) == 3)
        // Items under no colon are no announced list.
        #expect(ArticleRegion.announcedList(endingAt: 1, lines: lines, fewestItems: 1) == nil)
    }

    @Test func theRunGrowsUpPastTheListAndTheDatesAreTheText() {
        let lines = PageParser.split(page.joined(separator: "\n"))
        let logits = lines.map { $0.isParagraph ? 1.0 : -2.0 }
        let weights = logits.map { $0 * 2 }
        #expect(ArticleRegion.withOpeningParagraphs(7...7, lines: lines, logits: logits, weights: weights) == 2...7)
        let story = PageParser().parse((page + ["Media enquiries", "Email: press@example.org"]).joined(separator: "\n"), path: "p.txt").stories.first
        #expect(story?.paragraphs == Array(page[2...]))
    }
}
