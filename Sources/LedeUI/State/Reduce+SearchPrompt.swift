import LedeCore

/// Keys while the search prompt is open: text goes in at the cursor and the search runs as it
/// changes; the prompt edits as readline does (← → Home End, Ctrl-A Ctrl-E, Delete, Ctrl-U
/// Ctrl-W, and by words Alt-b Alt-f Alt-d Alt-Backspace) and walks back through this session's
/// searches (↑ ↓, Ctrl-P Ctrl-N), as less and vim do; Enter keeps the search, Esc gives it up.
extension AppState {
    mutating func handleSearchPrompt(_ key: Key) -> [Effect] {
        switch key {
        case .enter: keepSearch()
        case .escape: giveUpSearch()
        case .up, .control("p"): recallQuery(searchHistory.older(leaving: promptLine))
        case .down, .control("n"): recallQuery(searchHistory.newer())
        case .left: editPrompt { $0.moveLeft() }
        case .right: editPrompt { $0.moveRight() }
        case .home, .control("a"): editPrompt { $0.moveToStart() }
        case .end, .control("e"): editPrompt { $0.moveToEnd() }
        case .backspace:
            // Backspace on an empty query closes the prompt, as in less and vim.
            if search.query.text.isEmpty { giveUpSearch(); return [] }
            editPrompt { $0.deleteBackward() }
        case .delete: editPrompt { $0.deleteForward() }
        case .control("u"): editPrompt { $0.deleteToStart() }
        case .control("w"): editPrompt { $0.deleteWordBackward() }
        case .alt("b"): editPrompt { $0.moveWordLeft() }
        case .alt("f"): editPrompt { $0.moveWordRight() }
        case .alt("d"): editPrompt { $0.deleteWordForward() }
        case .alt(Key.altBackspace): editPrompt { $0.deleteWordBeforeCursor() }
        case .character(let character):
            // Keep the prompt bounded: a huge paste is cut, not allowed to stall the screen.
            guard search.query.text.count < Self.longestQuery else { search.note = Self.queryTooLong; return [] }
            editPrompt { $0.insert(Sanitizer.clean(String(character))) }
        default:
            break
        }
        return []
    }

    /// The query and the cursor in it, as the prompt edits them.
    var promptLine: PromptLine { PromptLine(text: search.query.text, cursor: search.cursor) }

    /// Applies `edit` to the prompt's line; the search runs again only when the text changed
    /// (moving the cursor finds nothing new).
    mutating func editPrompt(_ edit: (inout PromptLine) -> Void) {
        search.note = nil
        var line = promptLine
        edit(&line)
        let changed = line.text != search.query.text
        if changed { search.query = SearchQuery(parsing: line.text) }
        if search.query.leftTermsOut { search.note = "only the first \(SearchQuery.maximumTerms) words count" }
        search.cursor = min(line.cursor, search.query.text.count)
        if changed { runSearch() }
    }

    /// ↑ or ↓ found `line` in the history (nil: none further that way): it replaces the line,
    /// and its hits show as a typed query's do.
    private mutating func recallQuery(_ line: PromptLine?) {
        guard let line else { return }
        editPrompt { $0 = line }
    }

    /// Enter: the results stay, at the first match, and the query joins the history.
    private mutating func keepSearch() {
        // Nothing to keep: said, and the prompt closes, as less's "Pattern not found" (keys
        // typed next would go on into the query).
        if search.hits?.isEmpty == true {
            let query = search.query.quoted
            let hiddenByFilter = filter != .all && index?.search(search.query, limit: 1).isEmpty == false
            giveUpSearch()
            // Stories that match but are left out of the list (U, S) are said to be there.
            let key = keymap.label(for: filter == .unread ? .unreadOnly : .savedOnly).map { " (\($0) shows them all)" } ?? ""
            message = hiddenByFilter ? "no \(filter == .unread ? "unread" : "saved") stories match \(query)\(key)" : "no stories match \(query)"
            return
        }
        if search.query.isEmpty { giveUpSearch(); return }
        searchHistory.keep(search.query.text)
        search.isEditing = false
        searchStart = nil
        landOnMatch(first: true)
        revealCurrentMatch()
    }
}
