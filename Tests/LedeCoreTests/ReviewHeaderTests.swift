@testable import LedeCore
import Testing

/// A review's header: the headline, the byline, a box of the work's details ("Director: …",
/// "Cast: …") and a picture's caption over its credit. The details and the caption say the
/// body's names and words more than the headline does; neither is the headline (QA: a film
/// review's "Cast: …" and "Starring: …" rows, then its still's caption, were taken for it).
@Suite struct ReviewHeaderTests {
    static let headline = "The Winter Tenants review: a boarding-house drama that knows when to stay quiet"
    static let paragraphs = [
        "There is a scene forty minutes into The Winter Tenants in which nothing is said for four minutes. Efua, played by Adjoa Mensah, peels potatoes while Frank, played by Peter Halloran, pretends to read.",
        "Marguerite Osei's second feature is a modest piece of work: one house, one winter, six people who need each other's rent money more than each other's company.",
        "Mensah and Halloran are superb together, and Saoirse Finnegan steals every scene she has as the lodger upstairs who never pays on time.",
        "It runs a little long, but Osei earns the ending, and the house becomes a whole world by the time the lodgers leave it.",
    ]

    func page(_ details: [String]) -> String {
        (["THE REEL STANDARD", "Film", "Reviews", "", Self.headline, "By Jonah Friedlander", "Published Nov 29, 2024", "The Winter Tenants", "★★★★☆"]
         + details + [""] + Self.paragraphs.flatMap { [$0, ""] } + ["More reviews", "© 2024 The Reel Standard"])
            .joined(separator: "\n")
    }

    static let details = ["Director: Marguerite Osei", "Cast: Adjoa Mensah, Peter Halloran, Saoirse Finnegan", "Runtime: 1h 52m", "Rating: 12A"]

    @Test func aBoxOfDetailsIsNoHeadline() throws {
        let story = try #require(PageParser().parse(page(Self.details), path: "review.txt").stories.first)
        #expect(story.headline == Self.headline)
        #expect(story.paragraphs == Self.paragraphs)
    }

    @Test func aCaptionOverItsCreditIsNoHeadline() throws {
        let caption = ["Adjoa Mensah and Peter Halloran in The Winter Tenants.", "Photograph: Lodestar Pictures"]
        let story = try #require(PageParser().parse(page(caption + Self.details), path: "review.txt").stories.first)
        #expect(story.headline == Self.headline)
        let lines = PageParser.split(page(caption))
        #expect(HeroCaption.captions(among: lines, in: lines).map { lines[$0].text } == [caption[0]])
        // A headline ending in a full stop right over its picture's credit, above its byline,
        // is one (review).
        let essay = PageParser.split(["Opinion", "It’s time to close school streets to cars. All of them.", "Photograph: Getty Images",
                                      "By Ruth Okafor", "Mon 3 Mar 2025"].joined(separator: "\n"))
        #expect(HeroCaption.captions(among: essay, in: essay).isEmpty)
    }

    /// Three rows make a box; a byline and a date of that form carry one on but count for none,
    /// so a headline with a colon over them stays a candidate, as does a title atop the box.
    @Test func threeRowsMakeABoxAndBylinesCountForNone() {
        let box = PageParser.split(["Title: Salt and Static", "Publisher: Harrow & Finch", "Format: ebook", "", "Pages: 384"].joined(separator: "\n"))
        #expect(DetailsBox.rows(among: box, in: box) == [0, 1, 2])
        let header = PageParser.split(["Brexit: what happens next", "Written by: Jane Doe", "Updated: 10:02 GMT", "Director: Sam Ruiz"].joined(separator: "\n"))
        #expect(DetailsBox.rows(among: header, in: header).isEmpty)
        // A title with its label atop the box is no row of it; a label and figures are (review).
        let titled = PageParser.split(["Review: The Cartographer’s Daughter by Helen Ashworth", "Publisher: Harrow & Finch", "Genre: Literary fiction",
                                       "Pages: 384"].joined(separator: "\n"))
        #expect(DetailsBox.rows(among: titled, in: titled) == [1, 2, 3])
        let hours = PageParser.split(["Gründonnerstag: 8 bis 18 Uhr", "Karfreitag: geschlossen", "Ostermontag: geschlossen"].joined(separator: "\n"))
        #expect(DetailsBox.rows(among: hours, in: hours) == [0, 1, 2])
    }
}
