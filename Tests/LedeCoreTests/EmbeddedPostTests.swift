@testable import LedeCore
import Testing

/// An embedded social post's header, time and counts are not the story's paragraphs (QA: five
/// celebrity and tech pages kept "Read 2.1K replies", "Copy link", "♬ original sound - Maya").
@Suite struct EmbeddedPostTests {
    func line(_ text: String) -> Line { PageParser.split(text)[0] }

    @Test func aPostsHeaderAndFooterAreKnown() {
        for header in ["Jessa Monroe (@jessamonroe)", "@glowwithmaya", "Steam Deck (@OnDeck)"] { #expect(EmbeddedPost.isHeader(header), "\(header)") }
        for other in ["Email us (@ our office)", "@", "The minister (@ 10 Downing St)", "Follow us on X @thecourier for more"] {
            #expect(!EmbeddedPost.isHeader(other), "\(other)")
        }
        for footer in ["6:48 PM · Jun 9, 2024", "Copy link", "♬ original sound - Maya", "10:02 · 3 Mar 2024"] { #expect(EmbeddedPost.isFooter(footer), "\(footer)") }
        for other in ["Jun 9, 2024 · 4 min read", "Copying links is easy", "6 things to know · Politics"] { #expect(!EmbeddedPost.isFooter(other), "\(other)") }
    }

    @Test func aPostsFurnitureIsDroppedAndItsWordsAreQuoted() throws {
        let prose = (1...4).map { "Paragraph \($0) about the singer's engagement runs on for long enough, with plain words in it, to be read as prose." }
        let post = ["Jessa Monroe (@jessamonroe)", "said yes before he finished the question", "6:48 PM · Jun 9, 2024", "48.2K", "Reply",
                    "Copy link", "Read 2.1K replies"]
        let text = (["Celebrity", "", "Jessa Monroe is engaged again", "", prose[0], "", prose[1], ""] + post + ["", prose[2], "", prose[3]])
            .joined(separator: "\n")
        let story = try #require(PageParser().parse(text, path: "p.txt").stories.first)
        for furniture in ["Jessa Monroe (@jessamonroe)", "6:48 PM · Jun 9, 2024", "48.2K", "Copy link", "Read 2.1K replies"] {
            #expect(!story.paragraphs.contains(furniture), "\(furniture)")
        }
        #expect(story.paragraphs.filter { $0.hasPrefix("Paragraph") } == prose)
    }

    /// A Facebook post's buttons, "Like", "Comment", "Share" under its counts, are no heading
    /// of the page's comments: the article goes on under the post (QA: a protest report lost
    /// its last six paragraphs under a municipality's post).
    @Test func aPostsCommentButtonEndsNoArticle() throws {
        let prose = (1...6).map { "Paragraph \($0) about the town's water outages runs on for long enough, with plain words in it, to be read as prose." }
        let post = ["Makana Municipality", "Yesterday at 16:20", "WATER SUPPLY UPDATE: Repairs to the pump are ongoing. Residents are urged to use water sparingly.",
                    "👍 112   💬 403   ↪ 58", "Like", "Comment", "Share"]
        let text = (["News", "", "Residents march on city hall as taps run dry", ""] + prose[..<3].flatMap { [$0, ""] } + post + [""]
                    + prose[3...].flatMap { [$0, ""] } + ["© 2024 Cape Media"]).joined(separator: "\n")
        let lines = PageParser.split(text)
        #expect(EmbeddedPost.actionRows(in: lines).map { lines[$0.lowerBound].text } == ["👍 112   💬 403   ↪ 58"])
        let story = try #require(PageParser().parse(text, path: "p.txt").stories.first)
        #expect(story.paragraphs.filter { $0.hasPrefix("Paragraph") } == prose)
        for button in ["Like", "Comment", "Share", "👍 112   💬 403   ↪ 58"] { #expect(!story.paragraphs.contains(button), "\(button)") }
        // The article's last sentence right above a share bar, figures and all, is no post's counts (review).
        let shareBar = PageParser.split((prose + ["Final score: Rovers 3, United 1.", "Like", "Comment", "Share"]).joined(separator: "\n"))
        #expect(EmbeddedPost.actionRows(in: shareBar) == [7...9])
        // A "Comment" heading alone, no button row around it, still ends the article.
        let thread = (["News", "", "Residents march on city hall as taps run dry", ""] + prose[..<3].flatMap { [$0, ""] } + ["Comment", ""]
                      + prose[3...].flatMap { [$0, ""] }).joined(separator: "\n")
        #expect(EmbeddedPost.actionRows(in: PageParser.split(thread)).isEmpty)
    }

    /// A German site's consent placeholder where a post is embedded is furniture (QA).
    @Test func aConsentPlaceholderIsFurniture() {
        for line in ["Empfohlener redaktioneller Inhalt", "Externen Inhalt anzeigen",
                     "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten übermittelt werden."] {
            #expect(PageParser.split(line)[0].isCallToAction, "\(line)")
        }
    }
}
