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
                     "Najbolji strijelci Hrvatske: Jurić 7, Matić 6, Babić 5", "Rezultatyviausi: Petrauskas 22, Jonaitis 17, Vaitkus 19",
                     "1. Richard Carapaz (EF Education-EasyPost) 5h21'44\"", "Eric García 19', Lamine Yamal 32', Raphinha 34', 45'",
                     "Kane 12’, Musiala 58’, Sané 90+2’", "VIRTUS BOLOGNA 84 - 79 OLIMPIA MILANO", "BOCA JUNIORS 2-1 RIVER PLATE"] {
            #expect(ScoreLine.matches(line(text)), "\(text)")
            #expect(NotAHeadline.applies(to: line(text)), "\(text)")
        }
    }

    /// A headline's score stands alone or with the half-time score; a league's number opens a
    /// headline; a poll's figures without a label, or places', are no tally (review).
    @Test func aHeadlineWithAScoreIsOne() {
        for text in ["Bayern beat Dortmund 3-1 to go top", "3. Liga: Aue schlägt Halle 2:1", "Arsenal 2-1 Chelsea: Saka scores late winner",
                     "Brann – Molde 2–1 (1–0)", "DVSC–PAKSI FC 0–4 (0–2)", "Harris 48, Trump 47, Stein 2, Oliver 1",
                     "Polls open 7:00 (local time) in 12 states", "Storms hit Paris, Lyon 2, Nice 3", "10. Mai 2025",
                     "1. FC Köln schlägt Mainz 2:1", "Bath 27 Saracens 24", "Arsenal 2-1 Chelsea", "ENGLAND WIN 2-1 IN ROME!",
                     "The 90' minute: Kane, 32', and more", "Tour 2025 in 5h", "MATCH REPORT: ARSENAL 2 - 1 CHELSEA",
                     "VIRTUS BOLOGNA 84 - 79 OLIMPIA MILANO: SHENGELIA TRASCINA LE V NERE"] {
            #expect(!ScoreLine.matches(line(text)), "\(text)")
        }
    }

    /// The scorers' minutes under a report's byline, the line nearest its first paragraph, are not
    /// taken for its headline (QA).
    @Test func theScorersMinutesDoNotHeadTheReport() {
        let body = (1...4).map { "Paragraph \($0) of the derby's report runs on for long enough, with plain words in it, to be read as prose." }
        let text = (["Sport", "Fútbol", "Late double gives Barcelona the derby", "By Juan Ruiz",
                     "Eric García 19', Lamine Yamal 32', Raphinha 34', 45'", ""] + body).joined(separator: "\n")
        #expect(PageParser().parse(text, path: "p.txt").stories.first?.headline == "Late double gives Barcelona the derby")
    }
}
