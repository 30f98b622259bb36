@testable import LedeCore
import Testing

/// A brief of one paragraph on a page without blank lines, then its comments: the model doubts
/// the brief (a share bar above it, an ad's label under it) and reads the comments as prose, but
/// the story is the paragraph under the byline, not a comment under the thread's heading.
@Suite struct BriefOverCommentsTests {
    let brief = "The Bayfront Public Library will stay open until 8 p.m. on Saturdays and open at noon on Sundays starting March 2, the library board announced Wednesday, after a survey found weekend hours were the most common request from patrons."
    let comments = [
        "Finally! I have been asking about Sunday hours for years. With two kids in sports all Saturday, Sunday afternoon is the only time we can get there.",
        "Good news, but I hope they are hiring more staff for this and not just stretching the people they already have.",
        "Will the children's room also be open on Sundays or just the main floor? Last time they added hours, the kids' section stayed closed.",
    ]

    func page(heading: String) -> String {
        (["Bayfront Tribune", "News", "Sports", "Business", "Opinion", "LOCAL", "Library to extend weekend hours starting in March",
          "By Staff Reports", "Feb. 14, 2024", "Share", "Email", brief, "Advertisement", heading, "Newest first"]
         + comments.enumerated().flatMap { ["Reader \($0.offset + 1)", "Feb. 14, 2024 10:\($0.offset)3 a.m.", $0.element, "Reply", "Like"] }
         + ["Load more comments", "© 2024 Bayfront Tribune"])
            .joined(separator: "\n")
    }

    /// Before, the first comment, under its time, was the story, and the brief its dek.
    @Test func theBriefIsTheStoryNotAComment() {
        let story = PageParser().parse(page(heading: "Comments (18)"), path: "brief.txt").stories.first
        #expect(story?.headline == "Library to extend weekend hours starting in March")
        #expect(story?.paragraphs == [brief])
    }

    @Test func theParagraphsAboveAWallUnderAByline() {
        let lines = PageParser.split(page(heading: "Comments (18)"))
        let wall = lines.firstIndex { $0.text == "Comments (18)" }!
        #expect(ArticleRegion.headedParagraphs(above: wall, lines: lines) == 11...11)
        // The comments' own paragraphs are under no byline or date.
        let last = lines.firstIndex { $0.text == "Load more comments" }!
        #expect(ArticleRegion.headedParagraphs(above: last, lines: lines) == nil)
    }
}

/// A comment thread's heading in Japanese, Korean and Hindi ends the article alone or with its
/// count (and the count's counter word, "5件"), not a subheading that opens with the word ("コメント全文", the statement in full).
@Suite struct ThreadHeadingTests {
    @Test(arguments: [("コメント（42）", true), ("コメント", true), ("コメント（5件）", true), ("댓글 12개", true), ("टिप्पणियां (11)", true),
                      ("コメント全文", false), ("コメント（件）", false), ("टिप्पणियां और प्रतिक्रियाएं", false)])
    func endsArticle(heading: String, ends: Bool) {
        #expect(PageParser.split(heading)[0].endsArticle == ends)
    }
}
