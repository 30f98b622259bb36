/// A list whose items open with a quantity, a recipe's ingredients above all ("200 g butter",
/// "4 eggs", "1 1/2 cups flour", "2 EL Öl"): three items or more in a row, a short line without
/// a quantity allowed right between two ("Salz und Pfeffer"), and blank lines. The line model reads each item as a menu
/// entry (a short line, no sentence), and a run of them cut a recipe in two, its introduction
/// left out. Items are raised to `MarkedLists.itemLogit` when the model doubts them more: text,
/// though weak text. One item of the list at least names a unit ("1/2 cup"): a box of other
/// stories, numbered ("1 Ferry crews vote to strike") or counting ("23 choses que…"), is no such
/// list; nor is a column of times ("3 hours ago").
enum QuantityLists {
    /// The fewest items in a row that make a list, the most words an item has, and the most a
    /// line between two items has.
    static let minimumItems = 3
    static let maximumWords = 15
    static let gapWords = 6
    /// The most words of the heading right above a list ("Ingredients for four people:") or
    /// of the method's under it, and the fewest sentences of a method.
    static let headingWords = 6
    static let minimumSteps = 2

    /// `logits` with the items of every such list raised to `MarkedLists.itemLogit` at least.
    static func lifted(_ logits: [Double], lines: [Line]) -> [Double] {
        var raised = logits
        // (Lines read where they lie, and most turned away by their words and first byte before
        // a call: a copy of each line retained and released its text.)
        lines.withUnsafeBufferPointer { lines in
            func item(at index: Int) -> Bool? {
                let words = lines[index].wordCount
                guard words >= 2, words <= maximumWords else { return nil }
                return Self.item(lines[index])
            }
            /// A short line, no sentence and no box's heading, right between two items (no blank
            /// line on either side: a heading set apart opens something else).
            func isGap(at index: Int) -> Bool {
                index > 0 && index + 1 < lines.count && lines[index].wordCount <= gapWords && !lines[index].endsSentence
                    && !lines[index].opensLinkBox && item(at: index - 1) != nil && item(at: index + 1) != nil
            }
            /// The list's heading: a short line right above its first item, or a blank line
            /// up ("Ingredienser", "Zutaten:"), no sentence and no box's.
            func heading(above start: Int) -> Int? {
                guard let index = lines[..<start].lastIndex(where: { !$0.isBlank }), start - index <= 2 else { return nil }
                let line = lines[index]
                guard line.wordCount <= headingWords, !line.endsSentence || line.edges.contains(.leadIn), item(at: index) == nil,
                      !line.isCallToAction, !line.opensLinkBox, !line.endsArticle, !line.isBylineOrDate else { return nil }
                return index
            }
            /// The method under the list: a short heading ("Nasıl Yapılır?", "Method"), then
            /// `minimumSteps` sentences or more, one under another, to the first line that is none.
            /// (A short recipe's steps are short sentences the model reads as barely text; without
            /// the heading, what follows a list of quantities may be a product's small print.)
            func method(from start: Int) -> [Int] {
                var found: [Int] = []
                for index in start..<lines.count where !lines[index].isBlank {
                    let line = lines[index]
                    let furniture = line.isCallToAction || line.isBylineOrDate || line.isLegalNotice || line.repeats > 1
                    if found.isEmpty {
                        guard line.wordCount <= headingWords, !line.endsSentence || line.edges.contains(.leadIn) || line.text.hasSuffix("?"),
                              !furniture, !line.opensLinkBox, !line.endsArticle else { return [] }
                    } else if !line.endsSentence || line.wordCount < 2 || furniture {
                        break
                    }
                    found.append(index)
                }
                return found.count > minimumSteps ? found : []
            }
            var start = 0
            while start < lines.count {
                guard var measured = item(at: start) else { start += 1; continue }
                var end = start + 1, items = 1
                while end < lines.count {
                    // (Blank lines part a list's items as often as not: they neither end nor join it.)
                    if lines[end].isBlank {
                        end += 1
                    } else if let next = item(at: end) {
                        measured = measured || next
                        items += 1
                        end += 1
                    } else if isGap(at: end) {
                        end += 1
                    } else {
                        break
                    }
                }
                if items >= minimumItems, measured {
                    for index in start..<end { raised[index] = max(raised[index], MarkedLists.itemLogit) }
                    if let heading = heading(above: start) { raised[heading] = max(raised[heading], MarkedLists.itemLogit) }
                    for index in method(from: end) { raised[index] = max(raised[index], MarkedLists.itemLogit) }
                }
                start = end
            }
        }
        return raised
    }

