import LedeCore

/// The reading pane: the selected story's document, scrolled, with search matches highlighted.
struct PaneView {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into canvas: inout Canvas) {
        canvas.fill(area, style: theme.style(.body))
        guard !area.isEmpty else { return }
        guard let document = state.document else {
            // Beside the list, the list says why it is empty.
            if !state.layout.isSplit { EmptyNote(text: state.emptyNote, theme: theme).render(in: area, into: &canvas) }
            return
        }
        let textWidth = min(StoryDocument.measure, state.paneTextWidth)
        // Centre the measure in a wide pane; otherwise a two-column margin.
        let left = area.x + max(2, (area.width - textWidth) / 2)
        let matches = state.paneMatches
        for row in 0..<area.height {
            let number = state.paneOffset + row
            guard document.lines.indices.contains(number) else { break }
            let line = document.lines[number]
            let y = area.y + row
            canvas.put(line.text, x: left, y: y, style: theme.style(line.role), limit: area.maxX)
            for (index, match) in matches.enumerated() where match.line == number {
                let start = left + DisplayWidth.of(String(line.text[..<match.range.lowerBound]))
                let role: Role = index == state.search.currentMatch ? .currentMatch : .searchMatch
                canvas.put(String(line.text[match.range]), x: start, y: y, style: theme.style(line.role).patched(with: theme.style(role)), limit: area.maxX)
            }
        }
    }
}
