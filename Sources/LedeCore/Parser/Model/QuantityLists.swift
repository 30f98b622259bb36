/// A list whose items open with a quantity, a recipe's ingredients above all ("200 g butter",
/// "4 eggs", "½ tsp salt", "1-2 cloves garlic, crushed"): three items or more in a row. The line
/// model reads each item as a menu entry (a short line, no sentence), and a run of them cut a
/// recipe in two, its introduction left out. Items are raised to `MarkedLists.itemLogit` when
/// the model doubts them more: text, though weak text. What follows an item's number is a unit
/// or a word in lower case, and one item of the list at least names a unit ("1/2 cup"): a box of
/// other stories, numbered ("1 Ferry crews vote to strike") or counting ("23 choses que…"), is
/// no such list; nor is a column of times ("3 hours ago").
enum QuantityLists {
    /// The fewest items in a row that make a list, and the most words an item has.
    static let minimumItems = 3
    static let maximumWords = 15

    /// `logits` with the items of every such list raised to `MarkedLists.itemLogit` at least.
    static func lifted(_ logits: [Double], lines: [Line]) -> [Double] {
        var raised = logits
        var start = 0
        while start < lines.count {
            guard var measured = item(lines[start]) else { start += 1; continue }
            var end = start + 1
            while end < lines.count, let next = item(lines[end]) { measured = measured || next; end += 1 }
            if end - start >= minimumItems, measured {
                for index in start..<end { raised[index] = max(raised[index], MarkedLists.itemLogit) }
            }
            start = end
        }
        return raised
    }

    /// For a line of a few words that opens with a quantity and then a unit or a word in lower
    /// case, whether it names a unit ("200 g butter", "200g butter": true; "4 eggs": false); nil
    /// for any other line.
    static func item(_ line: Line) -> Bool? {
        guard line.wordCount >= 2, line.wordCount <= maximumWords, let first = line.text.utf8.first,
              first &- 0x30 < 10 || first == 0xC2 || first == 0xE2 else { return nil }
        guard let (unit, rest) = afterQuantity(line.text), let next = rest.first,
              !line.isTableRow, !NotAHeadline.isTimestamp(line) else { return nil }
        if unit { return true }
        if units.contains(rest.prefix { $0 != " " }.lowercased()) { return true }
        // (An ASCII lower-case letter: "4 eggs".)
        return next.isASCII && next.isLowercase ? false : nil
    }

    /// Whether a unit is run into a leading quantity ("200g", "2tbsp"), and the text after the
    /// quantity and the space after it ("1½ cups salt" → "cups salt"); nil when the line opens otherwise.
    static func afterQuantity(_ text: String) -> (unit: Bool, rest: Substring)? {
        var rest = Substring(text)
        let amount = rest.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == "/" || $0 == "-") || fractions.contains($0) || $0 == "–" }
        guard amount.contains(where: { $0.isNumber }) else { return nil }
        rest = rest.dropFirst(amount.count)
        // A unit run into the amount ("200g", "2tbsp") is the item's unit.
        let glued = rest.prefix { $0.isLetter }
        if !glued.isEmpty {
            guard units.contains(glued.lowercased()) else { return nil }
            rest = rest.dropFirst(glued.count)
        }
        guard rest.first == " " else { return nil }
        return (!glued.isEmpty, rest.drop { $0 == " " })
    }

    /// The vulgar fractions recipes write: ½ ⅓ ⅔ ¼ ¾ ⅛.
    static let fractions: Set<Character> = ["½", "⅓", "⅔", "¼", "¾", "⅛", "⅜", "⅝", "⅞"]

    /// Units of measure, lower-cased: metric and imperial, and a kitchen's cups, spoons and
    /// pinches in the languages of the stop-word lists most written ("EL" is a German tablespoon).
    static let units: Set<String> = [
        "g", "kg", "mg", "ml", "cl", "dl", "l", "oz", "lb", "lbs", "tbsp", "tsp", "tbs", "pt", "qt",
        "gram", "grams", "kilo", "kilos", "litre", "litres", "liter", "liters", "ounce", "ounces", "pound", "pounds",
        "cup", "cups", "tablespoon", "tablespoons", "teaspoon", "teaspoons", "pinch", "clove", "cloves", "can", "cans",
        "el", "tl", "esslöffel", "teelöffel", "prise", "bund", "zehe", "zehen", "tasse", "tassen", "stück",
        "cuillère", "cuillères", "pincée", "gousse", "gousses", "verre",
        "cucharada", "cucharadas", "cucharadita", "cucharaditas", "taza", "tazas", "pizca", "diente", "dientes",
        "colher", "colheres", "xícara", "xícaras", "pitada", "dente", "dentes",
        "cucchiaio", "cucchiai", "cucchiaino", "cucchiaini", "pizzico", "spicchio", "spicchi", "bicchiere",
        "eetlepel", "theelepel", "snufje", "teentje", "teentjes",
    ]
}
