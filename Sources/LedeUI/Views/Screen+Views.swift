import LedeCore

/// What each view is given of the state: only what it draws.
extension Screen {
    static func list(_ state: AppState, theme: Theme) -> ListView {
        ListView(
            rows: state.rows, library: state.library, offset: state.listOffset, selectedRow: state.selectedRow,
            isFocused: state.focus == .list || !state.layout.isSplit, isRead: { state.isRead($0) },
            isSaved: { state.isSaved($0) },
            newCount: state.remembers ? { state.unreadCount(underGroupAt: $0) } : nil,
            newestYear: state.newestPageYear, emptyNote: state.emptyNote, theme: theme
        )
    }

    static func pane(_ state: AppState, theme: Theme) -> PaneView {
        // (While the query is typed, the matches in view, none of them current: `paneMatchesInView`.)
        let typing = state.search.isEditing
        return PaneView(
            document: state.document, offset: state.paneOffset, matches: typing ? state.paneMatchesInView : state.paneMatches,
            currentMatch: typing ? -1 : state.search.currentMatch, textWidth: state.paneTextWidth,
            emptyNote: state.layout.isSplit ? nil : state.emptyNote, theme: theme
        )
    }

    static func help(_ state: AppState, theme: Theme) -> HelpView {
        HelpView(lines: HelpView.lines(for: state.keymap, width: state.size.width - 1), offset: state.helpOffset, theme: theme)
    }

    static func statusLine(_ state: AppState, theme: Theme) -> StatusLineView {
        StatusLineView(left: statusLeft(state), right: statusRight(state), theme: theme)
    }

    private static func statusLeft(_ state: AppState) -> StatusLineView.Left {
        if state.isShowingHelp {
            // The keys in force (config.toml may have rebound them): j k Space b in the standard keymap.
            let scroll = [Command.down, .up, .readOn, .pageUp].compactMap { state.keymap.label(for: $0) }
            let close = [Command.back, .backOrQuit, .help].compactMap { state.keymap.label(for: $0) }
            let closing = close.isEmpty ? "any key closes" : "\(close.joined(separator: " ")) close"
            return .parts(scroll.isEmpty ? [closing] : ["\(scroll.joined(separator: " ")) scroll", closing])
        }
        if state.search.isEditing {
            return .prompt(query: state.search.query.text, cursor: state.search.cursor, count: state.search.note ?? state.matchCountText)
        }
        if let message = state.message { return .note(message) }
        var parts: [String] = []
        let position = state.listPosition
        // "2/4 saved": the selected story is saved (the list's ★ is out of sight in a story
        // opened full-screen).
        let saved = state.selectedStory.map(state.isSaved) == true ? " saved" : ""
        parts.append("\(position.index)/\(position.count)\(saved)")
        if let count = state.matchCountText {
            parts.append("search \(state.search.query.quoted): \(count)")
            let matches = state.storyMatchCount
            if matches > 0 { parts.append("match \(state.search.currentMatch + 1)/\(matches)") }
        }
        if state.filter == .unread { parts.append("unread only") }
        if state.filter == .saved { parts.append("saved only") }
        if let loading = state.loading { parts.append("loading \(loading.done)/\(loading.total)") }
        return .parts(parts)
    }

    /// The right half, fullest first: the story's scroll position, the mode and the help key
    /// (`37% · story · ? help `); narrower, without the mode (`37% · ? help `), then with the
    /// help key alone (`37% · ? `).
    private static func statusRight(_ state: AppState) -> [String] {
        if state.isShowingHelp {
            let position = state.helpViewport.positionLabel
            return ["\(position) · help ", "\(position) "]
        }
        let focus = state.layout.isSplit ? (state.focus == .list ? "list" : "pane") : (state.isStoryOpen ? "story" : "list")
        let paneVisible = state.layout.isSplit || state.isStoryOpen
        let position = paneVisible && state.document != nil ? state.paneViewport.positionLabel : nil
        // The help key as bound in config.toml: a hint naming a key that does nothing would mislead.
        let helpKey = state.keymap.label(for: .help)
        let help = helpKey.map { "\($0) help" }
        return [[position, focus, help], [position, help], [position, helpKey]].map { parts in
            let text = parts.compactMap { $0 }.joined(separator: " · ")
            return text.isEmpty ? "" : text + " "
        }
    }
}
