@testable import LedeCore
import Testing

/// A reader comment thread under a short post: its headers wall the article's region, so that
/// the comments, prose as they are, do not outweigh the post and join it.
@Suite struct CommentThreadWallTests {
    let post = [
        "The ferry timetable changes on Monday, and the early boat to the island now leaves twenty minutes sooner than before.",
        "Crews asked for the change after a winter of late arrivals, when the tide held the boat at the pier for most of an hour.",
    ]

    /// A thread of `count` comments, each a header and two paragraphs as long as the post's.
    func thread(_ count: Int) -> [String] {
        (1...count).flatMap { number in
            ["On December \(number), 2014, at 10:07 PM, reader\(number) wrote:", "",
             "I have taken that boat for years and the old time suited everyone who works in town, so this change is a step back for us.", "",
             "The council should have asked the people who ride it every morning before they moved the timetable around like this.", "",
             "Next winter will tell whether the crews were right, but until then the rest of us will stand on the pier in the dark.", "",
             "Reply", ""]
        }
    }

    /// A thread of `count` comments under bare names: no header that walls it.
    func namedThread(_ count: Int) -> [String] {
        (1...count).flatMap { number in
            ["Reader \(number)", "",
             "I have taken that boat for years and the old time suited everyone who works in town, so this change is a step back for us.", "",
             "The council should have asked the people who ride it every morning before they moved the timetable around like this.", ""]
        }
    }

    @Test func headersWithAnotherNearbyAreWalls() {
        let lines = PageParser.split(thread(2).joined(separator: "\n"))
        let walls = CommentThread.headers(in: lines)
        // (And the "Reply" under each comment.)
        #expect(walls.map { marks in marks.indices.filter { marks[$0] } } == [0, 8, 10, 18])
        // One header alone is no thread (a quoted line, a single reply).
        #expect(CommentThread.headers(in: PageParser.split(thread(1).dropLast(2).joined(separator: "\n"))) == nil)
    }

    @Test func aHeaderSayingWhenItWasWrittenOnIsOne() {
        // WordPress themes: "Name wrote on <date>:" over each comment.
        let lines = PageParser.split(["Alan Doe  wrote on December 24, 2020 at 3:53 am:", "", "Is the early boat staying?", "",
                                      "Jane Roe  wrote on February 9, 2021 at 10:16 pm:", "", "Thank you for the timetable."].joined(separator: "\n"))
        #expect(CommentThread.headers(in: lines).map { marks in marks.indices.filter { marks[$0] } } == [0, 4])
        // Words about writing are no header without a date and a colon closing them.
        #expect(!PageParser.split("She wrote on the harbour wall in 2020 that the tide was turning.")[0].isCommentFurniture)
        #expect(!PageParser.split("The mayor wrote on Monday:")[0].isCommentFurniture)
    }

    @Test func wordPressHeadersSayingOverADateAreOnes() {
        // WordPress's own template: "Name says:", then the comment's date alone on its line.
        let lines = PageParser.split(["Alan Doe says:", "March 3, 2015 at 10:22 am", "", "Is the early boat staying?", "Reply", "",
                                      "Jane Roe says:", "March 4, 2015 at 8:01 pm", "", "Thank you for the timetable.", "Reply", "",
                                      "Ana Costa dit :", "5 mars 2015 à 9 h 12 min", "", "Merci pour l'horaire."].joined(separator: "\n"))
        // (With the "Reply" under each comment.)
        #expect(CommentThread.headers(in: lines).map { marks in marks.indices.filter { marks[$0] } } == [0, 4, 6, 10, 12])
        // Themes that put the date on the header's own line.
        let inline = PageParser.split(["Alan Doe says: March 3, 2015 at 10:22 am", "Is the early boat staying?", "Reply",
                                       "Jane Roe Says: March 4, 2015 at 8:01 pm", "Thank you for the timetable."].joined(separator: "\n"))
        #expect(CommentThread.headers(in: inline).map { marks in marks.indices.filter { marks[$0] } } == [0, 2, 3])
        #expect("Alan Doe says:".withUTF8Bytes(CommentThread.dateAfterSayWord) == "")
        #expect("says: March 3, 2015".withUTF8Bytes(CommentThread.dateAfterSayWord) == nil)
        // Prose bringing in a quotation says so without a date under it.
        let quoting = PageParser.split(["The harbour master says:", "", "The early boat leaves at six from Monday.", "",
                                        "And the mayor says:", "", "We asked the crews first."].joined(separator: "\n"))
        #expect(CommentThread.headers(in: quoting) == nil)
    }

