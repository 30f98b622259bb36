import LedeCore

/// Draws the whole reader for a state: list, divider, pane and status line, or the help screen.
public enum Screen {
    public static func render(_ state: AppState, theme: Theme) -> Canvas {
        var canvas = Canvas(size: state.size)
        let layout = state.layout
        if layout.isTooSmall {
            let quitKey = state.keymap.label(for: .backOrQuit) ?? state.keymap.label(for: .quit)
            TooSmallView(quitKey: quitKey, theme: theme).render(in: canvas.bounds, into: &canvas)
            return canvas
        }
        if state.isShowingHelp {
            let area = layout.status.height > 0 ? Rect(x: 0, y: 0, width: state.size.width, height: state.size.height - 1) : canvas.bounds
            help(state, theme: theme).render(in: area, into: &canvas)
        } else if layout.isSplit {
            list(state, theme: theme).render(in: layout.list, into: &canvas)
            DividerView(focus: state.focus, theme: theme).render(in: layout.divider, into: &canvas)
            pane(state, theme: theme).render(in: layout.pane, into: &canvas)
        } else if state.isStoryOpen {
            pane(state, theme: theme).render(in: layout.pane, into: &canvas)
        } else {
            list(state, theme: theme).render(in: layout.list, into: &canvas)
        }
        statusLine(state, theme: theme).render(in: layout.status, into: &canvas)
        return canvas
    }
}
