@testable import LedeCore
import Testing

/// A recipe's ingredients ("200 g butter", "4 eggs") are the article's, though each reads as a
/// menu entry; a numbered box of other stories is not.
@Suite struct QuantityListTests {
    let introduction = "This cake is the one my grandmother baked every Sunday when the fishing boats came back in, bright with lemon and soft enough to cut with a spoon."
    let ingredients = ["200 g butter, softened", "200g caster sugar", "4 eggs", "2 unwaxed lemons, zested", "½ tsp salt", "1 tbsp milk"]
    let method = [
        "Heat the oven to 180C and line a 20 cm tin with baking paper.",
        "Beat the butter and sugar until pale, then add the eggs one at a time.",
        "Fold in the flour and the lemon zest, then spoon the batter into the tin.",
        "Bake for 45 minutes, until a skewer pushed into the middle comes out clean.",
    ]

    /// Before the list was read as one, the recipe began at its method, under an ingredient
    /// taken for its headline ("100 g icing sugar"), the introduction and ingredients left out.
    @Test func aRecipeKeepsItsIntroductionAndIngredients() {
        let page = (["Home", "Recipes", "Desserts", "About", "", "Lemon Harbour Cake", "By Ana Costa", "Published March 3, 2024", "",
                     introduction, "", "Ingredients"] + ingredients + ["", "Method"] + method
                    + ["", "Related recipes", "Orange Polenta Cake", "Harbour Fish Pie", "", "© 2024 Harbour Kitchen. All rights reserved."])
            .joined(separator: "\n")
        let story = PageParser().parse(page, path: "cake.txt").stories.first
        #expect(story?.headline == "Lemon Harbour Cake")
        #expect(story?.paragraphs == [introduction, "Ingredients"] + ingredients + ["Method"] + method)
    }

    @Test func itemsOpenWithAQuantityThenAUnitOrAWordInLowerCase() {
        let item = { (text: String) in QuantityLists.item(PageParser.split(text)[0]) }
        #expect(item("200 g butter, softened") == true)
        #expect(item("200g caster sugar") == true)
        #expect(item("1½ cups plain flour") == true)
        #expect(item("1/4 pound celery root, peeled") == true)
        #expect(item("2 EL Olivenöl") == true)
        #expect(item("4 eggs") == false)
        #expect(item("1-2 cloves garlic") == true)
        // A numbered headline, a time, a year, a lone figure, a glued word that is no unit.
        #expect(item("1 Ferry crews vote to strike") == nil)
        #expect(item("3 hours ago") == nil)
        #expect(item("2024") == nil)
        #expect(item("10am tide tables") == nil)
    }

    /// Three items in a row make a list, and one of them at least names a unit: "23 choses
    /// que…" and "8 photos de…" in a box of other stories are counts, not quantities.
    @Test func aListNeedsThreeItemsAndAUnit() {
        let lines = PageParser.split((Array(ingredients.prefix(3)) + ["", "4 eggs", "2 lemons", "", "8 photos de la mer", "23 choses que les marins savent", "15 emojis qui manquent"]).joined(separator: "\n"))
        let lifted = QuantityLists.lifted([Double](repeating: -3, count: lines.count), lines: lines)
        #expect(lifted == [0.5, 0.5, 0.5, -3, -3, -3, -3, -3, -3, -3])
    }
}
