/// A list the article's own text leads into with a colon ("You will need:", "Что понадобится:")
/// and goes on after: a few short lines with no mark and no quantity (tools, names, places; a
/// heading over the steps, "Method", reads as one more), then text, or the next list's lead-in
/// over it ("Préparation :"). The line model reads the items as a menu's entries; in any
/// language the colon says they are the sentence's. Menus are led into by no such line between
/// two paragraphs ("Follow us:" has the article above it, but buttons and boxes below). The
/// lead-ins and the items are raised to `MarkedLists.itemLogit` when the model doubts them more.
enum LeadInLists {
    /// The fewest and most items, and the most words of an item.
    static let minimumItems = 2
    static let maximumItems = 20
    static let maximumWords = 8
    /// The fewest words of the text after the list (a step of a method may be short).
    static let minimumWordsAfter = 4

    /// `logits` with every such list's lead-ins and items raised to `MarkedLists.itemLogit` at least.
    static func lifted(_ logits: [Double], lines: [Line]) -> [Double] {
        var raised = logits
        // (Lines read where they lie, from the lead-ins alone: most lines lead into nothing,
        // and a copy of each line retained its text.)
        lines.withUnsafeBufferPointer { lines in
            /// The next non-blank line after `index`, if any.
            func nonBlank(after index: Int) -> Int? { lines[(index + 1)...].firstIndex { !$0.isBlank } }
            for leadIn in lines.indices where lines[leadIn].edges.contains(.leadIn) && !isFurniture(lines[leadIn]) {
                // The article's text right above the lead-in (a paragraph, or a line the model
                // reads as text), or the lead-in a paragraph of it.
                guard let above = lines[..<leadIn].lastIndex(where: { !$0.isBlank }),
                      logits[above] > 0 || lines[above].isParagraph || lines[leadIn].isParagraph else { continue }
                var lifted = [leadIn]
                var next = nonBlank(after: leadIn)
                while let item = next, lifted.count <= maximumItems, isItem(lines[item]) {
                    lifted.append(item)
                    next = nonBlank(after: item)
                }
                guard lifted.count > minimumItems, var after = next else { continue }
                // The next list's lead-in may part the list from the text that goes on
                // ("Préparation :" over the steps). (A heading, "Порядок действий", is an item.)
                if lines[after].edges.contains(.leadIn), !isFurniture(lines[after]), let text = nonBlank(after: after) {
                    lifted.append(after)
                    after = text
                }
                guard isText(lines[after]), logits[after] > 0 else { continue }
                for index in lifted { raised[index] = max(raised[index], MarkedLists.itemLogit) }
            }
        }
        return raised
    }

    /// A list's item: a few words, no sentence, no lead-in of its own, no furniture, and no
    /// social network's name (a "Follow us:" or "Suivez-nous :" box's buttons).
    private static func isItem(_ line: Line) -> Bool {
        line.wordCount >= 1 && line.wordCount <= maximumWords && !line.endsSentence && !line.edges.contains(.leadIn) && !isFurniture(line)
            && !socialNetworks.contains(line.shortKey)
    }

    /// The buttons of a box that shares the article or follows the site, as short keys.
    static let socialNetworks = KeySet([
        "facebook", "instagram", "x", "twitter", "youtube", "linkedin", "email", "mail", "whatsapp", "telegram", "pinterest", "tiktok",
        "threads", "bluesky", "mastodon", "reddit", "flipboard", "rss", "vk", "line", "xing", "weibo", "wechat", "print", "copylink",
    ])

    /// What the phrase lists call furniture ("Share this:", "Related:", "Posted by:").
    private static func isFurniture(_ line: Line) -> Bool {
        ListFurniture.holds(line) || line.isBylineOrDate
    }

    /// Text that goes on after a list: a paragraph, or a sentence of a few words (a step).
    private static func isText(_ line: Line) -> Bool {
        line.isParagraph || line.endsSentence && line.wordCount >= minimumWordsAfter
    }
}
