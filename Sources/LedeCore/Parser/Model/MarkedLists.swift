/// A list whose items open with the same mark ("+ Added …", "• identify an ancestor …",
/// "* item name"), three items or more in a row, each of a few words at least: an article's own
/// list (release notes, steps, key points). The line model reads each item as it reads a
/// breadcrumb or a menu entry, a short line opening with a mark; but menus are copied without
/// marks (their bullets are styling), and a blog's archive ("► 2015 (8)") has items of a word
/// or two. Such items (two words each at least, half of them `minimumWords`) are raised to
/// `itemLogit` when the model doubts them more.
enum MarkedLists {
    /// The log-odds an item of such a list is raised to: text, though weak text.
    static let itemLogit = 0.5
    /// The fewest items in a row that make a list, and the fewest words of half of them.
    static let minimumItems = 3
    static let minimumWords = 4

    /// `logits` with the items of every such list raised to `itemLogit` at least.
    static func lifted(_ logits: [Double], lines: [Line]) -> [Double] {
        var raised = logits
        var start = 0
        while start < lines.count {
            guard let mark = mark(of: lines[start]) else { start += 1; continue }
            var end = start + 1
            while end < lines.count, self.mark(of: lines[end]) == mark { end += 1 }
            let items = start..<end
            if items.count >= minimumItems, items.allSatisfy({ lines[$0].wordCount >= 2 }),
               items.count(where: { lines[$0].wordCount >= minimumWords }) * 2 >= items.count {
                for index in items { raised[index] = max(raised[index], itemLogit) }
            }
            start = end
        }
        return raised
    }

    /// The mark a list item opens with, followed by a space, as a code: an ASCII mark's byte, or
    /// 0x80 and the place of a wider one in `wideMarks`; nil for a line that opens otherwise.
    /// (Found as the line is read: `Line.Edges.listMark`.)
    static func mark(of line: Line) -> UInt8? {
        line.edges.contains(.listMark) ? line.text.withUTF8Bytes(mark(of:)) : nil
    }

    /// `mark(of:)` of a line's text, given as its bytes.
    static func mark(of bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        guard let first = bytes.first, first == 0x2B || first == 0x2A || first == 0x2D || first == 0xE2 else { return nil }
        if bytes.count > 2, first != 0xE2, bytes[1] == 0x20 || bytes[1] == 0x09 { return first }
        guard bytes.count > 4, bytes[3] == 0x20 || bytes[3] == 0x09 else { return nil }
        return wideMarks.firstIndex { $0.elementsEqual(bytes[0..<3]) }.map { 0x80 + UInt8($0) }
    }

    /// • ▪ ◦ – ► ▸ ✓ ✔ as bytes (three each, each opening with E2; + * - are the ASCII marks).
    private static let wideMarks: [[UInt8]] = ["•", "▪", "◦", "–", "►", "▸", "✓", "✔"].map { Array($0.utf8) }
}
