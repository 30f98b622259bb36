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

    /// A German site's consent placeholder where a post is embedded is furniture (QA).
    @Test func aConsentPlaceholderIsFurniture() {
        for line in ["Empfohlener redaktioneller Inhalt", "Externen Inhalt anzeigen",
                     "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten übermittelt werden."] {
            #expect(PageParser.split(line)[0].isCallToAction, "\(line)")
        }
    }
}
