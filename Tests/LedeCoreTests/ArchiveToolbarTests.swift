@testable import LedeCore
import Testing

/// A page saved from the Wayback Machine opens with the archive's toolbar, whose collection
/// notes are paragraphs of prose: none of it is the page's, and the page's story is found under it.
@Suite struct ArchiveToolbarTests {
    static let toolbar = [
        "The Wayback Machine - https://web.archive.org/web/20191104033512/https://blog.example.io/2019/10/30/shutting-down/",
        "https://blog.example.io/2019/10/30/shutting-down/", "Go", "6 captures", "04 Nov 2019 - 28 Aug 2022", "Oct\tNOV\tDec", "04",
        "2018\t2019\t2020", "success", "fail", "About this capture", "COLLECTED BY", "Organization: Archive Team",
        "Formed in 2009, the Archive Team is a rogue archivist collective dedicated to saving copies of rapidly dying or deleted websites for the sake of history and digital heritage.",
        "History is littered with hundreds of conflicts over the future of a community, group, location or business that were resolved when one of the parties stepped ahead and destroyed what was there.",
        "This collection contains the output of many Archive Team projects, both ongoing and completed, thanks to the generous providing of disk space by the Internet Archive.",
        "Collection: ArchiveBot: The Archive Team Crowdsourced Crawler", "TIMESTAMPS",
    ]
    static let post = [
        "Example is shutting down", "By Priya Shah and Marco Ruiz · October 30, 2019", "",
        "After four years, we have made the hard decision to shut Example down at the end of November. Your logs stay available for export until then.", "",
        "We started Example to make ferry timetables easy to follow, and thousands of you used it every week on your way to work.", "",
        "We could not find a way to pay for the servers and the data licences that the app needs, and we did not want to fill it with ads.",
    ]

    @Test func thePageUnderTheToolbarIsTheStory() throws {
        let story = try #require(PageParser().parse((Self.toolbar + ["Example Blog", "Product", "Company", ""] + Self.post).joined(separator: "\n"), path: "p.txt").stories.first)
        #expect(story.headline == "Example is shutting down")
        #expect(story.paragraphs == Self.post.filter { !$0.isEmpty && $0.hasSuffix(".") })
    }

    @Test func theToolbarsLinesAreBlankedAndNoOthers() {
        var lines = PageParser.split((Self.toolbar + Self.post).joined(separator: "\n"))
        ArchiveToolbar.blankOut(&lines)
        #expect(lines.prefix(Self.toolbar.count).allSatisfy { $0.isBlank })
        #expect(lines[Self.toolbar.count].text == Self.post[0])
        // A copy with blank lines between the toolbar's, or without its first line, loses it too.
        var spaced = PageParser.split((Self.toolbar.dropFirst().flatMap { [$0, ""] } + Self.post).joined(separator: "\n"))
        ArchiveToolbar.blankOut(&spaced)
        #expect(spaced.prefix(2 * (Self.toolbar.count - 1)).allSatisfy { $0.isBlank })
        // A page that only names the archive in its first line keeps its lines.
        var other = PageParser.split((["The Wayback Machine - https://web.archive.org/ is fifteen years old"] + Self.post).joined(separator: "\n"))
        ArchiveToolbar.blankOut(&other)
        #expect(!other[0].isBlank)
    }

    @Test func aLineHoldingAWebAddressIsNoHeadline() {
        #expect(NotAHeadline.holdsWebAddress("The Wayback Machine - https://web.archive.org/web/2019/https://blog.example.io/"))
        #expect(NotAHeadline.holdsWebAddress("Saved from http://example.com/story"))
        #expect(!NotAHeadline.holdsWebAddress("Ratio: 3:1 for the home side"))
        #expect(!NotAHeadline.holdsWebAddress("Why https matters more than ever"))
        #expect(!NotAHeadline.holdsWebAddress("Redirect http:// to https:// in nginx without a loop"))
    }
}
