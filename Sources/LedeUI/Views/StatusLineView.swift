import LedeCore

/// The bottom line: on the left the position, the search prompt or a note; on the right the mode
/// and the help hint.
struct StatusLineView: View {
    enum Left {
        case text(String)
        /// The search being typed, and how many stories it matches so far.
        case prompt(query: String, count: String?)
        /// Something to notice (an error loading, a key with no meaning here), in the error style.
        case note(String)
    }

    var left: Left
    var right: String
    var theme: Theme

    func render(in area: Rect, into canvas: inout Canvas) {
        let style = theme.style(.statusLine)
        canvas.fill(area, style: style)
        guard !area.isEmpty else { return }
        let rightWidth = DisplayWidth.of(right)
        let leftLimit = area.maxX - (rightWidth + 1 <= area.width / 2 ? rightWidth + 1 : 0)
        let x = area.x
        switch left {
        case .prompt(let query, let count):
            // A query too long for the line loses its start, not its end or the count: the end
            // is what is being typed.
            let counted = count.map { "  " + $0 } ?? ""
            let room = leftLimit - x - 1 - DisplayWidth.of(counted)
            let end = canvas.put("/" + TextLayout.truncateFront(query, width: max(1, room)), x: x, y: area.y, style: style, limit: leftLimit)
            if !counted.isEmpty { canvas.put(counted, x: end, y: area.y, style: style.patched(with: Style(modifiers: .dim)), limit: leftLimit) }
        case .note(let note):
            canvas.put(TextLayout.truncate(" " + note, width: leftLimit - x), x: x, y: area.y, style: style.patched(with: theme.style(.error)), limit: leftLimit)
        case .text(let text):
            canvas.put(TextLayout.truncate(" " + text, width: leftLimit - x), x: x, y: area.y, style: style, limit: leftLimit)
        }
        if leftLimit < area.maxX {
            canvas.put(right, x: area.maxX - rightWidth, y: area.y, style: style)
        }
    }
}
