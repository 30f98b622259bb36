import LedeCore

/// The headline list: moving the selection, keeping it in view, opening the selected story.
extension AppState {
    mutating func moveSelection(by delta: Int) {
        guard let current = selectedRow else { return }
        let target = min(max(current + delta, rows.startIndex), rows.endIndex - 1)
        moveSelection(to: target, direction: delta >= 0 ? 1 : -1)
    }

    /// PgDn / PgUp, d / u and Space in the list: the view scrolls by `delta` rows and the
    /// selection with it, staying on its screen row, as vim's Ctrl-F and mutt's pages do. (A
    /// selection moved alone went first to the window's last row, and a first PgDn showed
    /// nothing new.) At the list's end the view stops and the selection goes on to the last row.
    mutating func pageList(by delta: Int) {
        guard let current = selectedRow else { return }
        var viewport = listViewport
        viewport.scroll(by: delta)
        listOffset = viewport.offset
        let target = min(max(current + delta, rows.startIndex), rows.endIndex - 1)
        moveSelection(to: target, direction: delta >= 0 ? 1 : -1)
    }

    /// Selects the story row at `row`, or the nearest story row in `direction`.
    mutating func moveSelection(to row: Int, direction: Int) {
        guard !rows.isEmpty else { return }
        var candidate = min(max(row, 0), rows.count - 1)
        while rows.indices.contains(candidate), rows[candidate].storyID == nil { candidate += direction }
        if !rows.indices.contains(candidate) {
            candidate = min(max(row, 0), rows.count - 1)
            while rows.indices.contains(candidate), rows[candidate].storyID == nil { candidate -= direction }
        }
        guard rows.indices.contains(candidate), candidate != selectedRow else { return }
        selectedRow = candidate
        paneOffset = 0
        search.currentMatch = 0
        // A search's result opens at its first match.
        if search.hits != nil, !search.isEditing { revealCurrentMatch() }
        revealSelection()
    }

    /// Selects `story` again once the rows are rebuilt, if it is listed; the story selected in
    /// its place opens at its top (at its first match, in a search's results).
    mutating func reselect(_ story: StoryID?) {
        if let story, let row = rows.firstIndex(of: .story(story)) {
            selectedRow = row
            return
        }
        paneOffset = 0
        search.currentMatch = 0
        if search.hits != nil { revealCurrentMatch() }
    }

    mutating func revealSelection() {
        guard let selectedRow else { return }
        var viewport = listViewport
        // Keep a story's group heading in view when the story is the first of its group.
        if selectedRow > 0, rows[selectedRow - 1].storyID == nil { viewport.reveal(selectedRow - 1) }
        viewport.reveal(selectedRow)
        listOffset = viewport.offset
    }

    /// What a key that acts on a story says when the list shows none.
    static let noStory = "no story here"

    /// J / K: the next or previous story in the list, read where the reader is (a story being
    /// read stays in view and counts as read).
    mutating func stepStory(by delta: Int) {
        let before = selectedRow
        moveSelection(by: delta)
        guard selectedRow != before else {
            message = selectedStory == nil ? Self.noStory : delta > 0 ? "this is the last story" : "this is the first story"
            return
        }
        if focus == .pane, let id = selectedStory { markRead(id) }
    }

    mutating func openSelected() {
        guard let id = selectedStory else { return }
        markRead(id)
        focus = .pane
    }
}
