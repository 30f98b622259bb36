/// A list of related links as a site spells it out for screen readers, inside the article:
/// "list of 3 items", then "list 1 of 3" over each link, then "end of list" (Al Jazeera's
/// "Read also" boxes, in every edition). Its lines are no text, and the box parts no article:
/// the paragraphs above it are the article's as much as those under it.
enum ScreenReaderList {
    /// Per line, whether it is such a list's, with the box's heading right above it (nil when
    /// the page has none).
    static func lines(in lines: [Line]) -> [Bool]? {
        var marks: [Bool]?
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index].wordCount == 4, let count = itemCount(opening: lines[index].text) else { continue }
            // Down to "end of list", the items and their counters between.
            let reach = min(lines.count, index + 2 + count * maximumItemLines + 1)
            guard let end = (index + 1..<reach).first(where: { lines[$0].text == "end of list" }) else { continue }
            var start = index
            if let heading = (0..<index).last(where: { !lines[$0].isBlank }), index - heading <= 2,
               lines[heading].isCallToAction || lines[heading].opensLinkBox { start = heading }
            if marks == nil { marks = [Bool](repeating: false, count: lines.count) }
            for line in start...end { marks![line] = true }
            index = end
        }
        return marks
    }

    /// The most lines of one item: its counter, its link, a blank line.
    static let maximumItemLines = 3

    /// N of a list's opening, "list of N items".
    static func itemCount(opening text: String) -> Int? {
        guard text.hasPrefix("list of "), text.hasSuffix(" items") else { return nil }
        return Int(text.dropFirst(8).dropLast(6)).flatMap { $0 > 0 && $0 <= 20 ? $0 : nil }
    }
}
