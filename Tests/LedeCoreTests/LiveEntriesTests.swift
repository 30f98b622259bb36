import Foundation
@testable import LedeCore
import Testing

/// A live blog's entries, stamped with their times, are never its headline.
@Suite struct LiveEntriesTests {
    @Test func aTimeOpensAnEntrysHeading() {
        #expect(LiveEntries.opensWithClock("16:40 Army deployed to shore up levee"))
        #expect(LiveEntries.opensWithClock("9.15am Rail line closed between two towns"))
        for text in ["16:40", "2.5 million homes lost power", "2024 in review", "10:30am", "9.90 Euro mehr für das Deutschlandticket"] {
            #expect(!LiveEntries.opensWithClock(text), "\(text)")
        }
    }

    @Test func aStampIsAClocksTimeOrHowLongAgo() {
        for text in ["16:40", "10:42 BST", "1h ago", "2 hours ago", "14.31 GMT", "18h47"] {
            #expect(LiveEntries.isStamp(PageParser.split(text)[0]), "\(text)")
        }
        for text in ["3.4", "2024.02.03", "12 March 2024", "Army deployed"] {
            #expect(!LiveEntries.isStamp(PageParser.split(text)[0]), "\(text)")
        }
    }

    @Test func theBlogsHeadlineIsNoEntrys() {
        let entry = "Around sixty soldiers have arrived at the embankment north of the old mill and are filling sandbags alongside firefighters."
        let text = ["Home", "News", "UK News", "", "Live: Floods sweep river valley as thousands told to leave homes",
                    "Severe flood warnings are in place for eleven communities along the river after two days of record rainfall.",
                    "By Joanna Pike and Sam Okafor", "Key events", "1h ago", "Army deployed to shore up levee", "2h ago",
                    "Rail line closed between two towns", "16:40", "Army deployed to shore up levee", entry,
                    "15:05", "Rail line closed between two towns", entry.replacingOccurrences(of: "sixty soldiers", with: "engineers"),
                    "13:20", "Rest centres open in three schools", entry.replacingOccurrences(of: "sixty soldiers", with: "volunteers"),
                    "Share", "© 2024 The Courier"].joined(separator: "\n")
        let story = PageParser().parse(text, path: "live.txt").stories.first
        #expect(story?.headline == "Live: Floods sweep river valley as thousands told to leave homes")
        // The page's own stamp over the blog's headline, "Updated 4m ago", stamps no entry.
        let updated = PageParser.split(["Updated 4m ago", "Live: Floods sweep river valley", "1h ago", "Army deployed to shore up levee",
                                        "2h ago", "Rail line closed between two towns", "3h ago", "Rest centres open in three schools"].joined(separator: "\n"))
        #expect(LiveEntries.headings(among: updated, in: updated) == [3, 5, 7])
        // A blog that stamps every entry so has its entries stamped (review).
        let stamped = PageParser.split(["Aktualisiert 15:47", "Tor für Hansa!", "Aktualisiert 15:31", "Gelb für Neumann",
                                        "Aktualisiert 15:12", "Anpfiff im Ostseestadion"].joined(separator: "\n"))
        #expect(LiveEntries.headings(among: stamped, in: stamped) == [1, 3, 5])
        // A ticker's item over a headline under a date bar is no blog.
        let lines = PageParser.split(["10:05", "Police name victim of harbour crash", "10:30", "Harbour gates hold after the storm", "By Ana Costa"]
            .joined(separator: "\n"))
        #expect(LiveEntries.headings(among: [lines[1], lines[3]], in: lines).isEmpty)
    }
}
