import LedeCore
import Testing

/// "Keep reading" is offered only where it would show more: a teaser of one paragraph is whole
/// collapsed, unless its full article is on another loaded page.
@Suite struct TeaserExpandableTests {
    let parser = PageParser()

    func teaser(_ paragraphs: String) -> Story? {
        parser.parse("A teaser headline about the harbour\n\n\(paragraphs)\n\nRead more\n", path: "t.txt").stories.first
    }

    @Test func aTeaserOfOneParagraphHasNothingMoreToShow() {
        let story = teaser("The harbour master said the gates would be tested again on Monday.")
        #expect(story?.kind == .teaser)
        #expect(story?.expandable == false)
    }

    @Test func aTeaserOfTwoParagraphsKeepsReading() {
        let story = teaser("The harbour master said the gates would be tested again on Monday.\n\nNobody should worry, she said, though the tide would be high all week.")
        #expect(story?.paragraphs.count == 2)
        #expect(story?.expandable == true)
    }

    @Test func aTeaserOfOneParagraphWithItsArticleOnAnotherPageKeepsReading() {
        let library = Library(pages: [
            Page(path: "front.txt", title: "Front", stories: [
                Story(kind: .teaser, headline: "Gates tested on Monday", paragraphs: ["The gates will be tested."]),
                Story(kind: .teaser, headline: "Ferry timetable changes", paragraphs: ["Boats leave later."]),
            ]),
            Page(path: "gates.txt", title: "Gates", stories: [
                Story(kind: .article, headline: "Gates tested on Monday", paragraphs: ["The gates will be tested.", "All of them."]),
            ]),
        ])
        #expect(library.isExpandable(StoryID(0)))
        #expect(!library.isExpandable(StoryID(1)))
        #expect(!library.isExpandable(StoryID(2)))
    }
}
