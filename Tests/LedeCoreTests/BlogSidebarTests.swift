@testable import LedeCore
import Testing

/// A short blog post under a sidebar of recent posts and recent comments, its comment thread
/// under it headed by the post's title in quotes: the post's title heads it, not a widget's
/// line, and the thread is no part of it (QA: a three-paragraph post was headed "Margaret on
/// What the March bird count told me", then by a blogroll's link, and ran on into the thread).
@Suite struct BlogSidebarTests {
    static let post = [
        "Just a quick one today because I am too excited to write properly. At ten past eight this morning a blue tit went into the nest box by the shed.",
        "This is the first time since 2021 that anything has nested in that box. After two empty years I had half convinced myself it was the fence.",
        "I am going to resist the urge to peer in every five minutes. I am not going to manage it, but I am going to resist.",
    ]

    static let page = (["The Garden at Number Nine", "A small garden in Norwich and a lot of birds", "Recent Posts", "They're back!",
                        "What the March bird count told me", "Hedgehog house, mark two", "Recent Comments", "Jean W on They're back!",
                        "Derek Amos on They're back!", "Margaret on What the March bird count told me", "Blogroll", "Bird Notes from the Broads",
                        "Dave's Moth Trap", "", "Nest box diary", "", "They’re back!", "April 7, 2024 Margaret 6 Comments", ""]
                       + post.flatMap { [$0, ""] }
                       + ["Share this:", "Facebook", "Posted in Nest box diary", "6 thoughts on “They’re back!”", "Jean W", "April 7, 2024 at 9:40 am",
                          "Oh Margaret, how wonderful! I know how disappointed you were the last two springs. We have had great tits in our box for years now.",
                          "Reply", "Derek Amos", "April 7, 2024 at 1:15 pm",
                          "Great news. For what it is worth, I do not think it was the fence panels at all. We had a very quiet couple of years too.",
                          "Reply", "Leave a Reply"]).joined(separator: "\n")

    @Test func theTitleTheThreadNamesHeadsThePost() throws {
        let story = try #require(PageParser().parse(Self.page, path: "post.txt").stories.first)
        #expect(story.headline == "They’re back!")
        #expect(story.paragraphs == Self.post)
    }

    @Test func aShortQuotedTitleUnderACountEndsTheArticle() {
        #expect(PageParser.split("6 thoughts on “They’re back!”")[0].endsArticle)
        // As WordPress writes it in other languages (review: a German blog's thread stayed in its post).
        for heading in ["3 Gedanken zu „Hochbeet im Frühjahr“", "12 réponses à « Le potager en lasagnes »", "4 respuestas a “Huerto urbano”"] {
            let line = PageParser.split(heading)[0]
            #expect(line.endsArticle && CommentHeading.namedTitle(in: line) != nil, "\(heading)")
        }
    }

    @Test func theRecentCommentsWidgetsLinesAreNoHeadlines() {
        let lines = PageParser.split(Self.page)
        let widget = RecentComments.lines(among: lines, in: lines).map { lines[$0].text }
        #expect(widget == ["Jean W on They're back!", "Derek Amos on They're back!", "Margaret on What the March bird count told me"])
    }
}
