import Foundation
@testable import LedeCore
import Testing

/// Layouts that split or cut an article, or dress furniture as its headline: a "Read more" saved
/// expanded, a list announced with a colon, an author card, a picture's © credit, a breadcrumb
/// trail run into the headline, a reader comment thread longer than the post, an opening shown twice, a table,
/// a recipe whose ingredients part its introduction from its method.
@Suite struct ParserLayoutTests {
    let parser = PageParser()

    func prose(_ count: Int, about topic: String) -> [String] {
        (1...count).map { "Paragraph \($0) about the \(topic) runs on for long enough, with enough plain words in it, to be read as prose here." }
    }

    @Test func aReadMoreWithTheTextGoingOnBelowItIsOneArticleNotATeaser() {
        let opening = prose(3, about: "data retention bill")
        let rest = prose(8, about: "metadata rules")
        let text = (["Opinion", "", "Media will not buckle over the new data laws", "By Ana Costa", ""] + opening + ["", "Read more", ""] + rest)
            .joined(separator: "\n\n")
        let page = parser.parse(text, path: "p.txt")
        #expect(page.stories.map(\.kind) == [.article])
        #expect(page.stories.first?.headline == "Media will not buckle over the new data laws")
        #expect(page.stories.first?.paragraphs == opening + rest)
    }

    @Test func aTagBoxClosingTheArticleIsNotItsLastPart() {
        // The topics the story is filed under, commas between them, under a heading with a
        // colon: neither is a list the article announced.
        let body = prose(5, about: "ferry timetable")
        let text = (["News", "", "Ferry timetable changes for the winter", "By Ana Costa", ""] + body
                    + ["Read More Stories About:", "Travel, Ferries, harbour, Winter timetable, local news"]).joined(separator: "\n\n")
        #expect(parser.parse(text, path: "p.txt").stories.first?.paragraphs == body)
        // A sentence may end the article on a colon: what it pointed at (a video) is not saved.
        let pointer = "To see the new ferries in action on the harbour this week, watch the footage below:"
        let pointing = (["News", "", "Ferry timetable changes for the winter", "By Ana Costa", ""] + body + [pointer]).joined(separator: "\n\n")
        #expect(parser.parse(pointing, path: "p.txt").stories.first?.paragraphs == body + [pointer])
    }

    @Test func aLineOfTopicsIsATagLine() {
        #expect(ArticleOpening.isTagLine(PageParser.split("Tech, Donald Trump, facebook, Fact Check, fake news, Snopes")[0]))
        // A sentence listing things, and a list of three, are not.
        #expect(!ArticleOpening.isTagLine(PageParser.split("We bought apples, pears, plums, figs and dates.")[0]))
        #expect(!ArticleOpening.isTagLine(PageParser.split("Travel, Ferries, Winter")[0]))
        #expect(!ArticleOpening.isTagLine(PageParser.split("Ferries, the harbour master said on Monday, will run late, and often, all winter")[0]))
    }

    @Test func aReadMoreRightAboveTheBodyDoesNotHideTheHeadlineAboveIt() {
        let body = prose(6, about: "metroid universe")
        let text = (["Kotaku", "Latest", "Reviews", "", "The spectacular story of a game universe", "", "Mama Robotnik", "9/11/13 10:00AM",
                     "", "Read more", ""] + body).joined(separator: "\n")
        let article = parser.parse(text, path: "p.txt").stories.first
        #expect(article?.headline == "The spectacular story of a game universe")
        #expect(article?.paragraphs == body)
    }

    @Test func whatOpensTheRegionAboveADatelineIsHeaderNotBody() {
        let body = prose(6, about: "game subscriptions")
        let dek = "There are more devices, platforms and services to choose from than ever before, and here is how to pick what suits your habit"
        let text = (["Tech", "", "So many ways to play and pay", "", dek, "", "Nov. 19, 2019 8:03 am ET", ""] + body).joined(separator: "\n")
        let article = parser.parse(text, path: "p.txt").stories.first
        #expect(article?.headline == "So many ways to play and pay")
        #expect(article?.paragraphs == body)
        #expect(article?.dek == dek)
    }

