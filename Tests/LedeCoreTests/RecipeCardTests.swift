@testable import LedeCore
import Testing

/// A recipe's card (ingredients, steps) under the writer's story, a strip of the card's times,
/// servings and buttons between them: the story is the article's opening, the strip is not its
/// text (QA set S).
@Suite struct RecipeCardTests {
    let story = ["This is the stew I make when the fridge is nearly empty and everyone is hungry, and it takes half an hour.",
                 "Serve it with crusty bread for dunking or spoon it over rice, and it keeps in the fridge for four days."]
    let strip = ["Advertisement", "Smoky Chickpea Stew", "Print", "Pin", "Prep Time", "10 minutes", "Cook Time", "25 minutes",
                 "Servings", "4", "Author", "Hannah Okafor"]
    let card = ["Ingredients", "2 tablespoons olive oil", "1 large onion, finely chopped", "4 garlic cloves, thinly sliced",
                "2 teaspoons smoked paprika", "1 can crushed tomatoes", "2 cans chickpeas, drained and rinsed", "2 cups vegetable broth",
                "Instructions",
                "Heat the olive oil in a large pot over medium heat. Add the onion with a pinch of salt and cook, stirring, until soft.",
                "Add the garlic and paprika and cook for a minute, then the tomatoes, chickpeas and broth, and simmer for fifteen minutes.",
                "Stir in the spinach a handful at a time until it wilts, then season with salt, pepper and a splash of sherry vinegar."]

    func page(_ strip: [String]) -> String {
        (["The Tuesday Table", "Recipes", "Smoky Chickpea Stew", "By Hannah Okafor · Published Jan 22, 2024", "Jump to Recipe", ""]
         + story.flatMap { [$0, ""] } + strip + card + ["Tried this recipe?", "You might also like", "Lemony White Bean Soup"])
            .joined(separator: "\n")
    }

    @Test func theStoryAboveTheCardIsTheRecipesOpening() throws {
        let parsed = try #require(PageParser().parse(page(strip), path: "p.txt").stories.first)
        #expect(parsed.headline == "Smoky Chickpea Stew")
        #expect(parsed.paragraphs == story + card)
    }

    @Test func theStripIsFoundOnlyOverAnIngredientsHeading() {
        let lines = PageParser.split(page(strip))
        let heading = lines.firstIndex { $0.text == "Ingredients" }!
        let found = RecipeCard.strip(above: heading, in: lines)
        #expect(found.map { lines[$0].filter { !$0.isBlank }.map(\.text) } == strip)
        #expect(RecipeCard.isIngredientsHeading(PageParser.split("Zutaten (für 4 Personen)")[0]))
        #expect(RecipeCard.isIngredientsHeading(PageParser.split("材料")[0]))
        #expect(!RecipeCard.isIngredientsHeading(PageParser.split("Ingredients matter more than technique, she says.")[0]))
        // Two short lines over the heading are no strip: a subheading and a line of the story.
        let near = PageParser.split([story[0], "", "What you need", "Ingredients"].joined(separator: "\n"))
        #expect(RecipeCard.strip(above: 3, in: near) == nil)
    }
}
