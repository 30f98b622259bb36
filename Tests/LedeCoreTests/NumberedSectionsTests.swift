@testable import LedeCore
import Testing

/// A list article's numbered sections, and a numbered box of other stories.
@Suite struct NumberedSectionsTests {
    @Test func sectionsThatCountUpWithTextBetweenAreRaised() {
        let lines = PageParser.split(["1. Snake plant", "Water once a month.", "2. ZZ plant", "Stores water in its roots.", "3. Jade", "Likes sun.",
                                      "4. Aloe", "Low water.", "Home and Garden Weekly"].joined(separator: "\n"))
        let logits = [Double](repeating: -2, count: lines.count)
        let item = MarkedLists.itemLogit
        #expect(NumberedSections.lifted(logits, lines: lines) == [item, item, item, item, item, item, item, item, -2])
    }

    /// A quiz: each numbered question a sentence over its answers, an ad's label between two.
    @Test func aQuizsQuestionsOverTheirAnswersAreSections() {
        let lines = PageParser.split(["1. Which is the highest mountain?", "A) Erciyes", "B) Ağrı", "C) Uludağ",
                                      "2. Which river is the longest?", "A) Fırat", "B) Kızılırmak", "Reklam",
                                      "3. How many provinces are there?", "A) 76", "B) 81", "Gündem Ekspres"].joined(separator: "\n"))
        let logits = [Double](repeating: -2, count: lines.count)
        let item = MarkedLists.itemLogit
        #expect(NumberedSections.lifted(logits, lines: lines) == [Double](repeating: item, count: 8) + [item, -2, -2, -2])
        // Headlines over nothing of their own stay a box.
        let box = PageParser.split(["1. Is the ferry safe?", "2. Will the harbour close?", "3. Who pays for the storm?", "Footer"].joined(separator: "\n"))
        #expect(NumberedSections.lifted([Double](repeating: -2, count: box.count), lines: box) == [Double](repeating: -2, count: box.count))
    }

    @Test func aNumberedBoxOfHeadlinesIsNoSections() {
        let lines = PageParser.split(["Most read", "1. Ferry crews vote to strike", "2. Harbour plan divides the town", "3. Storm closes the coast road",
                                      "4. Council names new harbour master"].joined(separator: "\n"))
        let logits = [Double](repeating: -2, count: lines.count)
        #expect(NumberedSections.lifted(logits, lines: lines) == logits)
        #expect(NumberedSections.number(of: PageParser.split("12. The harbour")[0]) == 12)
        #expect(NumberedSections.number(of: PageParser.split("2026. The year the harbour closed")[0]) == nil)
        #expect(NumberedSections.number(of: PageParser.split("3.5 million visitors came")[0]) == nil)
        #expect(NumberedSections.number(of: PageParser.split("02. Januar 2015, 12:46 Mary Quant erhält den Orden")[0]) == nil)
    }

    /// "Read also" in Swedish, Polish and Italian heads a box of links.
    @Test func readAlsoHeadsABoxInOtherLanguages() {
        for text in ["Läs också", "Czytaj także:", "Leggi anche", "Lire aussi"] {
            #expect(PageParser.split(text)[0].opensLinkBox, "\(text)")
        }
    }
}