    @Test func aLongCommentThreadUnderAShortPostIsNotTheArticle() {
        let post = prose(3, about: "immigration figures")
        // Each comment: its writer and when, a long opinion, and the controls under it.
        let thread = (1...12).flatMap { number in
            ["Reader\(number) • \(number) weeks ago", "",
             "Comment \(number) disagrees with the figures at length and goes on, with many plain words in it and a view of its own, "
                + "about what the numbers leave out, who is counted and who is not, and what the writer has seen where they live.",
             "", "Reply", ""]
        }
        let text = (["News", "Topics", "", "Most of those eligible for relief were born abroad", "By Ana Costa", ""] + post
                    + ["", "24 Comments", ""] + thread + ["About us", "Contact"]).joined(separator: "\n")
        let article = parser.parse(text, path: "p.txt").stories.first
        #expect(article?.headline == "Most of those eligible for relief were born abroad")
        #expect(article?.paragraphs == post)
    }

    @Test func anOpeningThePageShowsTwiceIsReadOnce() {
        let opening = prose(2, about: "holiday films")
        let slides = prose(4, about: "film on the slide")
        // A slideshow: the introduction, then the introduction again over the slides.
        let text = (["Culture", "", "Seven films to watch over the holidays", "By Ana Costa", ""] + opening + [""] + opening
                    + [""] + slides + ["", "Contact us", "About"]).joined(separator: "\n")
        let article = parser.parse(text, path: "p.txt").stories.first
        #expect(article?.headline == "Seven films to watch over the holidays")
        #expect(article?.paragraphs == opening + slides)
    }

    @Test func paragraphsAPageRepeatsOnPurposeStay() {
        let meal = ["Breakfast of oats with one cup of berries and a spoon of honey on top, for the first meal.",
                    "Lunch of chicken with a cup of greens and half a cup of rice, eaten before two in the afternoon."]
        let days = (1...3).flatMap { ["Day \($0) of the plan keeps the same meals as the rest of the week, with water in between them."] + meal }
        let text = (["Food", "", "A week of simple meals", "By Ana Costa", ""] + days + ["", "Contact us", "About"]).joined(separator: "\n\n")
        let article = parser.parse(text, path: "p.txt").stories.first
        #expect(article?.paragraphs == days)
    }

