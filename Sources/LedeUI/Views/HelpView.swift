/// The help screen, written from the keymap itself so it can never disagree with it.
struct HelpView {
    var state: AppState
    var theme: Theme

    static func lines(for keymap: Keymap) -> [String] {
        let rows = keymap.bindings.map { binding in
            (binding.keys.map(\.label).joined(separator: " "), binding.help)
        }
        let keyWidth = rows.map { $0.0.count }.max() ?? 0
        var lines = ["Lede — keys", ""]
        lines += rows.map { keys, help in "  " + keys + String(repeating: " ", count: keyWidth - keys.count + 3) + help }
        lines += ["", "In the search prompt: type to filter, Enter keeps the results, Esc clears.",
                  "Mouse: wheel scrolls, click selects; click a selected story to open it.",
                  "", "Any other key closes this help."]
        return lines
    }

    func render(in area: Rect, into canvas: inout Canvas) {
        let style = theme.style(.help)
        canvas.fill(area, style: style)
        let lines = Self.lines(for: state.keymap)
        let offset = min(state.helpOffset, max(0, lines.count - area.height))
        for row in 0..<area.height where offset + row < lines.count {
            let line = lines[offset + row]
            let lineStyle = offset + row == 0 ? style.patched(with: theme.style(.headline)) : style
            canvas.put(line, x: area.x + 1, y: area.y + row, style: lineStyle, limit: area.maxX)
        }
    }
}
