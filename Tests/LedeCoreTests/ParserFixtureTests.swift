import Foundation
import LedeCore
import LedeTestSupport
import Testing

/// Pages of shapes other sites use, written for these tests (Tests/Fixtures/parser).
@Suite struct ParserFixtureTests {
    let parser = PageParser()

    func fixture(_ name: String) throws -> Page {
        let url = Fixtures.own("parser/\(name)")
        return parser.parse(try String(contentsOf: url, encoding: .utf8), path: url.path)
    }

    @Test func articleWithBylineKeepsHeadlineAndBodyAndDropsNavCookiesShareAndComments() throws {
        let page = try fixture("article-with-byline.txt")
        #expect(page.stories.count == 1)
        let article = try #require(page.stories.first)
        #expect(article.kind == .article)
        #expect(article.headline == "Council approves new cycle lanes across the old town")
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs.first?.hasPrefix("The city council voted on Tuesday") == true)
        #expect(article.paragraphs.last == "The first section, along the river road, is due to open in the spring of next year, and the council will publish the full timetable next month.")
        #expect(page.dropped.contains { $0.text == "By Maria Lopez" && $0.reason == .byline })
        #expect(page.dropped.contains { $0.text == "Accept all" })
        #expect(page.dropped.contains { $0.text.hasPrefix("Great news, finally") })
    }

    @Test func readMoreAndContinueReadingMakeTeasers() throws {
        let page = try fixture("read-more-teasers.txt")
        #expect(page.stories.map(\.kind) == [.teaser, .teaser])
        #expect(page.stories.map(\.headline) == ["Local lighthouse keeper retires after forty years", "Harbour ferry timetable changes from Monday"])
        #expect(page.stories.map(\.paragraphs.count) == [1, 1])
        // A paragraph each, shown whole: "keep reading" would show nothing more.
        #expect(!page.stories.contains { $0.expandable })
        #expect(page.dropped.filter { $0.reason == .control }.map(\.text) == ["Continue reading", "Read more"])
    }

    @Test func crlfPageGivesTheSameStoryAsLf() throws {
        let crlf = try fixture("crlf-article.txt")
        let url = Fixtures.own("parser/crlf-article.txt")
        let lf = parser.parse(try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n"), path: url.path)
        #expect(crlf.stories == lf.stories)
        #expect(crlf.stories.first?.headline == "Only a headline for a short note")
        #expect(crlf.stories.first?.paragraphs.count == 2)
        #expect(crlf.stories.first?.paragraphs.allSatisfy { !$0.contains("\r") } == true)
    }

    @Test func commentsHeadingEndsTheArticleEvenWhenProseFollows() {
        let prose = "This paragraph is long running prose with many words so that it counts as the body of an article."
        let text = "A headline above the prose\n\n\(prose)\n\n\(prose) Again.\n\n12 Comments\n\nI think this article is wrong and the writer should check the facts before publishing anything else."
        let page = parser.parse(text, path: "c.txt")
        #expect(page.stories.count == 1)
        #expect(page.stories[0].paragraphs == [prose, prose + " Again."])
    }

    @Test func truncatedExcerptsAreNotTheArticle() {
        let text = """
        The real headline of the page

        A short article body sentence that runs long enough to be counted as a paragraph of prose here.

        Other story one
        An excerpt of another story that the site cuts off in the middle of a sentence with an ellipsis […]
        Other story two
        Another excerpt of a different story that the site also cuts off before the end of it so that […]
        """
        let page = parser.parse(text, path: "t.txt")
        #expect(page.stories.first?.headline == "The real headline of the page")
        #expect(page.stories.first?.paragraphs == ["A short article body sentence that runs long enough to be counted as a paragraph of prose here."])
    }

    @Test func headlineRepeatedAsImageAltTextIsOneHeadline() {
        let text = """
        Storm closes the coast road
        Storm closes the coast road
        The coast road was closed on Sunday after waves carried stones and sand across both lanes near the harbour wall.

        Engineers will inspect the sea wall on Monday before the road can open again to traffic and buses.
        """
        let page = parser.parse(text, path: "a.txt")
        #expect(page.stories.count == 1)
        #expect(page.stories[0].headline == "Storm closes the coast road")
        #expect(page.dropped.map(\.reason) == [.imageAltText])
    }

    @Test func pageOfOnlyNavigationIsOneUnsureStory() {
        // A page is never dropped from the list: with nothing that reads as an article, it is
        // shown as it is, marked unsure.
        let page = parser.parse("Home\nWorld\nSport\nSubscribe\nSign in\n", path: "n.txt")
        #expect(page.stories.count == 1)
        #expect(page.stories.first?.isUnsure == true)
        #expect(page.stories.first?.headline == "Home")
        #expect(page.stories.first?.paragraphs == ["Home", "World", "Sport"])  // "Sign in" is a call to action
    }
}
