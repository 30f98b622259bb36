@testable import LedeCore
import Testing

/// A box of related links spelt out for screen readers ("list of 3 items", "list 1 of 3", …,
/// "end of list") is no text and parts no article (QA: an Arabic report lost its first two
/// paragraphs above such a box).
@Suite struct ScreenReaderListTests {
    static let prose = (1...6).map { "Paragraph \($0) about the drought in the north runs on for long enough, with plain words in it, to be read as prose." }

    func page(_ box: [String]) -> String {
        (["News", "Middle East", "", "Drought empties the villages of the north", "Published On 7 Dec 2024"] + Self.prose.prefix(2)
         + box + Self.prose.dropFirst(2) + ["Source: Al Jazeera", "© 2024 Al Jazeera Media Network"]).joined(separator: "\n")
    }

    static let box = ["Read also", "list of 3 items", "list 1 of 3", "Iraq launches a plan to ration irrigation water", "list 2 of 3",
                      "Fears of a new wave of rural flight", "list 3 of 3", "Turkey and Iraq discuss Tigris water shares", "end of list"]

    @Test func theListAndItsHeadingAreMarked() {
        let lines = PageParser.split(page(Self.box))
        let marked = ScreenReaderList.lines(in: lines).map { marks in marks.indices.filter { marks[$0] } }
        #expect(marked == Array(7...15))
        // An opening without its end, or a count that is no number, is no list.
        #expect(ScreenReaderList.lines(in: PageParser.split(page(Array(Self.box.dropLast())))) == nil)
        #expect(ScreenReaderList.itemCount(opening: "list of many items") == nil)
        #expect(ScreenReaderList.itemCount(opening: "list of 3 items") == 3)
    }

    @Test func theArticleRunsOnAroundTheList() throws {
        let story = try #require(PageParser().parse(page(Self.box), path: "p.txt").stories.first)
        #expect(story.paragraphs == Self.prose)
    }
}
