import LedeCore

/// The headline list: page titles heading their stories; teasers and read stories marked.
struct ListView {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into canvas: inout Canvas) {
        canvas.fill(area, style: theme.style(.listItem))
        guard !area.isEmpty else { return }
        if state.rows.isEmpty {
            EmptyNote(text: state.emptyNote, theme: theme).render(in: area, into: &canvas)
            return
        }
        let focused = state.focus == .list || !state.layout.isSplit
        for line in 0..<area.height {
            let rowIndex = state.listOffset + line
            guard state.rows.indices.contains(rowIndex) else { break }
            let y = area.y + line
            switch state.rows[rowIndex] {
            case .group(let page):
                renderGroup(state.library.pages[page], at: y, in: area, into: &canvas)
            case .story(let id):
                renderStory(id, selected: rowIndex == state.selectedRow, focused: focused, at: y, in: area, into: &canvas)
            }
        }
    }

    /// `── Page title ───── file.txt`: a rule that separates pages, with where the page came from.
    private func renderGroup(_ page: Page, at y: Int, in area: Rect, into canvas: inout Canvas) {
        let style = theme.style(.groupHeader)
        let file = String(page.path.split(separator: "/").last ?? "")
        let fileText = file.isEmpty || area.width < 40 ? "" : " " + TextLayout.truncate(file, width: area.width / 3)
        let titleRoom = area.width - DisplayWidth.of(fileText) - 5
        let title = "─ " + TextLayout.truncate(page.title, width: max(1, titleRoom)) + " "
        let x = canvas.put(title, x: area.x, y: y, style: style, limit: area.maxX)
        let ruleEnd = area.maxX - DisplayWidth.of(fileText) - 1
        canvas.put(String(repeating: "─", count: max(0, ruleEnd - x)), x: x, y: y, style: style, limit: ruleEnd)
        canvas.put(fileText, x: ruleEnd, y: y, style: theme.style(.credit), limit: area.maxX - 1)
    }

    private func renderStory(_ id: StoryID, selected: Bool, focused: Bool, at y: Int, in area: Rect, into canvas: inout Canvas) {
        let story = state.library.story(id)
        var base = state.read.contains(id) ? theme.style(.readItem) : theme.style(.listItem)
        if selected {
            base = focused ? theme.style(.selectedItem) : base.patched(with: Style(modifiers: .underline))
            canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: base)
        }
        // "  " story, "▸ " teaser, "? " a page with no clear article (shown whole); a read
        // story's headline is dimmed by its style.
        let marker = story.isUnsure ? "? " : story.kind == .teaser ? "▸ " : "  "
        let x = canvas.put(marker, x: area.x, y: y, style: selected ? base : base.patched(with: theme.style(.teaserMarker)), limit: area.maxX)
        let headline = story.headline.isEmpty ? "(untitled)" : story.headline
        canvas.put(TextLayout.truncate(headline, width: area.maxX - x - 1), x: x, y: y, style: base, limit: area.maxX)
    }
}
