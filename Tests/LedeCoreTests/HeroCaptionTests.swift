@testable import LedeCore
import Testing

/// The caption and credit of the picture atop an article are no part of its text, in whatever
/// words the credit names the photograph; nor is the site's name under the byline its headline.
@Suite struct HeroCaptionTests {
    let paragraphs = [
        "All public schools in Northfield County are closed on Wednesday as a winter storm moves across the region, the district said late on Tuesday.",
        "The superintendent said buses could not run safely on rural roads, and that teachers would post work online for students who can reach it.",
        "The storm is expected to bring up to a foot of snow by Thursday morning, according to the weather service.",
    ]

    func page(credit: String) -> String {
        (["NORTHFIELD NOW", "News", "Weather", "", "Storm closes every school in Northfield County", "By Ruth Albers", "Northfield Now",
          "Tuesday, January 16, 2024", "", "School buses parked at the district depot on Tuesday morning.", credit, ""]
         + paragraphs.flatMap { [$0, ""] } + ["© 2024 Northfield Now"])
            .joined(separator: "\n")
    }

    /// Before, the caption opened the body; once it was left out, the site's name under the
    /// byline, whose town the body names, was taken for the headline.
    @Test(arguments: ["(Northfield Now / staff)", "Courier photo / Martin Ekberg", "Ảnh minh họa: Báo Sống Khỏe", "تصوير: ليلى منصور"])
    func theCaptionAndItsCreditAreLeftOut(credit: String) {
        let story = PageParser().parse(page(credit: credit), path: "storm.txt").stories.first
        #expect(story?.headline == "Storm closes every school in Northfield County")
        #expect(story?.paragraphs == paragraphs)
    }

    /// A short first paragraph over a line that credits nothing stays the article's.
    @Test func aShortOpeningOverTextStays() {
        let lines = PageParser.split(["Schools are closed.", "Buses will not run", "", paragraphs[0]].joined(separator: "\n"))
        #expect(HeroCaption.lines(opening: 0...3, in: lines) == nil)
        let credited = PageParser.split(["Schools are closed.", "Photo: Ruth Albers", "", paragraphs[0]].joined(separator: "\n"))
        #expect(HeroCaption.lines(opening: 0...3, in: credited) == [0, 1])
    }

    /// On a page without blank lines, under a share bar: the caption is the first sentence, its
    /// credit right above the text's first paragraph.
    @Test func withoutBlankLinesUnderAShareBar() {
        let lines = PageParser.split(["Partager", "Un voilier couché sur le sable, plage de Kerlann.", "Photo Gazette du Littoral", paragraphs[0]]
            .joined(separator: "\n"))
        #expect(HeroCaption.lines(opening: 0...3, in: lines) == [1, 2])
    }

    /// A photograph's word inside another, a slash between names, a word that opens as a label
    /// does ("Ảnh hưởng", influence): no credit, and the short sentence over it is the text's.
    @Test(arguments: ["Le photovoltaïque en plein essor", "macOS / Linux / Windows", "Ảnh hưởng của dịch sởi", "Mehr Geld für Bildung"])
    func noCredit(line: String) {
        let lines = PageParser.split(["Schools are closed.", line, "", paragraphs[0]].joined(separator: "\n"))
        #expect(HeroCaption.isCredit(lines[1]) == false)
        #expect(HeroCaption.lines(opening: 0...3, in: lines) == nil)
    }
}
