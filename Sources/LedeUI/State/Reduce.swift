import LedeCore

/// The reader's one state transition: applies `action` to `state`, returning work for the run loop.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
        return state.handle(key)
    case .mouse(let event):
        state.handle(event)
    case .resized(let size):
        state.size = size
        state.clampScrolling()
    case .loaded(let pages, let done, let total):
        let before = state.library.storyCount
        for page in pages { state.library.add(page) }
        if done < total, total > state.reservedForPages { state.reserveCapacity(forPages: total) }
        if !pages.isEmpty { state.index = nil }
        state.loading = done < total ? (done, total) : nil
        state.appendRows(forStoriesFrom: before)
        state.clampScrolling()
        return done >= total ? [.buildIndex] : []
    case .loadProblems(let problems):
        guard let first = problems.first else { return [] }
        state.message = problems.count == 1 ? "\(first)" : "\(first) (and \(problems.count - 1) more)"
    case .indexReady(let index):
        state.index = index
        if state.search.hits != nil { state.runSearch() }
    }
    return []
}

extension AppState {
    mutating func handle(_ key: Key) -> [Effect] {
        // Ctrl-C quits from anywhere, like every terminal program.
        if key == .control("c") { return [.quit] }
        if search.isEditing { return handleSearchPrompt(key) }
        if isShowingHelp {
            handleHelp(key)
            return []
        }
        message = nil
        guard let command = keymap.command(for: key) else { return [] }
        return perform(command)
    }

    mutating func perform(_ command: Command) -> [Effect] {
        let inPane = focus == .pane
        switch command {
        case .quit:
            return [.quit]
        case .redraw:
            return [.redraw]
        case .help:
            isShowingHelp = true
            helpOffset = 0
        case .down: inPane ? scrollPane { $0.scroll(by: 1) } : moveSelection(by: 1)
        case .up: inPane ? scrollPane { $0.scroll(by: -1) } : moveSelection(by: -1)
        case .pageDown: inPane ? scrollPane { $0.pageDown() } : moveSelection(by: max(1, layout.list.height - 1))
        case .pageUp: inPane ? scrollPane { $0.pageUp() } : moveSelection(by: -max(1, layout.list.height - 1))
        case .halfPageDown: inPane ? scrollPane { $0.halfPageDown() } : moveSelection(by: max(1, layout.list.height / 2))
        case .halfPageUp: inPane ? scrollPane { $0.halfPageUp() } : moveSelection(by: -max(1, layout.list.height / 2))
        case .top: inPane ? scrollPane { $0.top() } : moveSelection(to: rows.startIndex, direction: 1)
        case .bottom: inPane ? scrollPane { $0.bottom() } : moveSelection(to: rows.index(before: rows.endIndex), direction: -1)
        case .open:
            if inPane, let id = selectedStory, library.story(id).expandable {
                toggleExpanded()
            } else {
                openSelected()
            }
        case .back:
            if search.hits != nil, !inPane {
                clearSearch()
            } else {
                focus = .list
            }
        case .toggleFocus:
            if focus == .pane {
                focus = .list
            } else {
                openSelected()
            }
        case .toggleExpand:
            toggleExpanded()
        case .search:
            search.isEditing = true
            search.query = SearchQuery(parsing: "")
            runSearch()
        case .nextMatch: stepMatch(by: 1)
        case .previousMatch: stepMatch(by: -1)
        }
        return []
    }

    // MARK: - List

    mutating func moveSelection(by delta: Int) {
        guard let current = selectedRow else { return }
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
        revealSelection()
    }

    mutating func revealSelection() {
        guard let selectedRow else { return }
        var viewport = Viewport(offset: listOffset, contentHeight: rows.count, height: layout.list.height)
        // Keep a story's group heading in view when the story is the first of its group.
        if selectedRow > 0, rows[selectedRow - 1].storyID == nil { viewport.reveal(selectedRow - 1) }
        viewport.reveal(selectedRow)
        listOffset = viewport.offset
    }

    mutating func openSelected() {
        guard let id = selectedStory else { return }
        read.insert(id)
        focus = .pane
    }

    // MARK: - Pane

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
        listOffset = Viewport(offset: listOffset, contentHeight: rows.count, height: layout.list.height).offset
    }

    // MARK: - Help

    mutating func handleHelp(_ key: Key) {
        switch keymap.command(for: key) {
        case .down?: helpOffset += 1
        case .up?: helpOffset = max(0, helpOffset - 1)
        case .pageDown?: helpOffset += max(1, size.height - 2)
        case .pageUp?: helpOffset = max(0, helpOffset - max(1, size.height - 2))
        default: isShowingHelp = false
        }
    }
}
