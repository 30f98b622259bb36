import LedeCore

/// The bottom line: position, mode, search prompt or note, and the help hint.
struct StatusLineView {
    var state: AppState
    var theme: Theme

    func render(in area: Rect, into canvas: inout Canvas) {
        let style = theme.style(.statusLine)
        canvas.fill(area, style: style)
        guard !area.isEmpty else { return }
        let right = rightText
        let rightWidth = DisplayWidth.of(right)
        let leftLimit = area.maxX - (rightWidth + 1 <= area.width / 2 ? rightWidth + 1 : 0)
        var x = area.x
        if state.isShowingHelp {
            x = canvas.put(TextLayout.truncate(" j k Space b scroll · any other key closes", width: leftLimit - x), x: x, y: area.y, style: style, limit: leftLimit)
        } else if state.search.isEditing {
            x = canvas.put("/" + state.search.query.text, x: x, y: area.y, style: style, limit: leftLimit)
            if let count = state.matchCountText {
                x = canvas.put("  " + count, x: x, y: area.y, style: style.patched(with: Style(modifiers: .dim)), limit: leftLimit)
            }
        } else if let message = state.message {
            x = canvas.put(TextLayout.truncate(" " + message, width: leftLimit - x), x: x, y: area.y, style: style.patched(with: theme.style(.error)), limit: leftLimit)
        } else {
            x = canvas.put(TextLayout.truncate(" " + leftText, width: leftLimit - x), x: x, y: area.y, style: style, limit: leftLimit)
        }
        if leftLimit < area.maxX {
            canvas.put(right, x: area.maxX - rightWidth, y: area.y, style: style)
        }
    }

    private var leftText: String {
        var parts: [String] = []
        let position = state.listPosition
        parts.append("\(position.index)/\(position.count)")
        if let count = state.matchCountText {
            parts.append("search “\(state.search.query.text)”: \(count)")
            let matches = state.paneMatches.count
            if matches > 0 { parts.append("match \(state.search.currentMatch + 1)/\(matches)") }
        }
        if let loading = state.loading { parts.append("loading \(loading.done)/\(loading.total)") }
        return parts.joined(separator: " · ")
    }

    private var rightText: String {
        if state.isShowingHelp { return "\(state.helpViewport.positionLabel) · help " }
        let focus = state.layout.isSplit ? (state.focus == .list ? "list" : "pane") : (state.isStoryOpen ? "story" : "list")
        let paneVisible = state.layout.isSplit || state.isStoryOpen
        let position = paneVisible && state.document != nil ? "\(state.paneViewport.positionLabel) · " : ""
        return "\(position)\(focus) · ? help "
    }
}