    @Test func aTablesRowsAreItsBodyNeverItsHeadlineOrDek() {
        let rows = ["Pos.\tDriver\tPoints\tWins"] + (1...12).map { "\($0)\tDriver Number\($0)\t\(5000 - $0 * 40)\t\($0 % 4)" }
        let text = (["Racing", "Standings", "", "Season standings", "Friday, 22 October 2010, 20:13", "", "The final standings after 36 races:", ""]
                    + rows + ["", "Contact us", "About"]).joined(separator: "\n")
        let article = parser.parse(text, path: "p.txt").stories.first
        // One paragraph of rows, in columns as wide as their widest cell and two spaces apart,
        // the columns of figures (all but the drivers') flush right.
        let columns = [4, 15, 6, 4]
        let shown = rows.map { row in
            row.split(separator: "\t").enumerated().map { column, cell in
                let padding = String(repeating: " ", count: columns[column] - cell.count)
                return column == 1 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        #expect(article?.paragraphs.last == shown.joined(separator: "\n"))
        let cells = rows.flatMap { $0.split(separator: "\t").map(String.init) }
        #expect(article.map { !cells.contains($0.headline) && !cells.contains($0.dek) && !shown.contains($0.headline) } == true)
    }

    @Test func anAdSlotsLabelAndACopyButtonAreNotBody() {
        let body = prose(6, about: "storm drains")
        let text = (["Storm drains to be widened", "By Ana Costa", ""] + body.prefix(2) + ["", "Advertising", ""] + body.dropFirst(2).prefix(2)
                    + ["", "Copied!", ""] + body.dropFirst(4) + ["", "Contact us"]).joined(separator: "\n")
        #expect(parser.parse(text, path: "p.txt").stories.first?.paragraphs == body)
    }

    @Test func aShareCountOrADateInFiguresIsNoSection() {
        let body = prose(4, about: "stock picks")
        for kicker in ["46", "12.16.14"] {
            let text = (["Markets", "", kicker, "Seven stocks to buy for the new year", "By Ana Costa", ""] + body).joined(separator: "\n")
            let article = parser.parse(text, path: "p.txt").stories.first
            #expect(article?.headline == "Seven stocks to buy for the new year")
            #expect(article?.section != kicker, "\(kicker)")
        }
    }

    @Test func aReadMoreEndingACardIsStillATeaser() {
        let body = prose(8, about: "harbour works")
        let card = ["Ferry timetable changes next month", "Paragraph about the ferry timetable runs on for long enough, with enough words, to be prose."]
        let text = (["Harbour works begin on Monday", "By Ana Costa", ""] + body + [""] + card + ["Read more", "", "Contact us", "About"])
            .joined(separator: "\n")
        let page = parser.parse(text, path: "p.txt")
        #expect(page.stories.map(\.kind) == [.article, .teaser])
        #expect(page.stories.last?.headline == "Ferry timetable changes next month")
    }

    @Test func theItemsOfAListTheArticleAnnouncesStayInIt() {
        let body = prose(6, about: "game update")
        let items = ["New tasks for the game and its players", "More questions to ask your opponent", "Better support for older phones",
                     "Bugs fixed in the scoring screen"]
        let text = (["What the autumn update brings", "By Ana Costa", ""] + body + ["", "What is new in this version:", ""] + items
                    + ["", "", "Contact us", "About"]).joined(separator: "\n")
        let article = parser.parse(text, path: "p.txt").stories.first
        #expect(article?.paragraphs == body + ["What is new in this version:"] + items)
    }

    @Test func anAuthorCardReadAsOneLineIsABylineNotTheHeadline() {
        let body = prose(4, about: "family history fair")
        let text = (["Family history fair offers lessons for all ages", "", "Joanne Anderson By Joanne Anderson", "", "Published 09:40 December 29, 2014", ""] + body)
            .joined(separator: "\n")
        let page = parser.parse(text, path: "p.txt")
        #expect(page.stories.first?.headline == "Family history fair offers lessons for all ages")
        #expect(page.dropped.contains { $0.text == "Joanne Anderson By Joanne Anderson" && $0.reason == .byline })
    }

    @Test func aCopyrightSignWithoutAYearIsAPicturesCreditAndAWithAYearIsNot() {
        let body = prose(4, about: "royal interview")
        let text = (["Royal interview draws criticism", "© REUTERS / POOL", "By Ana Costa", ""] + body + ["", "© 2019 The Daily"])
            .joined(separator: "\n")
        let article = parser.parse(text, path: "p.txt").stories.first
        #expect(article?.credit == "REUTERS / POOL")
        #expect(article?.paragraphs == body)
    }

    @Test func aBreadcrumbTrailRunIntoTheHeadlineIsCutWhenTheHeadlineStandsAloneNearby() {
        let body = prose(4, about: "nail decals")
        let text = (["HomeArticles + ExpertsSkinFive pop culture nail decals to wear this winter", "", "Five pop culture nail decals to wear this winter",
                     "By Ana Costa", ""] + body).joined(separator: "\n")
        #expect(parser.parse(text, path: "p.txt").stories.first?.headline == "Five pop culture nail decals to wear this winter")
    }

    /// A short recipe: its introduction, then the ingredients (short lines the model reads as a
    /// menu) part it from the method, where the body starts.
    func recipe() -> (text: String, paragraphs: [String]) {
        let menu = ["Home", "News", "Sport", "Business", "Culture", "Opinion", "Weather", "Sign in", "Subscribe"]
        let intro = "A simple Sunday roast that needs little more than a lemon, a few sprigs of thyme and an hour in the oven."
        let ingredients = ["Ingredients", "1 whole chicken, about 1.5 kg", "1 lemon, halved", "6 sprigs of thyme", "4 cloves of garlic",
                           "2 tbsp olive oil", "Salt and pepper"]
        let method = ["Method", "Heat the oven to 200C.", "Rub the chicken with oil, salt and pepper.", "Push the lemon halves, thyme and garlic into the cavity.",
                      "Roast for an hour, until the juices run clear.", "Rest for ten minutes before carving."]
        let text = (menu + ["", "Lemon and thyme roast chicken", "By Ana Costa", "12 March 2024", ""] + [intro, ""] + ingredients + [""] + method
                    + ["", "About us", "Contact", "Privacy policy"]).joined(separator: "\n")
        return (text, [intro] + ingredients + method)
    }

    @Test func aRecipesIntroductionAndIngredientsAboveItsMethodAreItsOwn() {
        let (text, paragraphs) = recipe()
        // As saved, and as innerText gives it, without blank lines (which the model reads as less like text).
        for page in [text, text.replacingOccurrences(of: "\n\n", with: "\n")] {
            let article = parser.parse(page, path: "p.txt").stories.first
            #expect(article?.headline == "Lemon and thyme roast chicken")
            #expect(article?.paragraphs == paragraphs)
            #expect(article?.dek == "")
        }
    }
}
