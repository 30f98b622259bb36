import LedeCore

/// The headline list: page titles heading their stories; teasers and read stories marked.
struct ListView {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into canvas: inout Canvas) {
        canvas.fill(area, style: theme.style(.listItem))
        guard !area.isEmpty else { return }
        let focused = state.focus == .list || !state.layout.isSplit
        for line in 0..<area.height {
            let rowIndex = state.listOffset + line
            guard state.rows.indices.contains(rowIndex) else { break }
            let y = area.y + line
            switch state.rows[rowIndex] {
            case .group(let page):
                let title = state.library.pages[page].title
                canvas.put(TextLayout.truncate(title, width: area.width), x: area.x, y: y, style: theme.style(.groupHeader))
            case .story(let id):
                renderStory(id, selected: rowIndex == state.selectedRow, focused: focused, at: y, in: area, into: &canvas)
            }
        }
    }

    private func renderStory(_ id: StoryID, selected: Bool, focused: Bool, at y: Int, in area: Rect, into canvas: inout Canvas) {
        let story = state.library.story(id)
        var base = state.read.contains(id) ? theme.style(.readItem) : theme.style(.listItem)
        if selected {
            base = focused ? theme.style(.selectedItem) : base.patched(with: Style(modifiers: .underline))
            canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: base)
        }
        // "  " story, "▸ " teaser; a read story's headline is dimmed by its style.
        let marker = story.kind == .teaser ? "▸ " : "  "
        let x = canvas.put(marker, x: area.x, y: y, style: selected ? base : base.patched(with: theme.style(.teaserMarker)), limit: area.maxX)
        let headline = story.headline.isEmpty ? "(untitled)" : story.headline
        canvas.put(TextLayout.truncate(headline, width: area.maxX - x - 1), x: x, y: y, style: base, limit: area.maxX)
    }
}
