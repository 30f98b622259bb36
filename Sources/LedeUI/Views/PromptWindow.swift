import LedeCore

/// The part of a query the search prompt shows in its columns, always with the cursor in it:
/// `…` stands for text cut off either side. Widths are display columns, so a wide CJK character
/// takes two and is never cut in half.
///
/// A query that fits shows whole. With the cursor in its end, the end shows (what is being
/// typed, as before the cursor could move); further back, the query shows in windows half the
/// prompt's width apart, the first that holds the cursor, so the text jumps by half a prompt
/// when the cursor reaches an edge rather than sliding under it at each key.
struct PromptWindow: Equatable {
    /// What to draw.
    var text: String
    /// Columns from the window's start to the cursor's cell.
    var cursorColumn: Int

    init(query: String, cursor: Int, width: Int) {
        let characters = Array(query)
        // Columns before each character (and after the last), so any stretch's width is a subtraction.
        var before = [0]
        for character in characters { before.append(before[before.count - 1] + DisplayWidth.of(character)) }
        let cursor = min(max(0, cursor), characters.count)
        func columns(_ range: Range<Int>) -> Int { before[range.upperBound] - before[range.lowerBound] }
        func shown(_ range: Range<Int>) -> String { String(characters[range]) }

        if columns(0..<characters.count) <= width {
            self.init(text: query, cursorColumn: columns(0..<cursor))
            return
        }
        // The end, as much as fits after a leading "…".
        var tailStart = characters.count
        while tailStart > 0, 1 + columns((tailStart - 1)..<characters.count) <= width { tailStart -= 1 }
        if cursor >= tailStart {
            self.init(text: "…" + shown(tailStart..<characters.count), cursorColumn: 1 + columns(tailStart..<cursor))
            return
        }
        // Windows every half prompt from the start, each with room for a "…" at the end.
        let step = max(1, width / 2)
        var start = 0
        for page in 0... {
            while start < characters.count, before[start] < page * step { start += 1 }
            guard start <= cursor else { break }
            let marker = start > 0 ? 1 : 0
            var end = start
            while end < characters.count, marker + columns(start..<(end + 1)) + 1 <= width { end += 1 }
            if cursor < end {
                self.init(text: (start > 0 ? "…" : "") + shown(start..<end) + "…", cursorColumn: marker + columns(start..<cursor))
                return
            }
        }
        // Too narrow for any window to hold the cursor's character: from the cursor on.
        var end = cursor
        while end < characters.count, columns(cursor..<(end + 1)) <= width { end += 1 }
        self.init(text: shown(cursor..<end), cursorColumn: 0)
    }

    init(text: String, cursorColumn: Int) {
        self.text = text
        self.cursorColumn = cursorColumn
    }
}
