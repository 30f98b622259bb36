@testable import LedeCore
import Testing

/// A short article with "Read More" and another story's headline set inside it, over a grid of
/// other stories' teasers (a box's heading, then a label, a headline and a summary each): the
/// article is the story, whole, and no teaser.
@Suite struct ReadMoreLinkTests {
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

    /// "Read More" and another story's headline set inside a short article, over its last
    /// paragraph and a sign-up box: a link, not the end of a teaser's excerpt.
    @Test func aReadMoreLinkOverTheLastParagraphIsTheArticles() throws {
        let text = (["Harbridge Gazette", "Fire crews tackle large blaze at disused mill in Ashworth", "By Leanne Ostrowski", ""]
                    + [Self.article[0], "", Self.article[1], "", "Read More", "Plans to turn Hollis Mill into 84 flats rejected for second time", "",
                       Self.article[2], "",
                       "Get the biggest stories from across Harbridge sent straight to your inbox with our free daily newsletter",
                       "Enter email", "Sign me up!", "Most Read"] + Self.grid.flatMap { [$0.0, $0.1, $0.2] } + ["Privacy notice"]).joined(separator: "\n")
        let stories = PageParser().parse(text, path: "p.txt").stories
        #expect(stories.count == 1)
        #expect(stories.first?.paragraphs == Self.article)
    }

    /// A card's "Read More" over the next card's headline and excerpt and another box's heading:
    /// the end of the card's excerpt, not a link inside the article.
    @Test func aCardsReadMoreOverAnotherBoxIsATeasers() {
        let text = (["Harbridge Gazette", "Fire crews tackle large blaze at disused mill in Ashworth", "By Leanne Ostrowski", ""]
                    + Self.article.flatMap { [$0, ""] } + ["More from Harbridge", Self.grid[0].1, Self.grid[0].2, "Read More", Self.grid[1].1, Self.grid[1].2,
                                                           "Most Popular", "Fare freeze approved", "Stadium plan unveiled", "About"]).joined(separator: "\n")
        let stories = PageParser().parse(text, path: "p.txt").stories
        #expect(stories.first?.paragraphs == Self.article)
        #expect(stories.dropFirst().map(\.kind) == [.teaser])
    }

    /// "Read more" under the article's last paragraph, over two links and the next box's
    /// heading: a box of links, not the end of a teaser's excerpt (the article's second half was
    /// taken for one).
    @Test func aReadMoreOverTwoLinksAndABoxIsNoTeasersEnd() {
        let text = (["Harbridge Gazette", "Fire crews tackle large blaze at disused mill in Ashworth", "By Leanne Ostrowski"] + Self.article
                    + ["Read more", Self.grid[0].1, Self.grid[1].1, "Related Stories", Self.grid[2].1, Self.grid[3].1, "About"]).joined(separator: "\n")
        let stories = PageParser().parse(text, path: "p.txt").stories
        #expect(stories.map(\.kind) == [.article])
        #expect(stories.first?.paragraphs == Self.article)
        // Nor over one link and the next box's heading, or links with their dates under them,
        // under a brief's short paragraphs (a review's probes: the brief was taken for a teaser).
        let brief = ["The extension of the metro from Motijheel to Kamalapur will open to passengers by June next year, officials of the transit company said on Saturday.",
                     "The 1.16-kilometre section will connect the metro with Kamalapur railway station, the country's busiest.",
                     "The company's managing director said about 80 percent of the work had been completed.",
                     "The line currently carries more than 300,000 passengers a day between Uttara and Motijheel.",
                     "Officials said they hoped the extension would add another 50,000 daily passengers."]
        for box in [["Metro rail to run on Fridays from next month", "Related Stories", "Dhaka traffic: new U-loops on Airport Road",
                     "Bus fares cut after fuel price reduction", "Railway to add ten new intercity trains"],
                    ["Metro rail to run on Fridays from next month", "22 Nov 2024", "Bus fares cut after fuel price reduction", "21 Nov 2024",
                     "Railway to add ten new intercity trains", "20 Nov 2024"]] {
            let page = (["Dhaka News Today", "Home", "National", "Politics", "Economy", "Sports", "World", "National",
                         "Metro rail extension to Kamalapur to open by June", "Staff Correspondent", "Published: 23 Nov 2024, 18:20"]
                        + brief + ["Read more"] + box + ["About Us", "Contact", "Privacy Policy", "© 2024 Dhaka News Today"]).joined(separator: "\n")
            let stories = PageParser().parse(page, path: "p.txt").stories
            #expect(stories.map(\.kind) == [.article], "\(box[1])")
            #expect(stories.map(\.paragraphs) == [brief], "\(box[1])")
        }
        // Nor over two links right over the footer's first label (QA: a short article was taken
        // for a teaser and scored as no article at all).
        let links = (["Dhaka News Today", "Home", "National", "Metro rail extension to Kamalapur to open by June", "Staff Correspondent"] + brief
                     + ["Read more", "Metro rail to run on Fridays from next month", "Bus fares cut after fuel price reduction", "Terms", "Privacy",
                        "© 2024 Dhaka News Today"]).joined(separator: "\n")
        #expect(PageParser().parse(links, path: "p.txt").stories.map(\.kind) == [.article])
        // A card right under the article, its title over its one excerpt, ends its excerpt there.
        let card = (["Harbridge Gazette", "Fire crews tackle large blaze at disused mill in Ashworth", "By Leanne Ostrowski", ""] + Self.article.flatMap { [$0, ""] }
                    + [Self.grid[0].1, Self.grid[0].2, "Read more", Self.grid[1].1, Self.grid[2].1, "Most Popular", Self.grid[3].1, "About"]).joined(separator: "\n")
        #expect(PageParser().parse(card, path: "p.txt").stories.first?.paragraphs == Self.article)
    }
}
