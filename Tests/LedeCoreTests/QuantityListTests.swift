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

    @Test func itemsOpenWithAQuantityThenAUnitOrAWord() {
        let item = { (text: String) in QuantityLists.item(PageParser.split(text)[0]) }
        #expect(item("200 g butter, softened") == true)
        #expect(item("200g caster sugar") == true)
        #expect(item("1½ cups plain flour") == true)
        #expect(item("1/4 pound celery root, peeled") == true)
        #expect(item("2 EL Olivenöl") == true)
        #expect(item("2 msk kanel") == true)
        #expect(item("1 yemek kaşığı un") == true)
        #expect(item("2 łyżki cukru") == true)
        #expect(item("200 г муки") == true)
        #expect(item("4 eggs") == false)
        #expect(item("1-2 cloves garlic") == true)
        // A numbered headline, a time, a year, a lone figure, a glued word that is no unit.
        // A numbered headline is an item without a unit: a list of them is lifted by none.
        #expect(item("1 Ferry crews vote to strike") == false)
        #expect(item("3 hours ago") == nil)
        #expect(item("2024") == nil)
        #expect(item("10am tide tables") == nil)
    }

    /// Italian and Spanish recipes name the ingredient first and its quantity last: those items
    /// name a unit too, and the recipe keeps its introduction, its ingredients and its method
    /// (QA: the method alone was the article, under the first ingredient as its headline).
    @Test func itemsMayCloseWithTheirQuantity() throws {
        let item = { (text: String) in QuantityLists.item(PageParser.split(text)[0]) }
        #expect(item("Maccheroni o rigatoni 320 g") == true)
        #expect(item("Melanzane tonde 2 (circa 700 g)") == true)
        #expect(item("Aglio 1 spicchio") == true)
        #expect(item("Harina de trigo 250g") == true)
        #expect(item("Sale fino q.b.") == true)
        // A count, a year, a score or a rating at a line's end is no quantity.
        #expect(item("Melanzane tonde 2") == nil)
        #expect(item("Rating: 4.5/5") == nil)
        #expect(item("Jewels after Jewels, installation views, 2018") == nil)
        #expect(item("Harbour City 2 (Pryce 86, 89)") == nil)
        let introduction = "La pasta alla Norma è uno dei simboli della cucina siciliana, e in particolare di Catania, dove la preparano tutte le famiglie."
        let ingredients = ["Maccheroni o rigatoni 320 g", "Melanzane tonde 2 (circa 700 g)", "Passata di pomodoro 700 g", "Aglio 1 spicchio",
                           "Ricotta salata 80 g", "Sale fino q.b."]
        let method = ["Lavate le melanzane, tagliatele a cubetti e friggetele poche alla volta in abbondante olio caldo.",
                      "Cuocete la pasta in abbondante acqua salata e scolatela al dente, poi versatela nel sugo.",
                      "Impiattate e completate con le melanzane e abbondante ricotta salata grattugiata."]
        let page = (["Sapori di Casa", "Ricette", "Primi piatti", "Dolci", "Pasta alla Norma", "Difficoltà: Facile", "Preparazione: 20 min",
                     "Salva ricetta", introduction, "Ingredienti"] + ingredients + ["Preparazione"] + method
                    + ["Ricette correlate", "Caponata di melanzane", "Parmigiana di melanzane", "Chi siamo", "Sapori di Casa © 2024"])
            .joined(separator: "\n")
        let story = try #require(PageParser().parse(page, path: "norma.txt").stories.first)
        #expect(story.headline == "Pasta alla Norma")
        #expect(story.paragraphs == [introduction, "Ingredienti"] + ingredients + ["Preparazione"] + method)
        #expect(NotAHeadline.isIngredient(PageParser.split(ingredients[0])[0]))
    }

    /// Three items in a row make a list, and one of them at least names a unit: "23 choses
    /// que…" and "8 photos de…" in a box of other stories are counts, not quantities.
    @Test func aListNeedsThreeItemsAndAUnit() {
        let lines = PageParser.split((["4 eggs", "2 lemons", "", "8 photos de la mer"] + Array(ingredients.prefix(3)) + ["", "Les plus lus", "8 photos de la mer", "23 choses que les marins savent", "15 emojis qui manquent"]).joined(separator: "\n"))
        let lifted = QuantityLists.lifted([Double](repeating: -3, count: lines.count), lines: lines)
        // (Blank lines neither end a list nor part it: the counts above join the ingredients; a
        // heading set apart ends them.)
        #expect(lines.indices.filter { !lines[$0].isBlank }.map { lifted[$0] } == [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, -3, -3, -3, -3])
        let counts = PageParser.split(["8 photos de la mer", "23 choses que les marins savent", "15 emojis qui manquent", "4 eggs"].joined(separator: "\n"))
        #expect(QuantityLists.lifted([-3, -3, -3, -3], lines: counts) == [-3, -3, -3, -3])
    }

    /// German nouns have capitals ("1 Zwiebel"), amounts have spaces ("1 1/2 cups"), a short
    /// line without a quantity can sit among the items ("Salz und Pfeffer"), and blank lines can
    /// part them: the list holds, and no item is taken for the headline (QA).
    @Test func aListHoldsInOtherLanguagesAndLayouts() {
        let german = ["1 kg festkochende Kartoffeln", "2 EL Öl", "1 Zwiebel", "3 EL Essig", "250 ml Brühe", "Salz und Pfeffer", "1 TL Senf"]
        let lines = PageParser.split(german.joined(separator: "\n"))
        #expect(QuantityLists.lifted([Double](repeating: -3, count: lines.count), lines: lines) == [Double](repeating: 0.5, count: lines.count))
        let spaced = PageParser.split(german.prefix(5).joined(separator: "\n\n"))
        let lifted = QuantityLists.lifted([Double](repeating: -3, count: spaced.count), lines: spaced)
        #expect(spaced.indices.filter { !spaced[$0].isBlank }.allSatisfy { lifted[$0] == 0.5 }, "\(lifted)")
        #expect(QuantityLists.item(PageParser.split("1 1/2 cups all-purpose flour")[0]) == true)
        #expect(QuantityLists.item(PageParser.split("1 2 3 go")[0]) == nil)
        #expect(NotAHeadline.isIngredient(PageParser.split("1 1/2 cups all-purpose flour")[0]))
        #expect(!NotAHeadline.isIngredient(PageParser.split("2 cups of coffee a day cut the risk of gout")[0]))
        let cups = ["Classic pancakes", "By Tom Cook, March 3, 2024",
                    "These fluffy pancakes are ready in twenty minutes and make a weekend breakfast that the whole family will queue for.",
                    "Ingredients", "1 1/2 cups all-purpose flour", "2 tablespoons sugar", "1 teaspoon baking powder", "1 egg", "Instructions",
                    "1. Whisk the flour, sugar and baking powder together in a large bowl.", "2. Beat the egg into the milk, then pour it in."]
        let story = PageParser().parse(cups.joined(separator: "\n"), path: "pancakes.txt").stories.first
        // The introduction and the list's heading with it (the heading once fell away, and the introduction with it).
        #expect(story?.paragraphs.prefix(6) == cups[2...7])
        #expect(story.map { !cups[4...7].contains($0.headline) } == true, "\(story?.headline ?? "")")
    }
}