    @Test func aShortPostKeepsItsTextAndNoneOfTheWordPressComments() {
        let comments = (1...6).flatMap { number in
            ["Reader \(number) says:", "December \(number), 2014 at 10:07 pm", "",
             "I have taken that boat for years and the old time suited everyone who works in town, so this change is a step back for us.", "",
             "The council should have asked the people who ride it every morning before they moved the timetable around like this.", "",
             "Reply", ""]
        }
        let page = (["Early ferry leaves sooner from Monday", "Posted on December 1, 2014", ""] + post.flatMap { [$0, ""] }
                    + comments).joined(separator: "\n")
        let story = PageParser().parse(page, path: "p.txt").stories.first
        #expect(story?.headline == "Early ferry leaves sooner from Monday")
        #expect(story?.paragraphs == post)
    }

    /// One WordPress comment is a thread already, and a thread without blank lines, whose
    /// comments each outweigh a one-paragraph post, leaves the post its article: the run is looked
    /// for above the thread's first header, not above the last (another comment) (QA).
    @Test func aOneParagraphPostKeepsItsTextUnderOneCommentOrAThreadWithoutBlankLines() {
        let post = "The city council approved a new ferry timetable on Thursday, adding two early sailings on weekdays after complaints."
        let comments = [
            "This is great news for those of us who have been standing on the pier at dawn for years waiting for a boat that never came on time, and I hope they keep it up.",
            "I am not convinced. The council promised the same thing two years ago and nothing changed at all, the boats were still late every single morning of the winter.",
            "Does anyone know whether the weekend sailings are changing too? My family travels every Saturday and the last timetable change made us miss the connection twice.",
        ]
        let head = ["Council approves new ferry timetable", "", "By Jane Doe, March 3, 2024", "", post, ""]
        let single = head + ["Mark Smith says:", "March 3, 2024 at 9:10 am", "", comments[0]]
        let packed = head + zip(["Mark Smith", "Linda Jones", "Peter Brown"], comments).enumerated().flatMap { number, comment in
            ["\(comment.0) says:", "March \(3 + number), 2024 at 9:10 am", comment.1]
        }
        for page in [single, packed] {
            let story = PageParser().parse(page.joined(separator: "\n"), path: "p.txt").stories.first
            #expect(story?.headline == "Council approves new ferry timetable")
            #expect(story?.paragraphs == [post])
        }
    }

    /// The thread a run is inside starts at its first header; a header farther up than
    /// `CommentThread.reach` lines from the next (a widget of recent comments) is another thread,
    /// and a run with another wall right above it is in no thread.
    @Test func theThreadARunIsInsideStartsAtItsOwnFirstHeader() {
        let wall = -ArticleRegion.wallWeight
        var headers = [Bool](repeating: false, count: 120), weights = [Double](repeating: 1, count: 120)
        for index in [5, 70, 80, 95] { headers[index] = true; weights[index] = wall }
        #expect(ArticleRegion.threadStart(above: 100, headers: headers, weights: weights) == 70)
        #expect(ArticleRegion.threadStart(above: 60, headers: headers, weights: weights) == 5)
        weights[97] = wall  // a teaser's line, say, between the thread and the run
        #expect(ArticleRegion.threadStart(above: 100, headers: headers, weights: weights) == nil)
    }

    @Test func aShortPostKeepsItsTextAndNoneOfTheComments() {
        // No heading ends the article: the thread follows it right away.
        let page = (["Early ferry leaves sooner from Monday", "By Ana Costa", ""] + post.flatMap { [$0, ""] }
                    + thread(6)).joined(separator: "\n")
        let story = PageParser().parse(page, path: "p.txt").stories.first
        #expect(story?.headline == "Early ferry leaves sooner from Monday")
        #expect(story?.paragraphs == post)
    }

