import LedeCore

/// Draws the whole reader for a state: list, divider, pane and status line, or the help screen.
public enum Screen {
    public static func render(_ state: AppState, theme: Theme) -> Canvas {
        var canvas = Canvas(size: state.size)
        let layout = state.layout
        if layout.isTooSmall {
            canvas.put(TextLayout.truncate("terminal too small", width: state.size.width), x: 0, y: 0, style: theme.style(.error))
            return canvas
        }
        if state.isShowingHelp {
            HelpView(state: state, theme: theme).render(in: layout.status.height > 0 ? Rect(x: 0, y: 0, width: state.size.width, height: state.size.height - 1) : canvas.bounds, into: &canvas)
        } else if layout.isSplit {
            ListView(state: state, theme: theme).render(in: layout.list, into: &canvas)
            renderDivider(layout.divider, focus: state.focus, theme: theme, into: &canvas)
            PaneView(state: state, theme: theme).render(in: layout.pane, into: &canvas)
        } else if state.isStoryOpen {
            PaneView(state: state, theme: theme).render(in: layout.pane, into: &canvas)
        } else {
            ListView(state: state, theme: theme).render(in: layout.list, into: &canvas)
        }
        StatusLineView(state: state, theme: theme).render(in: layout.status, into: &canvas)
        return canvas
    }

    /// A vertical rule; its focused side is marked at the top so the focus is visible without colour.
    private static func renderDivider(_ area: Rect, focus: AppState.Focus, theme: Theme, into canvas: inout Canvas) {
        for y in area.y..<area.maxY {
            canvas.put("│", x: area.x, y: y, style: theme.style(.divider))
        }
        if area.height > 0 {
            canvas.put(focus == .list ? "◂" : "▸", x: area.x, y: area.y, style: theme.style(.divider).patched(with: Style(modifiers: .bold)))
        }
    }
}
