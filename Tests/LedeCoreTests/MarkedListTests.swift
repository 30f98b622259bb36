@testable import LedeCore
import Testing

/// Lists whose items open with a mark ("+ Added …", "• …") are the article's, however short
/// and unfinished their items; a blog's archive of marked months is not.
@Suite struct MarkedListTests {
    let changes = [
        "+ Added a dark theme that follows the system setting", "+ Added export of bookmarks as plain text",
        "+ Search is now three times faster on large folders", "+ Added a ruler", "+ Added keyboard shortcuts for every menu",
        "* The window no longer flickers when it is resized", "* Pasting a long link no longer freezes the editor",
        "* Dates in other time zones are shown correctly", "* Fixed a crash on start", "* Lots of other small changes",
    ]

    /// A release announcement that is nothing but its lists of changes.
    @Test func anArticleThatIsAListOfChangesIsKeptWhole() {
        let text = (["Project News", "Powered by Blogs", "", "Version 4.2 - The Quiet Update", ""] + changes
                    + ["", "Newer", "Older", "Official links:", "Project website", "Project on Mastodon"]).joined(separator: "\n")
        let article = PageParser().parse(text, path: "p.txt").stories.first
        #expect(article?.headline == "Version 4.2 - The Quiet Update")
        #expect(article?.paragraphs == changes)
    }

    @Test func aListNeedsThreeItemsInARowMostOfAFewWords() {
        let lines = PageParser.split((changes.prefix(3) + ["", "► 2015 (8)", "► 2014 (12)", "► 2013 (3)", "► November (16)"]).joined(separator: "\n"))
        let lifted = MarkedLists.lifted([Double](repeating: -3, count: lines.count), lines: lines)
        #expect(lifted == [0.5, 0.5, 0.5, -3, -3, -3, -3, -3])
        // Two items are no list yet; a line that only opens with a sign is no item.
        let two = PageParser.split("+ Added a dark theme that follows the system\n+ Added export of bookmarks as plain text\n+3 degrees today in the harbour town")
        #expect(MarkedLists.lifted([-3, -3, -3], lines: two) == [-3, -3, -3])
    }

    @Test func marksBeyondASCIIAreRead() {
        #expect(MarkedLists.mark(of: PageParser.split("• identify an ancestor living at the time")[0]) != nil)
        #expect(MarkedLists.mark(of: PageParser.split("►  2015 (8)")[0]) != nil)
        #expect(MarkedLists.mark(of: PageParser.split("•identify an ancestor")[0]) == nil)
        #expect(MarkedLists.mark(of: PageParser.split("— Jane Doe, on Monday")[0]) == nil)
        // Marks that end in the same byte are told apart ("–" is E2 80 93, "✓" E2 9C 93).
        #expect(MarkedLists.mark(of: PageParser.split("– a dash item")[0]) != MarkedLists.mark(of: PageParser.split("✓ a ticked item")[0]))
    }
}