    /// Comments under bare names with "Reply" under each (a dev page's thread cut to its first
    /// three paragraphs came out as a comment): the replies wall them, and the button that opens
    /// such a thread ("View comments (27)") ends the article.
    @Test func repliesUnderEachCommentAndAViewCommentsButtonAreWalls() {
        let lines = PageParser.split(namedThread(2).enumerated().flatMap { index, line in index % 6 == 4 ? [line, "Reply"] : [line] }
            .joined(separator: "\n"))
        #expect(CommentThread.headers(in: lines).map { marks in marks.indices.filter { marks[$0] } } == [5, 12])
        // One "Reply" alone is no thread, nor are an article's "Permalink" links.
        #expect(CommentThread.headers(in: PageParser.split("Reply\n\nThe early boat leaves at six.")) == nil)
        #expect(CommentThread.headers(in: PageParser.split("Permalink\nThe early boat leaves at six.\nPermalink")) == nil)
        #expect(PageParser.split("View comments (27)")[0].endsArticle)
        // In the other languages: "Απάντηση" under each comment, "12 σχόλια:" over them.
        let greek = PageParser.split(namedThread(2).enumerated().flatMap { index, line in index % 6 == 4 ? [line, "Απάντηση"] : [line] }
            .joined(separator: "\n"))
        #expect(CommentThread.headers(in: greek).map { marks in marks.indices.filter { marks[$0] } } == [5, 12])
        for heading in ["12 σχόλια:", "8 комментариев", "5 commentaires", "3 コメント", "Σχόλια", "Комментарии", "댓글", "Comentarii (2)"] {
            #expect(PageParser.split(heading)[0].endsArticle, "\(heading)")
        }
        #expect(PageParser.split("Show all comments")[0].endsArticle)
    }

    @Test func aThreadHeadingThatNamesThePostLeadsBackToIt() {
        // Comments under bare names (no "says:", no date): no header walls them, and the thread
        // outweighs the post many times; its heading names the post's title above (and a box
        // of recent posts names it again).
        let title = "Early ferry leaves sooner from Monday"
        let comments = namedThread(8)
        let page = ["Home", "News", "Travel", "", title, "Share", "Tweet", "Email", ""] + post.flatMap { [$0, ""] }
            + ["Tags: ferries, island", "", "Ana Costa writes about the islands and the boats that serve them for the Harbour Times.", "",
               "Recent posts", title, "Harbour gates to close for winter", "",
               "8 thoughts on “\(title)”", ""] + comments
        let story = PageParser().parse(page.joined(separator: "\n"), path: "p.txt").stories.first
        #expect(story?.headline == title)
        #expect(story.map { Array($0.paragraphs.prefix(2)) } == post)
        #expect(story?.paragraphs.contains { $0.hasPrefix("I have taken that boat") } == false)
        #expect(CommentHeading.namedTitle(in: PageParser.split("8 thoughts on “\(title)”")[0]) == TableOfContents.entryKey(title))
        #expect(CommentHeading.namedTitle(in: PageParser.split("8 Comments")[0]) == nil)
        // A title in no quotes is a post's own ("3 Thoughts on the New MacBook Pro").
        #expect(CommentHeading.namedTitle(in: PageParser.split("3 Thoughts on the New MacBook Pro")[0]) == nil)
        #expect(CommentHeading.namedTitle(in: PageParser.split("3 Responses to \"\(title)\"")[0]) == TableOfContents.entryKey(title))
    }

    @Test func theNamedTitleOverItsBylineIsThePostsNotAPopularBoxs() {
        // A box of popular posts above the post names it with an excerpt: its first line was taken (QA).
        let title = "Early ferry leaves sooner from Monday"
        let comments = namedThread(8)
        let excerpt = "After eight years of double-digging every autumn, I put the spade away for good. My back and my soil are both better for it, and here is how."
        let page = ["Slow Gardener", "Home", "About", title, "Contact", "", "Popular posts", title, excerpt,
                    "The best cheap compost bins, tested over a winter", "I filled six bins with the same kitchen scraps and measured which made compost first.", "",
                    title, "", "Posted on December 1, 2014 by Ana Costa", "", post[0], "", "Share this:", "Facebook", "Twitter", "",
                    "8 thoughts on “\(title)”", ""] + comments
        let story = PageParser().parse(page.joined(separator: "\n"), path: "p.txt").stories.first
        #expect(story?.paragraphs == [post[0]])
    }

