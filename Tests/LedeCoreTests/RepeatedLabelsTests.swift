@testable import LedeCore
import Testing

/// Rows of data whose labels come back in each group ("Region north: …" under each holiday),
/// between an article's paragraphs, are its text.
@Suite struct RepeatedLabelsTests {
    static let intro = "The summer holidays have only just begun for many pupils, but for those who plan ahead the dates for next school year are already set."
    static let closing = "Schools may decide for themselves how they fill the May holiday. Most give two weeks off, but some give one and add days elsewhere."
    static let groups = [
        ("Autumn holiday", ["Region north: 26 October to 3 November 2024", "Region middle: 19 to 27 October 2024", "Region south: 19 to 27 October 2024"]),
        ("Christmas holiday", ["All regions: 21 December 2024 to 5 January 2025"]),
        ("Spring holiday", ["Region north: 15 to 23 February 2025", "Region middle: 22 February to 2 March 2025", "Region south: 22 February to 2 March 2025"]),
        ("May holiday", ["All regions: 26 April to 4 May 2025"]),
    ]
    static var rows: [String] { groups.flatMap(\.1) }

    @Test func rowsBetweenParagraphsAreTheArticles() throws {
        let page = ["School holidays 2024-2025: these are the dates for your region", "By Ann Lee", "", Self.intro, ""]
            + Self.groups.flatMap { [$0.0] + $0.1 + [""] } + [Self.closing, "", "Read also: the cabinet's plans for the holidays", "More news"]
        let story = try #require(PageParser().parse(page.joined(separator: "\n"), path: "p.txt").stories.first)
        #expect(story.paragraphs.first == Self.intro && story.paragraphs.last == Self.closing)
        #expect(Self.rows.allSatisfy(story.paragraphs.contains))
    }

    /// A list of schools and what each does today, the same few words after each dash.
    @Test func rowsWhoseValuesRepeatAreTheArticles() throws {
        let schools = ["Hollinsfield Primary School – closed", "St Oswald's CE Primary School, Hollinsfield – closed",
                       "Askrigg Infant School – closing at 12pm", "Kettleby Grammar School – closed to Years 7 to 11, open to Year 12",
                       "Wharfedale Academy – closed", "Skelby Park Primary School – delayed opening, 10.30am", "Skelby Moor Academy – closed"]
        let page = ["Snow in Dalesshire: full list of schools closed today", "By Ann Lee", "", Self.intro, "", "This list will be updated through the morning.", "",
                    "Hollinsfield and Upper Dale"] + schools.prefix(4) + ["", "Skelby and the south"] + schools.dropFirst(4)
            + ["", "Headteachers who want their school added to the list can email the newsdesk, which will update it every hour.", "", "Most read"]
        let story = try #require(PageParser().parse(page.joined(separator: "\n"), path: "p.txt").stories.first)
        #expect(schools.allSatisfy(story.paragraphs.contains))
        // Every school's row is raised, those whose value is their own too (most rows repeat theirs).
        let lines = PageParser.split(page.joined(separator: "\n"))
        let raised = RepeatedLabels.lifted([Double](repeating: -3, count: lines.count), lines: lines)
        #expect(lines.indices.filter { raised[$0] == MarkedLists.itemLogit }.map { lines[$0].text } == schools)
    }

    /// A forum's "Posts:" and "Joined:" over each post come back too, but stand among names and
    /// titles: they are not raised.
    @Test func rowsAmongNamesAreNotRaised() {
        let post = "Our heat pump switches itself off and on again every few minutes in mild weather, and we cannot find out why it does so."
        let page = ["Heat pump cycles", "Holger", "Posts: 37", "Joined: Jan 2023", "Location: Verden", "Heat pump cycles", post, "Top",
                    "Olli", "Posts: 4216", "Joined: Oct 2012", "Location: Bremen", "Re: Heat pump cycles", post, "Top"]
        let lines = PageParser.split(page.joined(separator: "\n"))
        let logits = [Double](repeating: -3, count: lines.count)
        #expect(RepeatedLabels.rows(in: lines).map { rows in rows.indices.filter { rows[$0] == true } } == [2, 3, 4, 9, 10, 11])
        #expect(RepeatedLabels.lifted(logits, lines: lines) == logits)
    }

    @Test func aLabelIsTheTextBeforeItsColonOrDash() {
        let key = { (text: String) in text.withUTF8Bytes(RepeatedLabels.keys)?.label }
        #expect(key("Region North: 26 October") == key("region north: 15 February"))
        #expect(key("Region north: 26 October") != key("Region south: 26 October"))
        // A clock time, a label of ten words or more, no value: no label.
        #expect(key("10:30 Doors open") == nil && key("What the five new rules for the old harbour say: a guide") == nil && key("Contents:") == nil)
    }
}
