@testable import LedeCore
import Testing

/// A short line right under the headline and over the byline or date is its subheadline.
@Suite struct SubheadlineTests {
    /// The header of `lines` (top to bottom) with its first line as the headline.
    func header(_ lines: [String]) -> StoryHeader {
        let above = Array(PageParser.split(lines.joined(separator: "\n")).reversed())
        return StoryHeader(above: above, headlineIndex: above.count - 1)
    }

    @Test func aShortLineOverTheDateIsTheDek() {
        let header = header(["Harbour United beat Rovers to reach the top five", "Third win in a row for the home side", "4 December 2026, 21:55"])
        #expect(header.dek?.text == "Third win in a row for the home side")
    }

    /// A credit that byline lists do not know is no dek, nor a line with no byline or date under it.
    @Test func aCreditUnderTheHeadlineIsNoDek() {
        for credit in ["Interview by Oliver Grant", "Reporter: Dedi Kurniawan | Editor: Rina Sari", "الرياض - سارة العتيبي", "İstanbul - AA"] {
            #expect(header(["Harbour United beat Rovers to reach the top five", credit, "4 December 2026, 21:55"]).dek == nil, "\(credit)")
        }
        #expect(header(["Harbour United beat Rovers to reach the top five", "Third win in a row for the home side", "Read the match report"]).dek == nil)
        // A dash before small letters makes no credit, nor does one in a longer subheadline.
        #expect(header(["Harbour United beat Rovers to reach the top five", "Brexit - what happens next", "4 December 2026"]).dek != nil)
        #expect(header(["Harbour United beat Rovers to reach the top five", "Third win in a row - and a clean sheet at last", "4 December 2026"]).dek != nil)
        // A preposition that bylines use, inside a subheadline, makes no credit of it.
        #expect(header(["Valencia aprueba el plan del puerto", "Los vecinos protestan por el ruido", "Por Ana García"]).dek?.text == "Los vecinos protestan por el ruido")
    }
}
