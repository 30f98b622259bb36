import Foundation
@testable import LedeCore
import Testing

/// An event's schedule or an episode's chapters, times running forward, are the article's; a
/// feed of the latest stories, newest first, is not.
@Suite struct TimedListsTests {
    let parser = PageParser()

    static let prose = [
        "Our summer meetup is back! This time it is all lightning talks, five minutes each, strictly enforced with a very loud bell.",
        "Anyone can give a talk. Beginners are especially welcome, and topics from past sessions ran from pandas tricks to a cat feeder.",
    ]

    func page(_ list: [String]) -> String {
        (["Find events", "Create events", "Log in", "Bristol Python Meetup: Summer Lightning Talks", "Bristol Python Users", "Follow"]
         + Self.prose + list + ["Tags", "Bristol Events", "Science & Tech", "Terms", "Privacy"]).joined(separator: "\n")
    }

    @Test func aScheduleRunningForwardIsTheArticles() throws {
        let schedule = ["2:00 pm – Doors open, coffee", "2:30 pm – Talks, round one", "3:30 pm – Break", "3:45 pm – Talks, round two", "4:45 pm – Pub"]
        let story = try #require(parser.parse(page(schedule), path: "p.txt").stories.first)
        #expect(story.paragraphs == Self.prose + schedule)
    }

    /// Only items whose times run forward, three or more in a row, each with words, are raised.
    @Test func onlyTimesRunningForwardAreRaised() {
        let lines = PageParser.split(["00:00 Intro and listener mail", "04:30 What London smelled like", "18:15 The engineer's plan",
                                      "14:44 Soldiers accused over abuse claims", "14:32 Artist arrested for dyeing a geyser",
                                      "13:54 Council bans hunting in the park", "13:43 Minister promises sanctions",
                                      "09:00", "10:00", "11:00"].joined(separator: "\n"))
        let raised = TimedLists.lifted([Double](repeating: -3, count: lines.count), lines: lines)
        #expect(raised.map { $0 == MarkedLists.itemLogit } == [true, true, true] + [Bool](repeating: false, count: 7))
    }

    @Test func anItemsTimeIsReadWithItsHalfOfTheDay() {
        func time(_ text: String) -> Int? { text.withUTF8Bytes(TimedLists.openingTime) }
        #expect(time("2:00 pm – Doors open") == 14 * 3600)
        #expect(time("11:30 am Registration") == 11 * 3600 + 30 * 60)
        #expect(time("12:30 am Doors close") == 30 * 60)
        #expect(time("12:30 pm Lunch") == 12 * 3600 + 30 * 60)
        #expect(time("01:02:03 Chapter") == 3600 + 2 * 60 + 3)
        #expect(time("14.30 Uhr Empfang") == 14 * 3600 + 30 * 60)
        #expect(time("14:30") == nil)
        #expect(time("2026 was a year") == nil)
        #expect(time("1:2 ratio") == nil)
    }

    /// A chronicle's timeline, each item opening with its year, years running forward (the same
    /// year twice allowed), is the article's (QA: a fire brigade's chronicle, cut to its last
    /// paragraph); years running back, a feed's, are not raised.
    @Test func aTimelineOfYearsRunningForwardIsTheArticles() throws {
        let timeline = ["1874 Founding of the harbour lifeboat station with twelve volunteers", "1888 The first rowing lifeboat arrives",
                        "1912 A boathouse is built on the north quay", "1912 The crew saves forty people from the steamer Aurora",
                        "1999 The station moves into its new building"]
        let story = try #require(parser.parse(page(timeline), path: "p.txt").stories.first)
        #expect(story.paragraphs == Self.prose + timeline)
        let back = PageParser.split(["2024 Harbour festival breaks records", "2019 New ferry enters service", "2011 Lighthouse restored"].joined(separator: "\n"))
        #expect(TimedLists.lifted([Double](repeating: -3, count: back.count), lines: back).allSatisfy { $0 == -3 })
        #expect(TimedLists.year(of: PageParser.split("2015 was the warmest year on record")[0]) == 2015)
        #expect(TimedLists.year(of: PageParser.split("1874: Founding")[0]) == nil)
    }
}
