/// An article's list of plain short lines between its text: a checklist under its headings
/// ("The essentials", "Water, at least two liters", "Rain jacket"…), a review's specifications
/// and pros and cons, then the verdict's paragraph. No mark, no quantity, no colon leads into
/// it, so no other list rule sees it; the model reads each item as a menu's entry, and the
/// article was cut at the list, its closing text left out. A menu is not set between two
/// paragraphs of text: the article's text right above and a paragraph right under say the
/// lines are the article's. (Nor are a tag list's single words, or a footer's menu over the
/// publisher's line in the page's last fifth.) The items and that paragraph are raised to
/// `MarkedLists.itemLogit` when the model doubts them more.
enum PlainLists {
    /// The fewest and most items, the most words of an item, and of the items' mean (a menu's
    /// entries are short too, but a box of other stories' headlines is longer).
    static let minimumItems = 4
    static let maximumItems = 40
    static let maximumWords = 10
    static let maximumMeanWords = 5.0
    /// The fewest items one after another, no blank line between: a list's lines are set
    /// together, a comment's name, its time and the thread's heading each apart.
    static let minimumRun = 3
    /// The fewest words of the paragraph after the list, when it is a sentence and no paragraph.
    static let minimumWordsAfter = 8

    /// `logits` with every such list's items, and the text under it, raised to `MarkedLists.itemLogit` at least.
    static func lifted(_ logits: [Double], lines: [Line]) -> [Double] {
        var raised = logits
        lines.withUnsafeBufferPointer { lines in
            var index = 0
            while index < lines.count {
                defer { index += 1 }
                // The article's text, as the model reads it, then a list.
                guard !lines[index].isBlank, logits[index] > 0, lines[index].endsSentence else { continue }
                var items: [Int] = []
                var next = index + 1, run = 0, longestRun = 0
                while next < lines.count, items.count <= maximumItems, lines[next].isBlank || isItem(lines[next]) {
                    run = lines[next].isBlank ? 0 : run + 1
                    longestRun = max(longestRun, run)
                    if !lines[next].isBlank { items.append(next) }
                    next += 1
                }
                guard items.count >= minimumItems, items.count <= maximumItems, longestRun >= minimumRun, next < lines.count,
                      isText(lines[next]), items.count(where: { lines[$0].repeats > 1 }) * 2 <= items.count,
                      Double(items.reduce(0) { $0 + lines[$1].wordCount }) <= maximumMeanWords * Double(items.count),
                      items.count(where: { isTitleCased(lines[$0]) }) * 2 <= items.count(where: { lines[$0].wordCount >= 2 }),
                      items.count(where: { lines[$0].wordCount >= 2 }) * 2 >= items.count,
                      Double(next) < ArticleRegion.footerStart * Double(lines.count) else { continue }
                for item in items + [next] { raised[item] = max(raised[item], MarkedLists.itemLogit) }
                index = next - 1
            }
        }
        return raised
    }

    /// An item: a few words, no sentence but a label's value ("Цена: 24 990 руб."), nothing
    /// the phrase lists call furniture, and no social network's name (a share bar's buttons).
    private static func isItem(_ line: Line) -> Bool {
        line.wordCount >= 1 && line.wordCount <= maximumWords && (!line.endsSentence || isLabelled(line)) && !isFurniture(line)
            && !LeadInLists.socialNetworks.contains(line.shortKey)
    }

    /// A menu's entry as menus write it, its words capitalised ("Housecleaning Tips for Indoor
    /// Allergies"); a list's items are written as sentences are ("Phone with offline map").
    private static func isTitleCased(_ line: Line) -> Bool {
        line.wordCount >= 2 && line.capitalised >= max(2, (2 * line.wordCount + 2) / 3)
    }

    /// A label and its value: the first word ends in a colon.
    private static func isLabelled(_ line: Line) -> Bool {
        line.text.split(separator: " ", maxSplits: 1).first?.hasSuffix(":") == true
    }

    /// Text that goes on after the list: a paragraph, or a sentence of a few words, that is
    /// none of the furniture an article's end has (a legal notice, a promotion, a comment's line).
    private static func isText(_ line: Line) -> Bool {
        (line.isParagraph || line.endsSentence && line.wordCount >= minimumWordsAfter) && !isFurniture(line)
    }

    private static func isFurniture(_ line: Line) -> Bool {
        ListFurniture.holds(line) || line.isBylineOrDate || line.isCaption || line.credit != nil || line.isPromotion
            || line.isLegalNotice || line.isCommentFurniture || line.isAddressField
    }
}