    /// For a line of a few words that opens with a quantity and then a word, whether it names a
    /// unit ("200 g butter", "200g butter", "2 EL Öl": true; "4 eggs": false); nil for any other line.
    /// The same for a line that names the ingredient first and its quantity last, as Italian
    /// and Spanish recipes write them ("Maccheroni o rigatoni 320 g", "Aglio 1 spicchio",
    /// "Sale fino q.b.").
    static func item(_ line: Line) -> Bool? {
        guard line.wordCount >= 2, line.wordCount <= maximumWords else { return nil }
        let named = line.text.withUTF8Bytes { bytes -> Bool? in
            guard let first = bytes.first, let last = bytes.last else { return nil }
            if first &- 0x30 < 10 || first == 0xC2 || first == 0xE2 { return unitAfterQuantity(bytes) }
            // (Most lines have no figure, nor end in "q.b.": turned away before their bytes are walked.)
            return line.digits > 0 || last == 0x2E ? quantityLast(bytes) : nil
        }
        guard let named, !line.isTableRow, !NotAHeadline.isTimestamp(line) else { return nil }
        return named
    }

    /// For a text that opens with a word and ends with a quantity and its unit, maybe in
    /// brackets ("… 320 g", "… 320g", "… 2 (circa 700 g)", "… q.b."), true; nil for any other text.
    static func quantityLast(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = bytes.first, first &- 0x41 < 26 || first &- 0x61 < 26 || first >= 0xC3 else { return nil }
        var end = bytes.count
        if bytes[end - 1] == 0x29 { end -= 1 }  // )
        guard let space = bytes[..<end].lastIndex(of: 0x20), space > 0 else { return nil }
        let last = UnsafeBufferPointer(rebasing: bytes[(space + 1)..<end])
        guard !last.isEmpty, last.count <= longestUnit + 8 else { return nil }
        // quanto basta, cantidad suficiente: as much as it takes.
        if last.count == 4, last[1] == 0x2E, last[3] == 0x2E, [(0x71, 0x62), (0x63, 0x73)].contains(where: { last[0] | 0x20 == $0.0 && last[2] | 0x20 == $0.1 }) {
            return true
        }
        // (Most lines end in a word with no figure before it, and are turned away by their
        // bytes: only a unit after a figure is looked up.)
        if last[0] &- 0x30 < 10 {
            // "320g". (A figure alone is no item: a count, "Melanzane 2", as much as a year, a
            // score or a rating, "Rating: 4.5/5".)
            let figures = last.prefix { $0 &- 0x30 < 10 || $0 == 0x2C || $0 == 0x2E || $0 == 0x2F }
            guard figures.count < last.count else { return nil }
            return isUnit(UnsafeBufferPointer(rebasing: last[figures.count...])) ? true : nil
        }
        // A unit after a figure of its own: "320 g", "(circa 700 g)".
        let before = (bytes[..<space].lastIndex(of: 0x20) ?? -1) + 1
        guard bytes[before] &- 0x30 < 10 || bytes[before] == 0x28, bytes[before..<space].contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        return isUnit(last) ? true : nil
    }

    /// Whether the bytes are a unit's name, in any case.
    private static func isUnit(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        word.count <= longestUnit && units.contains(String(decoding: word, as: UTF8.self).lowercased())
    }

