import LedeCore

/// What a terminal too small to read in shows instead of the reader: that it is too small, the
/// size it needs and how to quit, as newsboat and htop say it. Each line is the fullest of its
/// forms that fits, else the shortest cut with `…`; lines below the screen are left out.
struct TooSmallView: View {
    /// The key that quits here, as the keymap names it (nil: no line for it).
    var quitKey: String?
    var theme: Theme

    func render(in area: Rect, into canvas: inout Canvas) {
        let minimum = ScreenLayout.minimum
        var lines = [["terminal too small", "too small"], ["need \(minimum.width)×\(minimum.height)"]]
        if let quitKey { lines.append(["\(quitKey) quits"]) }
        for (row, forms) in lines.enumerated() where row < area.height {
            let text = forms.first { DisplayWidth.of($0) <= area.width } ?? TextLayout.truncate(forms[forms.count - 1], width: area.width)
            canvas.put(text, x: area.x, y: area.y + row, style: theme.style(row == 0 ? .error : .body), limit: area.maxX)
        }
    }
}
