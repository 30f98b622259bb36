/// The rule between list and pane; its focused side is marked at the top, so the focus shows
/// without colour.
struct DividerView: View {
    var focus: AppState.Focus
    var theme: Theme

    func render(in area: Rect, into canvas: inout Canvas) {
        for y in area.y..<area.maxY {
            canvas.put("│", x: area.x, y: y, style: theme.style(.divider))
        }
        if area.height > 0 {
            canvas.put(focus == .list ? "◂" : "▸", x: area.x, y: area.y, style: theme.style(.divider).patched(with: Style(modifiers: .bold)))
        }
    }
}