    /// Whether the text's first byte may open an amount: a digit, or the first of a fraction's.
    static func opensWithFigure(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in bytes.first.map { $0 &- 0x30 < 10 || $0 == 0xC2 || $0 == 0xE2 } ?? false }
    }

    /// For a text that opens with a quantity ("1½", "200", "1 1/2", "1-2") and then a unit, run
    /// into it ("200g") or a word of its own ("200 g", "2 EL"), true; then another word ("4
    /// eggs", "1 Zwiebel"), false; nil for any other text. (Read from bytes: most lines that
    /// open with a figure are dates and scores, turned away at their first bytes.)
    static func unitAfterQuantity(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var index = 0, sawDigit = false
        // The amount: digits and . , / - between them, an en dash, the vulgar fractions, and a
        // space before a fraction's figures ("1 1/2", "1 ½").
        while index < bytes.count {
            let byte = bytes[index]
            if byte &- 0x30 < 10 { sawDigit = true; index += 1 }
            else if byte == 0x2E || byte == 0x2C || byte == 0x2F || byte == 0x2D { index += 1 }
            else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] &- 0xBC < 3 { sawDigit = true; index += 2 }  // ¼ ½ ¾
            else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x85, bytes[index + 2] &- 0x90 < 15 { sawDigit = true; index += 3 }  // ⅐…⅞
            else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 { index += 3 }  // –
            else if byte == 0x20, sawDigit, index + 1 < bytes.count, bytes[index + 1] &- 0x30 < 10 || bytes[index + 1] == 0xC2 || bytes[index + 1] == 0xE2,
                    isFraction(bytes, from: index + 1) { index += 1 }
            else { break }
        }
        guard sawDigit, index < bytes.count else { return nil }
        // A unit run into the amount ("200g", "2tbsp").
        let glued = bytes[index...].prefix { $0 &- 0x41 < 26 || $0 &- 0x61 < 26 }
        if !glued.isEmpty {
            guard isUnit(UnsafeBufferPointer(rebasing: glued)) else { return nil }
            index += glued.count
        }
        guard index < bytes.count, bytes[index] == 0x20 else { return nil }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count else { return nil }
        if !glued.isEmpty { return true }
        let word = bytes[index...].prefix { $0 != 0x20 }
        if isUnit(UnsafeBufferPointer(rebasing: word)) { return true }
        // A word, in any case (German writes its nouns with a capital): not a figure or a sign.
        return bytes[index] &- 0x61 < 26 || bytes[index] &- 0x41 < 26 || bytes[index] >= 0xC3 ? false : nil
    }

    /// Whether a fraction's figures start at `start`: digits and a slash ("1/2"), or a vulgar
    /// fraction ("½"); a second whole number ("1 2") is none.
    private static func isFraction(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        if bytes[start] == 0xC2 || bytes[start] == 0xE2 { return start + 1 < bytes.count && (bytes[start + 1] &- 0xBC < 3 || bytes[start + 1] == 0x85) }
        let figures = bytes[start...].prefix { $0 &- 0x30 < 10 }
        return start + figures.count < bytes.count && bytes[start + figures.count] == 0x2F
    }

    /// Units of measure, lower-cased: metric and imperial, and a kitchen's cups, spoons and
    /// pinches in the languages of the stop-word lists most written ("EL" is a German tablespoon,
    /// "msk" a Swedish one; Turkish counts "1 adet" and measures "1 su bardağı", "1 yemek kaşığı").
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
        "msk", "tsk", "krm", "st", "nypa", "klyfta", "klyftor", "spsk", "ss", "ts", "fedd", "stk",
        "łyżka", "łyżki", "łyżek", "łyżeczka", "łyżeczki", "szklanka", "szklanki", "szczypta", "ząbek", "ząbki", "dag",
        "lžíce", "lžička", "lžičky", "hrnek", "špetka", "stroužek", "stroužky", "ks",
        "г", "кг", "мл", "л", "ст.", "ч.", "шт", "шт.", "стакан", "стакана", "зубчик", "зубчика", "щепотка", "пучок",
        "adet", "su", "yemek", "çay", "tatlı", "kaşık", "bardak", "gr", "paket", "diş", "tutam",
        "sdm", "sdt", "gelas", "siung", "butir", "batang", "lembar", "ons",
        "muỗng", "thìa", "chén", "bát", "gam", "tép",
        "evőkanál", "teáskanál", "csipet", "gerezd", "db",
        "lingură", "linguri", "linguriță", "cană", "căni", "cățel",
        "كوب", "ملعقة", "ملاعق", "غرام", "جرام",
    ]
    /// The bytes of the longest (a longer word is looked up in none).
    static let longestUnit = units.map(\.utf8.count).max()!
}
