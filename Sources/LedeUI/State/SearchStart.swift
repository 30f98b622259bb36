import LedeCore

/// Where the reader was when `/` was pressed: a search given up goes back there, as less and
/// vim's incsearch do, rather than leaving the reader on whatever the query last matched.
struct SearchStart: Sendable {
    /// The search in force then (an empty one when there was none).
    var search: AppState.Search
    var story: StoryID?
    var listOffset: Int
    var paneOffset: Int
}

extension AppState {
    /// `/`: opens the prompt, noting where the reader is.
    mutating func openSearchPrompt() {
        searchStart = SearchStart(search: search, story: selectedStory, listOffset: listOffset, paneOffset: paneOffset)
        search.isEditing = true
        search.query = SearchQuery(parsing: "")
        search.cursor = 0
        searchHistory.stopWalking()
        runSearch()
    }

    /// The query emptied with the prompt still open: the whole list, at the story and the
    /// scrolling there were when `/` was pressed (the list as it was, when no search was in force).
    mutating func showPlaceAtSearchStart() {
        guard let start = searchStart else { return }
        if let story = start.story, let row = rows.firstIndex(of: .story(story)) { selectedRow = row }
        if start.search.hits == nil { listOffset = start.listOffset }
        paneOffset = start.paneOffset
        clampScrolling()
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
        paneOffset = start.paneOffset
        clampScrolling()
    }
}
