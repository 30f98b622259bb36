import Foundation
@testable import LedeCore
import Testing

/// A sentence of the story set again between its paragraphs in quotation marks is a pull
/// quote, left out of the text; a quoted paragraph said once, and a Japanese section's heading
/// in 「」, are the story's (QA: pull quotes kept on 13 long-form pages).
@Suite struct PullQuoteTests {
    static let paragraphs = [
        "The night train leaves Vienna at a quarter to ten, and most of its passengers are asleep before it reaches the Austrian border.",
        "“There is a particular rhythm to a sleeper at night: long stretches of smooth running, the clatter of points,” the conductor said.",
        "Bookings have doubled since the route reopened, and the operator plans to add a second sleeping car from the spring timetable.",
        "« La main sait où elle est », répète-t-il à ses apprentis, qui mettent des années à apprendre le geste sans regarder le moule.",
    ]

    func page(_ middle: [String]) -> String {
        (["Rail Weekly", "Travel", "All aboard the night train to Zurich", "By Owen Fairbairn", "March 3, 2024", ""]
         + Self.paragraphs.prefix(2).flatMap { [$0, ""] } + middle + Self.paragraphs.dropFirst(2).flatMap { [$0, ""] }
         + ["Share this article", "© 2024 Rail Weekly"]).joined(separator: "\n")
    }

    @Test func aSentenceOfTheStorySetAgainInQuotesIsLeftOut() throws {
        for quote in ["“There is a particular rhythm to a sleeper at night: long stretches of smooth running, the clatter of points”",
                      "« La main sait où elle est »"] {
            let story = try #require(PageParser().parse(page([quote, ""]), path: "p.txt").stories.first)
            #expect(story.paragraphs == Self.paragraphs, "\(quote)")
        }
    }

    @Test func aQuoteSaidOnceIsTheStorys() throws {
        let said = "“We will run this train every night of the year, whatever the weather,” the operator's chief executive said on Monday."
        let once = "“We will run this train every night of the year, whatever the weather brings us”"
        for line in [said, once] {
            let story = try #require(PageParser().parse(page([line, ""]), path: "p.txt").stories.first)
            #expect(story.paragraphs == Array(Self.paragraphs.prefix(2)) + [line] + Self.paragraphs.dropFirst(2), "\(line)")
        }
        #expect("「タイムカードは定時で押せ」".withUTF8Bytes { PullQuote.quotedRange($0) } == nil)
        #expect("«\u{A0}La main sait où elle est\u{A0}»".withUTF8Bytes { PullQuote.quotedRange($0) } == 4..<29)
    }
}
