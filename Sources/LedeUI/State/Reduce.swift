import LedeCore

/// The reader's one state transition: applies `action` to `state`, returning work for the run loop.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = reduceAction(&state, action)
    // Changes first: the run loop stops at `.quit`, and a quitting key's marks must be kept.
    return state.takeChanges().map(Effect.remember) + effects
}

private func reduceAction(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
        // The reader moved on: a place from the last run that has not loaded yet is forgotten.
        state.pendingPlace = nil
        return state.handle(key)
    case .mouse(let event):
        state.pendingPlace = nil
        state.handle(event)
    case .resized(let size):
        state.resize(to: size)
    case .suspend:
        return [.suspend]
    case .paste(let text):
        state.pendingPlace = nil
        state.paste(text)
    case .loaded(let pages, let done, let total):
        let before = state.library.storyCount
        for page in pages { state.library.add(page) }
        state.noteDates(of: pages[...])
        state.noteWarnings(of: pages)
        if done < total, total > state.reservedForPages { state.reserveCapacity(forPages: total) }
        state.loading = done < total ? (done, total) : nil
        state.appendRows(forStoriesFrom: before)
        state.restorePlace(searchingFrom: before)
        state.clampScrolling()
        // The index of the pages loaded so far stays in use until a new one is built in the
        // background: dropping it made every key typed into the prompt while pages loaded build
        // one on this thread (a second a key, thousands of pages in). A query being typed is
        // searched again in the new one; hits being read are left alone until loading ends.
        let typing = state.search.isEditing && state.index != nil && !pages.isEmpty
        return done >= total || typing ? [.buildIndex] : []
    case .loadProblems(let problems):
        state.note(problems: problems)
    case .stateLoaded(let marks, let place):
        return state.applyStored(marks, place: place)
    case .stateProblem(let problem):
        state.message = problem
    case .stateOff(let problem):
        state.message = problem
        state.remembers = false
    case .indexReady(let index):
        state.index = index
        // Results being read stay on the story selected; a query being typed shows its first hit.
        if state.search.hits != nil {
            if state.search.isEditing { state.runSearch() } else { state.searchAgainKeepingSelection() }
        }
    }
    return []
}

extension AppState {
    mutating func handle(_ key: Key) -> [Effect] {
        // Ctrl-C quits from anywhere, like every terminal program.
        if key == .control("c") { return [.quit] }
        // Ctrl-Z suspends from anywhere (it comes as a key when the terminal does not make it
        // SIGTSTP: no suspend character, or raw mode).
        if key == .control("z") { return [.suspend] }
        if layout.isTooSmall { return handleTooSmall(key) }
        if search.isEditing { return handleSearchPrompt(key) }
        if isShowingHelp { return handleHelp(key) }
        message = nil
        guard let command = keymap.command(for: key) else {
            // Silence would leave the reader guessing whether the key was even read.
            let help = keymap.label(for: .help).map { " — \($0) for help" } ?? ""
            message = "\(Sanitizer.clean(key.label)): not a key here\(help)"
            return []
        }
        return perform(command)
    }

    mutating func perform(_ command: Command) -> [Effect] {
        let inPane = focus == .pane
        switch command {
        case .quit:
            return [.quit]
        case .backOrQuit:
            // One pane showing a story: q goes back a level, as in mutt and newsboat.
            guard isStoryOpen else { return [.quit] }
            focus = .list
        case .redraw:
            return [.redraw]
        case .suspend:
            return [.suspend]
        case .openInBrowser:
            return openInBrowser()
        case .help:
            isShowingHelp = true
            helpOffset = 0
        case .readOn: inPane ? readOn() : pageList(by: listViewport.pageStep)
        case .nextStory: stepStory(by: 1)
        case .previousStory: stepStory(by: -1)
        case .down: inPane ? scrollPane { $0.scroll(by: 1) } : moveSelection(by: 1)
        case .up: inPane ? scrollPane { $0.scroll(by: -1) } : moveSelection(by: -1)
        case .pageDown: inPane ? scrollPane { $0.pageDown() } : pageList(by: listViewport.pageStep)
        case .pageUp: inPane ? scrollPane { $0.pageUp() } : pageList(by: -listViewport.pageStep)
        case .halfPageDown: inPane ? scrollPane { $0.halfPageDown() } : pageList(by: listViewport.halfPageStep)
        case .halfPageUp: inPane ? scrollPane { $0.halfPageUp() } : pageList(by: -listViewport.halfPageStep)
        case .top: inPane ? scrollPane { $0.top() } : moveSelection(to: rows.startIndex, direction: 1)
        case .bottom: inPane ? scrollPane { $0.bottom() } : moveSelection(to: rows.index(before: rows.endIndex), direction: -1)
        case .open:
            // In the story, "keep reading": it opens a teaser and never closes one (that is x's),
            // so an Enter pressed to read on does not take the text away.
            if inPane, let id = selectedStory, library.isExpandable(id) {
                if !expanded.contains(id) { toggleExpanded() }
            } else {
                openSelected()
            }
        case .back:
            if search.hits != nil, !inPane {
                clearSearch()
            } else if !inPane {
                // Silence would leave the reader guessing whether the key was even read.
                message = "at the list already" + ((keymap.label(for: .backOrQuit) ?? keymap.label(for: .quit)).map { " — \($0) quits" } ?? "")
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
            openSearchPrompt()
        case .toggleRead: toggleRead()
        case .toggleSaved: toggleSaved()
        case .unreadOnly: return showOnly(.unread)
        case .savedOnly: return showOnly(.saved)
        case .nextUnread: nextUnread()
        case .nextMatch: stepMatch(forward: true)
        case .previousMatch: stepMatch(forward: false)
        }
        return []
    }
}
