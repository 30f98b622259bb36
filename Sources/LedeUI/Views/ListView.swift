import LedeCore

/// The headline list: a row a story with where it came from and when; a page with several
/// stories heads them with a rule holding its title; teasers, saved and read stories marked.
struct ListView: View {
    var rows: [ListRow]
    var library: Library
    var offset: Int
    var selectedRow: Int?
    /// The keys act on the list (in one pane it always has them when shown).
    var isFocused: Bool
    /// Whether a story has been read (dimmed).
    var isRead: (StoryID) -> Bool
    /// Whether a story has been saved (`s`): marked in a column of its own.
    var isSaved: (StoryID) -> Bool
    /// Unread stories under the group heading at a row; nil: headings show no count.
    var newCount: ((Int) -> Int)?
    var newestYear: Int?
    /// Said when there are no rows.
    var emptyNote: String
    var theme: Theme

    /// The marks before a headline, named here so the help screen's legend uses the same ones.
    static let teaserMark = "▸"
    static let unsureMark = "?"
    static let savedMark = "★"
    /// The columns a row's marks take: the kind's, the saved mark's, a space.
    static let markerWidth = 3

    func render(in area: Rect, into canvas: inout Canvas) {
        canvas.fill(area, style: theme.style(.listItem))
        guard !area.isEmpty else { return }
        if rows.isEmpty {
            EmptyNote(text: emptyNote, theme: theme).render(in: area, into: &canvas)
            return
        }
        for line in 0..<area.height {
            let rowIndex = offset + line
            guard rows.indices.contains(rowIndex) else { break }
            let y = area.y + line
            switch rows[rowIndex] {
            case .group(let page):
                renderGroup(library.pages[page], new: newCount?(rowIndex), at: y, in: area, into: &canvas)
            case .story(let id):
                renderStory(id, selected: rowIndex == selectedRow, at: y, in: area, into: &canvas)
            case .gap:
                continue
            }
        }
    }

    /// `── Page title · 3 new ─────`: a rule over the stories of one page.
    private func renderGroup(_ page: Page, new: Int?, at y: Int, in area: Rect, into canvas: inout Canvas) {
        let style = theme.style(.groupHeader)
        let count = new.map { $0 == 0 ? " · all read" : " · \($0) new" } ?? ""
        let title = "─ " + TextLayout.truncate(page.title, width: max(1, area.width - 5 - DisplayWidth.of(count))) + count + " "
        let x = canvas.put(title, x: area.x, y: y, style: style, limit: area.maxX)
        canvas.put(String(repeating: "─", count: max(0, area.maxX - 1 - x)), x: x, y: y, style: style, limit: area.maxX - 1)
    }

    /// `▸ Headline …   Site name   Nov 20`: the marker, the headline cut to fit, then where it came
    /// from and when, in columns at the right.
    private func renderStory(_ id: StoryID, selected: Bool, at y: Int, in area: Rect, into canvas: inout Canvas) {
        let story = library.story(id)
        var base = isRead(id) ? theme.style(.readItem) : theme.style(.listItem)
        if selected {
            base = isFocused ? theme.style(.selectedItem) : base.patched(with: Style(modifiers: .underline))
            canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: base)
        }
        // Two columns of marks, then a space: what the story is (" " a story, "▸" a teaser, "?" a
        // page with no clear article, shown whole), then "★" if saved, in a column of its own so
        // a saved teaser shows both and headlines stay lined up. A read story's headline is
        // dimmed by its style.
        let kind = story.isUnsure ? Self.unsureMark : story.kind == .teaser ? Self.teaserMark : " "
        let marker = kind + (isSaved(id) ? Self.savedMark : " ") + " "
        let x = canvas.put(marker, x: area.x, y: y, style: selected ? base : base.patched(with: theme.style(.teaserMarker)), limit: area.maxX)
        let source = PageSource.text(for: library.page(of: id), columns: PageSource.columns(width: area.width, hasDates: newestYear != nil), newestYear: newestYear)
        let sourceWidth = DisplayWidth.of(source)
        let sourceX = area.maxX - 1 - sourceWidth
        // Spaced as the pane's headline is.
        let headline = story.headline.isEmpty ? "(untitled)" : TextLayout.spacedOnce(story.headline)
        let room = (source.isEmpty ? area.maxX - 1 : sourceX - 2) - x
        canvas.put(TextLayout.truncate(headline, width: room), x: x, y: y, style: base, limit: area.maxX)
        if !source.isEmpty {
            canvas.put(source, x: sourceX, y: y, style: selected ? base : base.patched(with: theme.style(.credit)), limit: area.maxX)
        }
    }
}
