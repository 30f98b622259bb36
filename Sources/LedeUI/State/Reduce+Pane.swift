import LedeCore

/// The reading pane: scrolling, "keep reading", and keeping offsets valid as sizes change.
extension AppState {
    mutating func scrollPane(_ change: (inout Viewport) -> Void) {
        var viewport = paneViewport
        change(&viewport)
        paneOffset = viewport.offset
    }

    /// Space: a page down, and at the end of a story the next one, so a folder reads through.
    mutating func readOn() {
        guard paneViewport.isAtBottom else { return scrollPane { $0.pageDown() } }
        let before = selectedRow
        stepStory(by: 1)
        if selectedRow == before { message = "end of the last story" }
    }

    /// "Keep reading" / "show less" on the selected story, keeping the marker line in view.
    mutating func toggleExpanded() {
        guard let id = selectedStory, library.isExpandable(id) else {
            message = "this story has nothing more to show"
            return
        }
        if expanded.contains(id) { expanded.remove(id) } else { expanded.insert(id) }
        markRead(id)
        // Expanded to the full article from another page, that article has been read too.
        if expanded.contains(id), let article = library.linkedArticle(for: id) { markRead(article) }
        if expanded.contains(id) {
            // Stay where the reader was: the new text starts below.
            clampScrolling()
        } else {
            keepCurrentMatchShown()
            if let marker = document?.markerLine {
                var viewport = paneViewport
                viewport.reveal(marker)
                paneOffset = viewport.offset
            }
        }
    }

    mutating func clampScrolling() {
        paneOffset = paneViewport.offset
        if selectedRow != nil { revealSelection() } else { listOffset = 0 }
        listOffset = listViewport.offset
    }
}