    /// A forum thread: the first post, then replies, each under its writer's name and the
    /// thread's title again after "Re: ". The replies, longer than the post and read surer as
    /// text, are no part of it.
    @Test func aForumsRepliesTitledReAreNoPartOfTheFirstPost() throws {
        func reply(_ name: String, posts: Int) -> [String] {
            [name, "Posts: \(posts)", "Re: Heat pump cycles all day in spring", "Post by \(name) » Mon 13 Nov 2023, 20:\(posts % 50 + 10)",
             "Seventy starts a day is too many, \(name) thinks, whatever the installer says about it being normal for a new pump.",
             "Your machine cannot turn itself down far enough, \(name) says: at ten degrees outside the house needs less heat than it gives.",
             "Lower the curve first, which costs nothing, and watch what the pump does for \(posts) days before you change anything else on it.",
             "Back to top"]
        }
        let page = ["Forum index", "Heating", "Heat pump cycles all day in spring", "Post by Jens » Mon 13 Nov 2023, 19:02"] + post
            + ["Thanks and regards", "Back to top"] + reply("Olli", posts: 4216) + reply("Sunny", posts: 891) + reply("Kai", posts: 12)
        let lines = PageParser.split(page.joined(separator: "\n"))
        let walls = try #require(CommentThread.headers(in: lines))
        #expect(lines.indices.filter { walls[$0] && lines[$0].text.hasPrefix("Re: ") }.count == 3)
        // "Re: " before a line that is no title above is no reply's.
        let isReply = { (text: String) in PageParser.split(text).withUnsafeBufferPointer { CommentThread.isReplyTitle(at: 1, in: $0) } }
        #expect(isReply("The ferry timetable\nRE: the Ferry Timetable"))
        #expect(isReply("Яблоня не плодоносит\nОтвет: Яблоня не плодоносит") && isReply("Яблоня не плодоносит\nответ: Яблоня не плодоносит"))
        #expect(!isReply("Ferry news\nRe: the ferry timetable"))
        let story = try #require(PageParser().parse(page.joined(separator: "\n"), path: "forum.txt").stories.first)
        #expect(story.headline == "Heat pump cycles all day in spring")
        #expect(story.paragraphs == post)
    }

    /// A forum whose "Reply" button stands atop the thread, over the first post, and whose
    /// replies are each under their writer, time and "AW: " and the title: the first post.
    @Test func theFirstPostUnderAReplyButtonAtopTheThreadIsTheArticle() throws {
        let question = "Hello all, our heat pump switches itself off and on again every few minutes in mild weather, and we cannot find out why."
        func reply(_ name: String, _ text: String) -> [String] {
            ["Author: \(name)", "Time: 04.01.2025 19:03", "AW: Heat pump cycles all day", text, "Quote", "Reply"]
        }
        let page = ["Forum", "Heating", "Heat pump cycles all day", "Reply", "Author: Holger", "Time: 04.01.2025 18:12", question, "Quote"]
            + reply("Installer", "That is not normal and bad for the compressor in the long run. Most of the time the pump is too big for the house, or the water flow through the floor is throttled by the room thermostats.")
            + reply("Holger", "No buffer tank, the floor heating hangs right on the pump. Three rooms have their own thermostats, which close their loops when it is warm.")
            + reply("Adviser", "Then you have most likely found the cause. With the floor heating on the pump directly, the closed loops leave it too little water to heat, and it stops.")
            + ["New reply", "Back to the forum", "Imprint"]
        let story = try #require(PageParser().parse(page.joined(separator: "\n"), path: "forum.txt").stories.first)
        #expect(story.paragraphs == [question])
    }
}
