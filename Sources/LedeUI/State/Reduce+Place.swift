import LedeCore

/// Where the reader was: remembered as it changes, restored when the same pages are opened again.
extension AppState {
    /// The place now: the selected story, whether it is open, how far down (as the text at the
    /// pane's top, and the lines above it at this width), what is expanded.
    var place: Place {
        let anchor = paneAnchor
        return Place(pathsKey: placeKey ?? "", story: selectedStory.map { library.identity(of: $0) },
                     inPane: focus == .pane, paneOffset: paneOffset, anchor: anchor == .top ? nil : anchor,
                     expanded: expanded.map { library.identity(of: $0) }.sorted())
    }

    /// Takes the marks and the place the state database held. Marks made before they arrived stay.
    /// - Returns: effects (a saved-only list that gained copies needs the index rebuilt).
    mutating func applyStored(_ marks: StoryMarks, place: Place?) -> [Effect] {
        read.formUnion(marks.read)
        saved.merge(marks.saved) { mine, _ in mine }
        // `S` may have been pressed before the marks came: its list fills in now.
        let addedCopies = filter == .saved && addMissingSavedCopies()
        if filter != .all { rebuildRows() }
        if let place, place.story != nil, selectedRow == rows.firstIndex(where: { $0.storyID != nil }), focus == .list {
            pendingPlace = place
            rememberedPlace = place
            restorePlace(searchingFrom: 0)
        }
        return addedCopies ? [.buildIndex] : []
    }

    /// Goes back to the pending place if its story is among those from `first` on.
    mutating func restorePlace(searchingFrom first: Int) {
        guard let place = pendingPlace, let wanted = place.story, first < library.storyCount else { return }
        let expandedWanted = Set(place.expanded)
        for number in first..<library.storyCount where expandedWanted.contains(library.identity(of: StoryID(number))) {
            expanded.insert(StoryID(number))
        }
        guard let id = (first..<library.storyCount).lazy.map(StoryID.init).first(where: { library.identity(of: $0) == wanted }),
              let row = rows.firstIndex(of: .story(id)) else { return }
        // Expanded teasers on pages still loading are not waited for: the story is what matters.
        pendingPlace = nil
        selectedRow = row
        if place.inPane { focus = .pane }
        revealSelection()
        // The text that was at the top, at this width; a place kept before anchors were: the
        // lines it was down, at whatever width they were counted.
        if let anchor = place.anchor, let document {
            paneOffset = document.line(for: anchor)
            clampScrolling()
            hold(anchor)
        } else {
            paneOffset = place.paneOffset
            clampScrolling()
        }
        // What the database holds, in this width's lines: nothing to write until the reader moves.
        rememberedPlace = self.place
    }
}
