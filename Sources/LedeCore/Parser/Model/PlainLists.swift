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
                // Counted as the items are passed (no array of them: most runs end at once).
                var next = index + 1, run = 0, longestRun = 0
                var items = 0, repeated = 0, words = 0, titleCased = 0, multiword = 0
                while next < lines.count, items <= maximumItems, lines[next].isBlank || isItem(lines[next]) || Phrases.isAdLabel(lines[next]) {
                    let line = lines[next]
                    next += 1
                    // (An ad slot's label, set into the list as into any text, is passed as a blank line is.)
                    guard !line.isBlank, !Phrases.isAdLabel(line) else { run = 0; continue }
                    run += 1
                    longestRun = max(longestRun, run)
                    items += 1
                    words += line.wordCount
                    if line.repeats > 1 { repeated += 1 }
                    if line.wordCount >= 2 { multiword += 1 }
                    if isTitleCased(line) || line.wordCount == 1 && line.capitalised == 1, !isLabelledValue(line) { titleCased += 1 }
                }
                guard items >= minimumItems, items <= maximumItems, longestRun >= minimumRun, next < lines.count,
                      repeated * 2 <= items, Double(words) <= maximumMeanWords * Double(items),
                      titleCased * 2 <= items, multiword * 2 >= items,
                      Double(next) < ArticleRegion.footerStart * Double(lines.count), isText(lines[next]),
                      !ArticleRegion.isComment(next...next, lines: lines) else { continue }
                for item in (index + 1)...next where !lines[item].isBlank && !Phrases.isAdLabel(lines[item]) {
                    raised[item] = max(raised[item], MarkedLists.itemLogit)
                }
                index = next - 1
            }
        }
        return raised
    }

    /// An item: a few words, no sentence but a label's value ("Цена: 24 990 руб."), nothing
    /// the phrase lists call furniture, and no social network's name (a share bar's buttons).
    private static func isItem(_ line: Line) -> Bool {
        line.wordCount >= 1 && line.wordCount <= maximumWords && (!line.endsSentence || isLabelled(line)) && !isFurniture(line)
            && (line.wordCount > 2 || !LeadInLists.socialNetworks.contains(line.shortKey))
    }

    /// A menu's entry as menus write it, its words capitalised ("Housecleaning Tips for Indoor
    /// Allergies"); a list's items are written as sentences are ("Phone with offline map"). (A
    /// capitalised word alone counts with these in `lifted`: most of a list's items are
    /// phrases, most of a menu's or a download box's names, "Windows", "Linux", "Android".)
    private static func isTitleCased(_ line: Line) -> Bool {
        line.wordCount >= 2 && line.capitalised >= max(2, (2 * line.wordCount + 2) / 3)
    }

    /// A label and its value somewhere in the line, "Staubbeutel Station: 3 Liter": a
    /// specification, which no menu's entry is, whatever its capitals (German writes every
    /// noun so, and a review's table of figures counted as a menu's entries).
    private static func isLabelledValue(_ line: Line) -> Bool {
        line.text.withUTF8Bytes { bytes in
            guard bytes.count >= 3 else { return false }
            return (1..<(bytes.count - 1)).contains { bytes[$0] == 0x3A && bytes[$0 + 1] == 0x20 }
        }
    }

    /// A label and its value: the first word ends in a colon.
    private static func isLabelled(_ line: Line) -> Bool {
        line.text.split(separator: " ", maxSplits: 1).first?.hasSuffix(":") == true
    }

    /// Text that goes on after the list: a paragraph, or a sentence of a few words, that is
    /// none of the furniture an article's end has (a legal notice, a promotion, a comment's line;
    /// `lifted` asks apart whether a comment's "Reply" is under it).
    private static func isText(_ line: Line) -> Bool {
        (line.isParagraph || line.endsSentence && line.wordCount >= minimumWordsAfter) && !isFurniture(line)
    }

    /// (A time alone in words and figures, "I dag kl. 14.05", and a writer's address are a
    /// header's, under its byline; a table's figures, "14.212", "31,4 %", are a list's.)
    private static func isFurniture(_ line: Line) -> Bool {
        ListFurniture.holds(line) || line.isBylineOrDate || line.isCaption || line.credit != nil || line.isPromotion
            || line.isLegalNotice || line.isCommentFurniture || line.isAddressField || NotAHeadline.isTimestamp(line) && line.text.hasAlphabeticScalar
            || NotAHeadline.holdsEmailAddress(line.text)
    }
}
