/// A recipe's card under the writer's story: the densest run is the card (its ingredients and
/// steps), and a strip of the card's short lines (the dish's name again, "Print", "Pin", "Prep
/// Time", "10 minutes", "Servings", "4") parts it from the story above it, which the strip
/// outweighs. The story is the recipe's opening, not another page part.
enum RecipeCard {
    /// Where the story above a run that opens with its ingredients' heading starts: the
    /// paragraphs the model reads as text right above the strip (`strip(above:in:)`), no wall in
    /// it. Nil when the run opens otherwise or no such story is there.
    static func introduction(above region: ClosedRange<Int>, lines: [Line], weights: [Double]) -> Int? {
        guard let heading = region.lazy.filter({ !lines[$0].isBlank }).prefix(openingReach).first(where: { isIngredientsHeading(lines[$0]) }),
              let strip = strip(above: heading, in: lines),
              !strip.contains(where: { weights[$0] <= -ArticleRegion.wallWeight }) else { return nil }
        var start: Int?
        var index = strip.lowerBound - 1
        while index >= 0, lines[index].isBlank || isStoryParagraph(lines[index], weight: weights[index]) {
            if !lines[index].isBlank { start = index }
            index -= 1
        }
        return start
    }

    /// The strip between a story's last paragraph and the ingredients' heading at `heading`
    /// (its first line to the heading's, blank ones too): `stripLines` to `stripReach` non-blank
    /// lines of a few words, no paragraph and no list's item. Nil when a paragraph is nearer or
    /// none is above within reach.
    static func strip(above heading: Int, in lines: [Line]) -> ClosedRange<Int>? {
        var index = heading - 1, passed = 0
        while index >= 0, lines[index].isBlank || !lines[index].isParagraph {
            if !lines[index].isBlank {
                passed += 1
                // (A label, a figure, the dish's name: a list's item or a longer line is the
                // story's, "Tips for …" and its points.)
                guard passed <= stripReach, lines[index].wordCount <= stripWords, MarkedLists.mark(of: lines[index]) == nil else { return nil }
            }
            index -= 1
        }
        guard index >= 0, passed >= stripLines else { return nil }
        return (index + 1)...(heading - 1)
    }

    /// The card's strip inside `region`: under the story and over the first ingredients'
    /// heading, to be left out of the article (its times, servings and buttons read as text
    /// between the story and the ingredients).
    static func strip(in region: ClosedRange<Int>, lines: [Line]) -> ClosedRange<Int>? {
        guard let heading = region.first(where: { lines[$0].wordCount <= headingWords && isIngredientsHeading(lines[$0]) }),
              let strip = strip(above: heading, in: lines), strip.lowerBound > region.lowerBound else { return nil }
        return strip
    }

    /// A paragraph of the story: read as text, and no notice, promotion or button.
    private static func isStoryParagraph(_ line: Line, weight: Double) -> Bool {
        line.isParagraph && weight > 0 && !line.isLegalNotice && !line.isPromotion && !line.isCallToAction && !line.isBylineOrDate
    }

    /// Whether the line is an ingredients' heading: the word alone, maybe with a colon or what
    /// the amounts serve ("Ingredients (serves 4)"), in the languages of the stop-word lists and
    /// in Chinese, Japanese and Korean.
    static func isIngredientsHeading(_ line: Line) -> Bool {
        guard line.wordCount <= headingWords, !line.endsSentence, let first = line.text.utf8.first,
              openingBytes[Int(first &- 0x41 < 26 ? first | 0x20 : first)] else { return false }
        return headings.first(opening: line.lower.isEmpty ? line.text : line.lower) != nil
    }

    /// Per byte, whether a heading opens with it (lowered): most short lines open with none of
    /// them and are turned away before their text is lowered.
    private static let openingBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for text in headings.texts { table[Int(text.utf8.first!)] = true }
        return table
    }()

    static let headings = Prefixes([
        "ingredients", "ingredient list", "zutaten", "ingrédients", "ingredientes", "ingredienti", "ingrediënten", "ingredienser",
        "ingredienset", "składniki", "suroviny", "ingredience", "hozzávalók", "ainekset", "malzemeler", "bahan-bahan", "bahan:",
        "nguyên liệu", "ingrediente", "Ингредиенты", "Інгредієнти", "Υλικά", "材料", "食材", "用料", "재료",
    ])

    /// How far into the run its ingredients' heading may stand (under the card's own heading).
    static let openingReach = 3
    /// The fewest and most non-blank lines of the strip between the story and the card.
    static let stripLines = 4
    static let stripReach = 30
    /// The most words of a strip's line.
    static let stripWords = 6
    /// The most words of an ingredients' heading.
    static let headingWords = 4
}
