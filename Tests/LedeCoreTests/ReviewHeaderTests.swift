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
    }

    /// Three rows make a box; a byline and a date of that form carry one on but count for none,
    /// so a headline with a colon over them stays a candidate.
    @Test func threeRowsMakeABoxAndBylinesCountForNone() {
        let box = PageParser.split(["Title: Salt and Static", "Publisher: Harrow & Finch", "Format: ebook", "", "Pages: 384"].joined(separator: "\n"))
        #expect(DetailsBox.rows(among: box, in: box) == [0, 1, 2])
        let header = PageParser.split(["Brexit: what happens next", "Written by: Jane Doe", "Updated: 10:02 GMT", "Director: Sam Ruiz"].joined(separator: "\n"))
        #expect(DetailsBox.rows(among: header, in: header).isEmpty)
    }
}
