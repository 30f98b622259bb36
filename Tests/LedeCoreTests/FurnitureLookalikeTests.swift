@testable import LedeCore
import Testing

/// Article text shaped like the furniture the newer rules look for stays the article's: an
/// embedded post's "Reply", a how-to's "Step 1 of 4", a teaser's summary in a box, a headline with a slash, a sentence about a media group, a forecast "for reference only"
/// (each found by a review of those rules).
@Suite struct FurnitureLookalikeTests {
    let parser = PageParser()
    let headline = "Council approves harbour budget after months of debate"
    let prose = [
        "The regional council voted on Tuesday to approve a new budget for the harbour district, ending months of debate over the repairs.",
        "Councillors said the plan would raise the local levy by two percent over three years, with most of the money going to the works.",
        "Residents who spoke at the meeting were divided. Some welcomed the repairs, while others said the district was asked to pay too much.",
    ]

    func story(_ middle: [String], after: [String] = [], headline: String? = nil) -> Story? {
        let page = ["Home", "News", "Sport", "Subscribe", "", headline ?? self.headline, "", "By Maria Lopez", "March 4, 2025", ""]
            + prose.flatMap { [$0, ""] } + middle + after + ["", "Share this article", "Most Read", "Storm warning issued for coast",
                                                              "© 2025 Harbour Times. All rights reserved."]
        return parser.parse(page.joined(separator: "\n"), path: "p.txt").stories.first
    }

    @Test func anEmbeddedPostsReplyIsNoCommentThread() {
        let post = { (text: String) in ["Harbour Council", "@harbourcouncil", text, "10:14 AM · Mar 4, 2025", "212", "Reply", "Copy link", "Read 18 replies", ""] }
        let more = "The mayor said the council had looked at every alternative, including a loan from the national infrastructure bank."
        let last = "Work on the sea wall is expected to begin in the autumn and to take about eighteen months, the council said on Tuesday."
        let middle = post("The budget for the harbour district has been approved.") + [more, ""] + post("Packed meeting tonight, the vote passed.")
        let lines = PageParser.split(middle.joined(separator: "\n"))
        #expect(CommentThread.headers(in: lines) == nil)
        #expect(story(middle, after: [last])?.headline == headline)
    }

    @Test func aHowTosStepsUnderTheirCountersAreItsText() {
        let steps = ["Turn off the water supply under the sink.", "Remove the handle with a flat screwdriver.", "Replace the worn washer."]
        let middle = steps.enumerated().flatMap { ["Step \($0.offset + 1) of 3", $0.element, ""] }
        #expect(story(middle)?.paragraphs.contains(steps[1]) == true)
        #expect(!ArticleRegion.isPhotoCounter(PageParser.split("Step 1 of 3")[0]))
        #expect(ArticleRegion.isPhotoCounter(PageParser.split("Photo 1 of 3")[0]) && ArticleRegion.isPhotoCounter(PageParser.split("4 / 5")[0]))
    }

    @Test func aTeasersSummaryInABoxIsNotTheArticles() {
        let box = ["Related", "", "Storm warning issued for the coast", "", "Forecasters said the storm would arrive on Friday.", "",
                   "Ferry crews vote to strike over pay", ""]
        #expect(story(box)?.paragraphs.contains("Forecasters said the storm would arrive on Friday.") == false)
    }

    @Test func aHeadlineOrSubheadingWithASlashIsNoCredit() {
        for line in ["AC/DC Announces Farewell Tour", "Pros/Cons", "Input/Output Explained", "Work/Life", "Alice Fenwick/Midwest Public Radio"] {
            #expect(!PageParser.split(line)[0].isCaption, "\(line)")
        }
        #expect(story([], headline: "AC/DC Announces Farewell Tour")?.headline == "AC/DC Announces Farewell Tour")
    }

    @Test func sentencesAboutAMediaGroupOrForReferenceAreTheStorys() {
        let last = ["Unions at the publisher said they feared job cuts. The media group said it had no plans for redundancies this year.", "",
                    "Talks will resume next week, a spokesperson for the media network said."]
        #expect(story(last)?.paragraphs == prose + last.filter { !$0.isEmpty })
        for line in ["专家提醒，上述预测仅供参考，实际费用可能更高。", "Các con số dự báo chỉ mang tính chất tham khảo.", "Make a donation, the mayor urged."] {
            #expect(!PageParser.split(line)[0].isLegalNotice && !PageParser.split(line)[0].isCallToAction, "\(line)")
        }
    }
}
