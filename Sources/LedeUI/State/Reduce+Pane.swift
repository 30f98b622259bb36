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
        guard selectedStory != nil else { message = Self.noStory; return }
        guard paneViewport.isAtBottom else { return scrollPane { $0.pageDown() } }
        let before = selectedRow
        stepStory(by: 1)
        if selectedRow == before { message = "end of the last story" }
    }

    /// "Keep reading" / "show less" on the selected story, keeping the marker line in view.
    mutating func toggleExpanded() {
        guard let id = selectedStory, library.isExpandable(id) else {
            message = selectedStory == nil ? Self.noStory : "this story has nothing more to show"
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

    /// The text at the top of the pane, the same at any width (see `TextAnchor`); nil with no
    /// story selected. Only a pane scrolled down lays the story out for it.
    public var paneAnchor: TextAnchor? {
        guard let id = selectedStory else { return nil }
        if let held = heldAnchor, held.holds(id, expanded: expanded.contains(id), offset: paneOffset) { return held.anchor }
        if paneOffset == 0 { return .top }
        return document?.anchor(atLine: paneOffset)
    }

    /// A new terminal size. The story is wrapped again for the pane's new width, and the pane
    /// keeps the text that was at its top (the line holding it at the top, as less does), not
    /// the count of lines above it, which means other text at another width; a search's
    /// current match that was in view stays in view.
    mutating func resize(to newSize: Size) {
        let anchor = paneAnchor
        let matchWasInView = currentMatchLine.map { paneViewport.shows($0) } ?? false
        size = newSize
        if let anchor, let document { paneOffset = document.line(for: anchor) }
        clampScrolling()
        hold(anchor)
        if matchWasInView, let line = currentMatchLine, !paneViewport.shows(line) {
            revealCurrentMatch()
            // Still held: back at the width it was taken at, the same text is at the top again
            // (with the match in view there, as it was).
            hold(anchor)
        }
    }

    /// Keeps `anchor` as where the pane is, while it stays at the line it is at now.
    mutating func hold(_ anchor: TextAnchor?) {
        guard let anchor, let id = selectedStory else { heldAnchor = nil; return }
        heldAnchor = HeldAnchor(anchor: anchor, story: id, expanded: expanded.contains(id), offset: paneOffset)
    }

    /// The line of the search's current match in the selected story, if there is one.
    var currentMatchLine: Int? {
        let matches = paneMatches
        return matches.indices.contains(search.currentMatch) ? matches[search.currentMatch].line : nil
    }

    mutating func clampScrolling() {
        paneOffset = paneViewport.offset
        if selectedRow != nil { revealSelection() } else { listOffset = 0 }
        listOffset = listViewport.offset
    }
}
