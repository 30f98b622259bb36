import LedeCore

/// Why a list or pane has nothing to show, wrapped to its width from the top-left corner.
struct EmptyNote: View {
    var text: String
    var theme: Theme

    func render(in area: Rect, into canvas: inout Canvas) {
        let lines = TextLayout.wrap(text, width: max(1, area.width - 1))
        for (row, line) in lines.prefix(area.height).enumerated() {
            canvas.put(line, x: area.x, y: area.y + row, style: theme.style(.credit), limit: area.maxX)
        }
    }
}
