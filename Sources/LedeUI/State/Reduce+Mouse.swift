extension AppState {
    /// Wheel scrolls what is under the pointer; a click selects a list row or focuses the pane.
    mutating func handle(_ event: MouseEvent) {
        // A screen too small to draw on shows none of what a click or the wheel would act on.
        guard !layout.isTooSmall else { return }
        // The help screen scrolls with the wheel, as it says; a click closes it.
        if isShowingHelp {
            switch event.kind {
            case .wheelDown, .wheelUp:
                var viewport = helpViewport
                viewport.scroll(by: event.kind == .wheelDown ? 3 : -3)
                helpOffset = viewport.offset
            case .press:
                isShowingHelp = false
            }
            return
        }
        let layout = self.layout
        let overList = layout.list.contains(x: event.x, y: event.y) && (layout.isSplit || !isStoryOpen)
        switch event.kind {
        case .wheelDown, .wheelUp:
            let step = event.kind == .wheelDown ? 3 : -3
            // Wheeling the list is browsing it, as clicking it is: the list takes the focus,
            // and the story it brings up is read once opened (a pane kept focused showed a
            // story that was never marked).
            if overList { focus = .list; moveSelection(by: step) } else { scrollPane { $0.scroll(by: step) } }
        case .press:
            if overList {
                let row = listOffset + event.y - layout.list.y
                guard rows.indices.contains(row), rows[row].storyID != nil else { return }
                focus = .list
                if row == selectedRow { openSelected() } else { moveSelection(to: row, direction: 1) }
            } else if layout.pane.contains(x: event.x, y: event.y) {
                focus = .pane
                // Clicking into the story is opening it: it counts as read, as Enter does.
                if let id = selectedStory { markRead(id) }
                if let marker = document?.markerLine, marker == paneOffset + event.y - layout.pane.y { toggleExpanded() }
            }
        }
    }
}
