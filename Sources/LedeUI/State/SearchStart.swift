import LedeCore

/// Where the reader was when `/` was pressed: a search given up goes back there, as less and
/// vim's incsearch do, rather than leaving the reader on whatever the query last matched.
struct SearchStart: Sendable {
    /// The search in force then (an empty one when there was none).
    var search: AppState.Search
    var story: StoryID?
    var listOffset: Int
    var paneOffset: Int
    /// The text at the pane's top and the width the offset was counted at: a resize while the
    /// prompt is open goes back to the text, not to a count of lines at another width.
    var paneAnchor: TextAnchor?
    var paneWidth: Int
}

extension AppState {
    /// `/`: opens the prompt, noting where the reader is.
    mutating func openSearchPrompt() {
        searchStart = SearchStart(search: search, story: selectedStory, listOffset: listOffset, paneOffset: paneOffset,
                                  paneAnchor: paneAnchor, paneWidth: paneTextWidth)
        search.isEditing = true
        search.query = SearchQuery(parsing: "")
        search.cursor = 0
        search.note = nil
        searchHistory.stopWalking()
        runSearch()
    }

    /// The query emptied with the prompt still open: the whole list, at the story and the
    /// scrolling there were when `/` was pressed (the list as it was, when no search was in force).
    mutating func showPlaceAtSearchStart() {
        guard let start = searchStart else { return }
        if let story = start.story, let row = rows.firstIndex(of: .story(story)) { selectedRow = row }
        if start.search.hits == nil { listOffset = start.listOffset }
        scrollPane(backTo: start)
    }

    /// Esc in the prompt, a query emptied, or one that matched nothing: the list, the selection
    /// and the scrolling as they were when `/` was pressed (with the search then in force).
    mutating func giveUpSearch() {
        guard let start = searchStart else { return clearSearch() }
        searchStart = nil
        search = start.search
        message = nil
        rebuildRows()
        if let story = start.story, let row = rows.firstIndex(of: .story(story)) { selectedRow = row }
        listOffset = start.listOffset
        scrollPane(backTo: start)
    }

    /// The pane as it was at `start`: the same lines at the same width, else the same text.
    private mutating func scrollPane(backTo start: SearchStart) {
        guard start.paneWidth != paneTextWidth, let anchor = start.paneAnchor, selectedStory == start.story, let document else {
            paneOffset = start.paneOffset
            return clampScrolling()
        }
        paneOffset = document.line(for: anchor)
        clampScrolling()
        hold(anchor)
    }
}
