import LedeCore

/// The bottom line: on the left the position, the search prompt or a note; on the right the mode
/// and the help hint. A narrow line keeps what matters most, the position and the help key: the
/// right half gives up words before the left gives up its position.
struct StatusLineView: View {
    enum Left {
        /// Parts shown ` · ` apart; the first (the position, or the help screen's keys) is kept
        /// whole, the rest cut to fit.
        case parts([String])
        /// The search being typed, the characters before its cursor, and how many stories it
        /// matches so far.
        case prompt(query: String, cursor: Int, count: String?)
        /// Something to notice (an error loading, a key with no meaning here), in the error style.
        case note(String)
    }

    var left: Left
    /// The right half's forms, fullest first, each no longer than the one before.
    var right: [String]
    var theme: Theme

    func render(in area: Rect, into canvas: inout Canvas) {
        let style = theme.style(.statusLine)
        canvas.fill(area, style: style)
        guard !area.isEmpty else { return }
        let right = rightForm(width: area.width)
        let rightWidth = DisplayWidth.of(right)
        let leftLimit = area.maxX - (right.isEmpty ? 0 : rightWidth + 1)
        let x = area.x
        switch left {
        case .prompt(let query, let cursor, let count):
            // A query too long for the line shows the part around the cursor (`PromptWindow`),
            // and the count stays whole. A line too narrow for the count beside the query's end
            // leaves the count out whole (cut, "3 stori" would read as a word).
            let room = leftLimit - x - 1
            let queryRoom = min(DisplayWidth.of(query), Self.queryKeptBesideCount)
            let counted = count.map { "  " + $0 }.flatMap { room - DisplayWidth.of($0) >= queryRoom ? $0 : nil } ?? ""
            let queryWidth = room - DisplayWidth.of(counted)
            let window = PromptWindow(query: query, cursor: cursor, width: max(1, queryWidth))
            let end = canvas.put("/" + window.text, x: x, y: area.y, style: style, limit: leftLimit)
            // The terminal's cursor where the next character goes, as a shell's or less's prompt shows it.
            canvas.cursor = Point(x: min(x + 1 + window.cursorColumn, area.maxX - 1), y: area.y)
            if !counted.isEmpty { canvas.put(counted, x: end, y: area.y, style: style.patched(with: Style(modifiers: .dim)), limit: leftLimit) }
        case .note(let note):
            canvas.put(TextLayout.truncate(" " + note, width: leftLimit - x), x: x, y: area.y, style: style.patched(with: theme.style(.error)), limit: leftLimit)
        case .parts(let parts):
            let fitted = Self.fitted(parts, width: leftLimit - x)
            canvas.put(TextLayout.truncate(" " + fitted.joined(separator: " · "), width: leftLimit - x), x: x, y: area.y, style: style, limit: leftLimit)
        }
        if !right.isEmpty {
            canvas.put(right, x: area.maxX - rightWidth, y: area.y, style: style)
        }
    }

    // MARK: - Internal

    /// `parts` made to fit `width` (with the leading space and the separators): the longest
    /// after the first is cut (the search's quoted query, not the `match 2/6` after it), or left
    /// out when cutting would leave less than `shortestCut` of it; the first is kept whole.
    static func fitted(_ parts: [String], width: Int) -> [String] {
        var parts = parts
        func total() -> Int { DisplayWidth.of(" " + parts.joined(separator: " · ")) }
        while total() > width, parts.count > 1 {
            let longest = parts.indices.dropFirst().max { DisplayWidth.of(parts[$0]) < DisplayWidth.of(parts[$1]) }!
            let kept = DisplayWidth.of(parts[longest]) - (total() - width)
            if kept >= shortestCut { parts[longest] = TextLayout.truncate(parts[longest], width: kept); break }
            parts.remove(at: longest)
        }
        return parts
    }

    /// A part cut to fewer columns than this says too little to keep.
    static let shortestCut = 10

    /// Columns of the query (its end) a search prompt keeps before it shows the count beside it.
    static let queryKeptBesideCount = 8

    /// The fullest right form the left leaves room for, a space between: beside all of the left
    /// if one fits so, else the shortest beside what the left must keep (its position; half the
    /// line for a prompt being typed or a note); else none.
    private func rightForm(width: Int) -> String {
        let forms = right.filter { !$0.isEmpty }
        guard let shortest = forms.last else { return "" }
        let (wanted, needed): (Int, Int)
        switch left {
        case .parts(let parts):
            wanted = DisplayWidth.of(" " + parts.joined(separator: " · "))
            needed = DisplayWidth.of(" " + (parts.first ?? ""))
        case .prompt(let query, _, let count):
            wanted = DisplayWidth.of("/" + query + (count.map { "  " + $0 } ?? ""))
            needed = width / 2
        case .note(let note):
            wanted = DisplayWidth.of(" " + note)
            needed = width / 2
        }
        if let form = forms.first(where: { wanted + 1 + DisplayWidth.of($0) <= width }) { return form }
        return min(wanted, needed) + 1 + DisplayWidth.of(shortest) <= width ? shortest : ""
    }
}
