import Foundation
@testable import LedeCore
import Testing

/// A sports report's result box under its byline is never its headline (QA: five sport pages
/// took the score, the ranking's first line or the scorers' tally for it).
@Suite struct ScoreLineTests {
    func line(_ text: String) -> Line { PageParser.split(text)[0] }

    @Test func aResultBoxsLinesAreNoHeadline() {
        for text in ["Latvija – Slovākija 3:0 (1:0, 1:0, 1:0)",
                     "„Žalgiris“ – „Rytas“ 93:88 (20:22, 21:19, 18:17, 19:20, pr. 15:10)", "1. Jan Gorjup (SLO) 468,3", "2. Stefan Maier (AVT) 461,0",
                     "Najbolji strijelci Hrvatske: Jurić 7, Matić 6, Babić 5", "Rezultatyviausi: Petrauskas 22, Jonaitis 17, Vaitkus 19"] {
            #expect(ScoreLine.matches(line(text)), "\(text)")
            #expect(NotAHeadline.applies(to: line(text)), "\(text)")
        }
    }

    /// A headline's score stands alone or with the half-time score; a league's number opens a
    /// headline; a poll's figures without a label, or places', are no tally (review).
    @Test func aHeadlineWithAScoreIsOne() {
        for text in ["Bayern beat Dortmund 3-1 to go top", "3. Liga: Aue schlägt Halle 2:1", "Arsenal 2-1 Chelsea: Saka scores late winner",
                     "Brann – Molde 2–1 (1–0)", "DVSC–PAKSI FC 0–4 (0–2)", "Harris 48, Trump 47, Stein 2, Oliver 1",
                     "Polls open 7:00 (local time) in 12 states", "Storms hit Paris, Lyon 2, Nice 3", "10. Mai 2025"] {
            #expect(!ScoreLine.matches(line(text)), "\(text)")
        }
    }

}
