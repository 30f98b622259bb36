import LedeCore

/// The help screen, written from the keymap itself so it can never disagree with it.
struct HelpView: View {
    var lines: [String]
    var offset: Int
    var theme: Theme

    /// The help text for `keymap` at `width` columns: keys in a column, descriptions wrapped beside them.
    static func lines(for keymap: Keymap, width: Int) -> [String] {
        let rows = keymap.bindings.map { binding in
            (binding.keys.isEmpty ? "(no key)" : binding.keys.map(\.label).joined(separator: " "), binding.help)
        }
        let keyWidth = (rows.map { DisplayWidth.of($0.0) }.max() ?? 0) + 4
        let textWidth = max(10, width - keyWidth - 1)
        var lines = ["Lede — keys", ""]
        // The list's marks first: a new reader meets them before any key, and they are not keys.
        lines += TextLayout.wrap(legend(for: keymap), width: max(10, width - 1))
        lines.append("")
        for (keys, help) in rows {
            for (number, piece) in TextLayout.wrap(help, width: textWidth).enumerated() {
                let left = number == 0 ? "  " + keys : ""
                lines.append(left + String(repeating: " ", count: keyWidth - DisplayWidth.of(left)) + piece)
            }
        }
        let notes = [
            "In the search prompt: type to filter, Enter keeps the results, Esc clears; ← → Home End (Ctrl-A Ctrl-E) move the cursor; "
                + "Backspace and Delete delete a character, Ctrl-W the word before the cursor, Ctrl-U all before it; "
                + "Alt-b Alt-f move a word back and on, Alt-Backspace and Alt-d delete one; "
                + "↑ ↓ (Ctrl-P Ctrl-N) bring back the searches kept earlier in this run.",
            "Mouse: the wheel scrolls, a click selects; click a selected story to open it.",
            closingNote(for: keymap),
            "Keys can be rebound in the [keys] table of config.toml: see man lede.",
        ]
        for note in notes {
            lines.append("")
            lines += TextLayout.wrap(note, width: max(10, width - 1))
        }
        return lines
    }

    /// How to scroll and leave the help, with the keys in force: the keys that only close it,
    /// and the rest, which close it and do what they do.
    static func closingNote(for keymap: Keymap) -> String {
        func listed(_ commands: [Command]) -> String? {
            let labels = commands.compactMap { keymap.label(for: $0) }
            guard let last = labels.last else { return nil }
            return labels.count > 1 ? labels.dropLast().joined(separator: ", ") + " or " + last : last
        }
        let scroll = listed([.down, .up, .readOn, .pageUp]).map { "\($0) scrolls this help; " } ?? ""
        let close = listed([.back, .backOrQuit, .help]).map { "\($0) closes it; " } ?? ""
        return "\(scroll)\(close)\(keymap.label(for: .quit) ?? "Ctrl-C") quits; any other key closes it and does what it does."
    }

    /// What the marks before a headline mean, with the keys in force.
    static func legend(for keymap: Keymap) -> String {
        let expand = keymap.label(for: .toggleExpand).map { " (\($0): keep reading)" } ?? ""
        let save = keymap.label(for: .toggleSaved).map { " (\($0))" } ?? ""
        let saved = " \(ListView.savedMark) saved\(save);"
        return "In the list: \(ListView.teaserMark) a teaser, a story's opening\(expand); \(ListView.unsureMark) no clear article on the page, shown whole;\(saved) dimmed: read."
    }

    func render(in area: Rect, into canvas: inout Canvas) {
        let style = theme.style(.help)
        canvas.fill(area, style: style)
        // A resize can leave the offset past the end: the last lines stay in view.
        let offset = min(self.offset, max(0, lines.count - area.height))
        for row in 0..<area.height where offset + row < lines.count {
            let line = lines[offset + row]
            let lineStyle = offset + row == 0 ? style.patched(with: theme.style(.headline)) : style
            canvas.put(line, x: area.x + 1, y: area.y + row, style: lineStyle, limit: area.maxX)
        }
    }
}
