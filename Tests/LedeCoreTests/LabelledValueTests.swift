@testable import LedeCore
import Testing

/// A value between metadata labels ("From:" over a ministry's name over "Published") is never
/// the headline (QA: a government release was headlined with its department).
@Suite struct LabelledValueTests {
    static let body = (1...4).map {
        "Paragraph \($0) of the release on grid connections for community energy schemes runs on for long enough to be read as prose."
    }

    func headline(_ header: [String]) throws -> String {
        let text = (header + [""] + Self.body.flatMap { [$0, ""] } + ["Contact", "© 2024"]).joined(separator: "\n")
        return try #require(PageParser().parse(text, path: "p.txt").stories.first).headline
    }

    @Test func aDepartmentUnderFromIsNotTheHeadline() throws {
        let title = "New rules to speed up grid connections for community energy projects"
        #expect(try headline(["Home", "Energy", "", title, "", "From:", "Department for Energy Networks and Local Power and The Rt Hon Graham Ellery MP",
                              "Published", "11 June 2024"]) == title)
    }

    @Test func onlyMetadataLabelsMarkAValue() {
        for label in ["From:", "Von:", "Author:", "Published:", "Quelle:"] {
            #expect(LabelledValue.isLabel(PageParser.split(label)[0]), "\(label)")
        }
        for label in ["Reference:", "EXCLUSIVE:", "From", "Analysis:", "From the archive:"] {
            #expect(!LabelledValue.isLabel(PageParser.split(label)[0]), "\(label)")
        }
    }

    /// Nor is a label over the headline alone, its logo not copied ("Quelle:" over a release's
    /// headline, then its byline; review), nor a kicker's ending in a colon.
    @Test func aHeadlineUnderALabelAloneStaysTheHeadline() throws {
        let title = "Mars Facts: Life, Water and Robots on the Red Planet"
        #expect(try headline(["Science", "Reference:", title, "by Charles Choi | November 04, 2014"]) == title)
        let release = "Polizei sucht Zeugen nach Einbruch in Baumarkt in der Kasseler Innenstadt"
        #expect(try headline(["Presseportal", "Quelle:", release, "Polizeidirektion Kassel", "12.03.2024 – 10:15"]) == release)
    }
}
