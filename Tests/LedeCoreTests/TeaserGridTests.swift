@testable import LedeCore
import Testing

/// A short article over a grid of other stories' teasers (a box's heading, then a label, a
/// headline and a summary each): the grid's summaries outweigh the article's few paragraphs,
/// but the article is the story.
@Suite struct TeaserGridTests {
    static let article = [
        "Six fire engines were sent to a large fire at the former Hollis Mill on Ashworth Road this afternoon, the fire service said.",
        "Crews found the top two floors of the empty building well alight when they arrived at a quarter to one, and smoke drifted over the town.",
        "Ashworth Road is closed between Mill Lane and Station Street, and people are asked to avoid the area while firefighters damp down.",
    ]
    static let grid = [
        ("Crime", "Man arrested after pensioner robbed outside Kelton post office",
         "Police say the 81-year-old victim was pushed to the ground and had her handbag taken as she walked home at around four on Monday afternoon."),
        ("Health", "Harbridge hospital A&E waits among worst in the region, figures show",
         "Fewer than six in ten patients were seen within four hours in January, according to health service data published this week by the trust."),
        ("Education", "Primary school rated outstanding for the first time in its history",
         "Inspectors praised the pupils' behaviour and the carefully planned curriculum at St Wilfrid's in Ashworth, which has two hundred pupils on its roll."),
        ("What's On", "Everything you need to know about the Harbridge food festival this weekend",
         "More than ninety traders are expected in Market Square and along the riverside, with cookery demonstrations and a children's zone on both days."),
    ]

    static func page(_ grid: [(String, String, String)]) -> String {
        (["Harbridge Gazette", "News", "Fire crews tackle large blaze at disused mill in Ashworth", "By Leanne Ostrowski", "14:22, 6 FEB 2024", ""]
         + article.flatMap { [$0, ""] } + ["Comments", "Join the conversation", "More On", "Most Read"]
         + grid.flatMap { [$0.0, $0.1, $0.2] } + ["About us", "Contact us"]).joined(separator: "\n")
    }

    @Test func aShortArticleOverAGridOfTeasersIsTheStory() throws {
        let story = try #require(PageParser().parse(Self.page(Self.grid), path: "p.txt").stories.first)
        #expect(story.headline == "Fire crews tackle large blaze at disused mill in Ashworth")
        #expect(story.paragraphs == Self.article)
    }

    /// A grid whose summaries outweigh the article (the densest run, opening at the first
    /// summary as the model doubts the first headline): the run above its heading is the article.
    @Test func theRunAboveAGridThatOutweighsTheArticleIsTheArticle() throws {
        let lines = PageParser.split(Self.page(Self.grid))
        let weights = lines.map { $0.isBlank ? 0 : $0.opensLinkBox ? -25 : $0.endsArticle ? -ArticleRegion.wallWeight : $0.isParagraph ? 10.0 : -1 }
        let first = try #require(lines.firstIndex { $0.text == Self.article[0] }), last = try #require(lines.firstIndex { $0.text == Self.article[2] })
        let grid = try #require(lines.firstIndex { $0.text == Self.grid[0].2 })...(lines.count - 3)
        #expect(ArticleRegion.aboveTeaserGrid(grid, weights: weights, lines: lines) == first...last)
        // A run that is no grid has no rival there.
        #expect(ArticleRegion.aboveTeaserGrid(first...last, weights: weights, lines: lines) == nil)
    }

    @Test func aGridNeedsLabelledTeasers() {
        let lines = PageParser.split(Self.page(Self.grid))
        let start = lines.firstIndex { $0.text == Self.grid[0].2 }!
        #expect(ArticleRegion.isTeaserGrid(start...(lines.count - 3), lines: lines))
        // Without their labels, headlines over paragraphs can be a listicle's items.
        let bare = PageParser.split(Self.page(Self.grid.map { ("", $0.1, $0.2) }))
        let bareStart = bare.firstIndex { $0.text == Self.grid[0].2 }!
        #expect(!ArticleRegion.isTeaserGrid(bareStart...(bare.count - 3), lines: bare))
    }

    /// "Read More" and another story's headline set inside a short article, over its last
    /// paragraph and a sign-up box: a link, not the end of a teaser's excerpt.
    @Test func aReadMoreLinkOverTheLastParagraphIsTheArticles() throws {
        let text = (["Harbridge Gazette", "Fire crews tackle large blaze at disused mill in Ashworth", "By Leanne Ostrowski", ""]
                    + [Self.article[0], "", Self.article[1], "", "Read More", "Plans to turn Hollis Mill into 84 flats rejected for second time", "",
                       Self.article[2], "",
                       "Get the biggest stories from across Harbridge sent straight to your inbox with our free daily newsletter",
                       "Enter email", "Sign me up!", "Privacy notice"]).joined(separator: "\n")
        let stories = PageParser().parse(text, path: "p.txt").stories
        #expect(stories.count == 1)
        #expect(stories.first?.paragraphs == Self.article)
    }
}
