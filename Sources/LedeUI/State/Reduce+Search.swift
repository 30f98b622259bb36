import LedeCore

extension AppState {
    /// The list shows at most this many search results, best first ("250+" in the status line):
    /// more than anyone pages through, and few enough that checking a phrase on the text of
    /// twice as many candidates stays within a keystroke's few milliseconds.
    public static let searchLimit = 250

    /// The longest query the prompt takes, in characters: a huge paste is cut, not allowed to
    /// stall the screen.
    static let longestQuery = 256
    /// What the prompt says when typing or a paste went past it.
    static let queryTooLong = "query too long"

    /// Re-runs the query against the index and shows the ranked hits in the list.
    mutating func runSearch() {
        if search.query.isEmpty {
            search.hits = search.isEditing ? nil : search.hits
            if search.hits == nil { rebuildRows() }
            if search.isEditing { showPlaceAtSearchStart() }
            return
        }
        search.hits = searchHits()
        search.currentMatch = 0
        listOffset = 0
        paneOffset = 0
        rebuildRows()
        message = nil
    }

    /// The query's hits among the stories the list shows under its filter (U, S), as newsboat's
    /// filters narrow its lists; so saved copies are found only in the saved-only list.
    mutating func searchHits() -> [SearchHit] {
        // The index is normally built in the background once loading ends; build it here if not.
        let index = self.index ?? SearchIndex(library: library)
        self.index = index
        return index.search(search.query, limit: Self.searchLimit) { isListed($0) }
    }

    /// The search in force run again (a filter changed, a newer index), staying on the selected
    /// story while it is still a hit: only a query being typed goes to the first hit.
    mutating func searchAgainKeepingSelection() {
        let keep = selectedStory
        search.hits = searchHits()
        rebuildRows()
        reselect(keep)
        clampScrolling()
    }

    /// How many stories match, for the prompt and the status line: `2 stories`, `250+ stories`.
    public var matchCountText: String? {
        guard let hits = search.hits else { return nil }
        if hits.isEmpty { return "no stories" }
        let count = hits.count >= Self.searchLimit ? "\(hits.count)+" : "\(hits.count)"
        return "\(count) stor\(hits.count == 1 ? "y" : "ies")"
    }

    mutating func clearSearch() {
        search = Search()
        message = nil
        rebuildRows()
        clampScrolling()
    }

    /// n / N: the next or previous match in the story; past its last (first), the first (last)
    /// match of the next (previous) story in the results, wrapping at the ends as vim does. A
    /// match in a collapsed teaser's hidden text counts: moving to it opens the teaser.
    mutating func stepMatch(forward: Bool) {
        guard search.hits != nil, !search.query.isEmpty else {
            message = "no search in force (press /)"
            return
        }
        let next = nextMatch(forward: forward)
        if paneMatches.indices.contains(next) {
            search.currentMatch = next
        } else if forward, let firstHidden = openTeaserHidingMatches() {
            search.currentMatch = firstHidden
        } else if let row = selectedRow {
            var target = row + (forward ? 1 : -1)
            if !rows.indices.contains(target) {
                target = forward ? 0 : rows.count - 1
                message = forward ? "search hit BOTTOM, continuing at TOP" : "search hit TOP, continuing at BOTTOM"
            }
            moveSelection(to: target, direction: forward ? 1 : -1)
            if focus == .pane, let id = selectedStory { markRead(id) }
            landOnMatch(first: forward)
            // A story found by words past the part the pane shows has no match to land on there.
            if paneMatches.isEmpty, document?.isCut == true {
                message = "the match is past the part of this story shown (\(StoryDocument.textLimit / 1024) KB); lede dump prints all of it"
            }
        }
        revealCurrentMatch()
    }

    /// The match n (N) goes to in the story: the one after (before) the current match while
    /// that is in view; scrolled away from it, the first match in view or below (the last in
    /// view or above), as less and vim search from where the reader is. Out of range: none.
    func nextMatch(forward: Bool) -> Int {
        let matches = paneMatches
        let view = paneViewport
        let inView = view.offset..<(view.offset + view.height)
        if !matches.indices.contains(search.currentMatch) || inView.contains(matches[search.currentMatch].line) {
            return search.currentMatch + (forward ? 1 : -1)
        }
        if forward { return matches.firstIndex { $0.line >= inView.lowerBound } ?? matches.count }
        return matches.lastIndex { $0.line < inView.upperBound } ?? -1
    }

    /// Scrolls the pane to the selected story's current match, as less does on Enter.
    mutating func revealCurrentMatch() {
        let matches = paneMatches
        guard matches.indices.contains(search.currentMatch) else { return }
        var viewport = paneViewport
        viewport.reveal(matches[search.currentMatch].line)
        paneOffset = viewport.offset
    }
}
