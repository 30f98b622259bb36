import LedeCore

/// The reading pane: a story's document, scrolled, with search matches highlighted.
struct PaneView: View {
    var document: StoryDocument?
    var offset: Int
    /// Where each search match sits.
    var matches: [PaneMatch]
    var currentMatch: Int
    var textWidth: Int
    /// Said when there is no story to show; nil to leave the pane blank (the list says it).
    var emptyNote: String?
    var theme: Theme

    func render(in area: Rect, into canvas: inout Canvas) {
        canvas.fill(area, style: theme.style(.body))
        guard !area.isEmpty else { return }
        guard let document else {
            if let emptyNote { EmptyNote(text: emptyNote, theme: theme).render(in: area, into: &canvas) }
            return
        }
        let measure = min(StoryDocument.measure, textWidth)
        // Centre the measure in a wide pane; otherwise a two-column margin.
        let left = area.x + max(2, (area.width - measure) / 2)
        let inView = PaneMatch.visible(matches, onLines: offset..<(offset + area.height))
        for row in 0..<area.height {
            let number = offset + row
            guard document.lines.indices.contains(number) else { break }
            let line = document.lines[number]
            let y = area.y + row
            canvas.put(line.text, x: left, y: y, style: theme.style(line.role), limit: area.maxX)
            for index in inView {
                for piece in matches[index].pieces where piece.line == number {
                    let start = left + DisplayWidth.of(String(line.text[..<piece.range.lowerBound]))
                    let role: Role = index == currentMatch ? .currentMatch : .searchMatch
                    canvas.put(String(line.text[piece.range]), x: start, y: y, style: theme.style(line.role).patched(with: theme.style(role)), limit: area.maxX)
                }
            }
        }
    }
}
