@testable import LedeCore
import Testing

/// A recipe's lists with their headings, in languages whose units the lists know.
@Suite struct RecipeListHeadingTests {
    /// "Ingredienser" over the quantities, and "Gör så här:" after them leading into the steps.
    @Test func aListsHeadingAndTheNextListsLeadInAreTheArticles() {
        let lines = PageParser.split(["Här är mitt bästa recept på riktigt saftiga kanelbullar, och degen får gärna jäsa länge.", "Ingredienser",
                                      "50 g jäst", "5 dl mjölk", "150 g smör", "Gör så här:", "Smält smöret och värm mjölken till 37 grader."]
            .joined(separator: "\n"))
        let logits = [2.0, -2, -2, -2, -2, -2, 2]
        let item = MarkedLists.itemLogit
        #expect(QuantityLists.lifted(logits, lines: lines) == [2, item, item, item, item, -2, 2])
        let led = PageParser.split(["Voici la recette de la pâte à crêpes de ma grand-mère, la plus simple qui soit.", "Ingrédients :",
                                    "de la farine", "des œufs", "du lait", "Préparation :", "Mélangez la farine et les œufs, puis ajoutez le lait."]
            .joined(separator: "\n"))
        #expect(LeadInLists.lifted(logits, lines: led) == [2, item, item, item, item, item, 2])
    }

    /// A short recipe's method, under its heading, is the list's: its steps are short sentences
    /// the model reads as barely text. The method ends at the first line that is no sentence.
    @Test func theMethodUnderTheQuantitiesIsTheArticles() {
        let lines = PageParser.split(["Malzemeler", "2 su bardağı bulgur", "1 adet soğan", "1 yemek kaşığı salça", "Hazırlanışı", "",
                                      "Soğanı ince doğrayın.", "Bulguru ekleyip karıştırın.", "Afiyet olsun!", "Yorum Yap", "Kısa bir cümle."]
            .joined(separator: "\n"))
        let logits = [Double](repeating: -2, count: lines.count)
        let item = MarkedLists.itemLogit
        #expect(QuantityLists.lifted(logits, lines: lines) == [item, item, item, item, item, -2, item, item, item, -2, -2])
        // One sentence under a heading is no method.
        let one = PageParser.split(["2 su bardağı bulgur", "1 adet soğan", "1 yemek kaşığı salça", "Benzer Tarifler", "Mercimek köftesi nasıl yapılır."]
            .joined(separator: "\n"))
        #expect(QuantityLists.lifted([-2, -2, -2, -2, -2], lines: one) == [item, item, item, -2, -2])
        // Nor are sentences right under the list, with no heading: a product's small print.
        let print = PageParser.split(["2 tbsp nut butter", "1 tsp honey", "1 cup oat milk", "The information on this site is for a US audience.",
                                      "Results vary with effort and diet.", "Consult your physician before any programme."].joined(separator: "\n"))
        #expect(QuantityLists.lifted([-2, -2, -2, -2, -2, -2], lines: print) == [item, item, item, -2, -2, -2])
    }
}
