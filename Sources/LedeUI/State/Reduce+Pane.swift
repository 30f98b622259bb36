import LedeCore

/// The reading pane: scrolling, "keep reading", and keeping offsets valid as sizes change.
extension AppState {
    mutating func scrollPane(_ change: (inout Viewport) -> Void) {
        var viewport = paneViewport
        change(&viewport)
        paneOffset = viewport.offset
    }

    /// "Keep reading" / "show less" on the selected story, keeping the marker line in view.
    mutating func toggleExpanded() {
        guard let id = selectedStory, library.story(id).expandable else {
            message = "this story has nothing more to show"
            return
        }
        if expanded.contains(id) { expanded.remove(id) } else { expanded.insert(id) }
        read.insert(id)
        if expanded.contains(id) {
            // Stay where the reader was: the new text starts below.
            clampScrolling()
        } else if let marker = document?.markerLine {
            var viewport = paneViewport
            viewport.reveal(marker)
            paneOffset = viewport.offset
        }
    }

    mutating func clampScrolling() {
        paneOffset = paneViewport.offset
        if selectedRow != nil { revealSelection() } else { listOffset = 0 }
        listOffset = listViewport.offset
    }
}
