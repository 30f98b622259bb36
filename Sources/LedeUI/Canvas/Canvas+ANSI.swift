/// A canvas as text with SGR escape sequences, for printing a sample of a theme
/// (`lede themes --preview`) without opening the full-screen reader.
extension Canvas {
    /// `trueColor`: 24-bit colours as such (COLORTERM=truecolor); else as the nearest of 256.
    public func ansiLines(trueColor: Bool) -> [String] {
        (0..<size.height).map { row in
            var line = ""
            var current: Style?
            for column in 0..<size.width where !self[column, row].isContinuation {
                let cell = self[column, row]
                if cell.style != current {
                    line += Self.sgr(cell.style, trueColor: trueColor)
                    current = cell.style
                }
                line.append(cell.character)
            }
            return line + "\u{1B}[0m"
        }
    }

    /// One escape sequence that resets, then sets the style's modifiers and colours.
    static func sgr(_ style: Style, trueColor: Bool) -> String {
        var codes = ["0"]
        let modifiers: [(Modifiers, String)] = [(.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7")]
        for (modifier, code) in modifiers where style.modifiers.contains(modifier) { codes.append(code) }
        if let foreground = style.foreground { codes.append(code(foreground, base: 30, trueColor: trueColor)) }
        if let background = style.background { codes.append(code(background, base: 40, trueColor: trueColor)) }
        return "\u{1B}[\(codes.joined(separator: ";"))m"
    }

    private static func code(_ color: Color, base: Int, trueColor: Bool) -> String {
        switch color {
        case .ansi(let n): return n < 8 ? "\(base + Int(n))" : "\(base + 60 + Int(n) - 8)"
        case .indexed(let n): return "\(base + 8);5;\(n)"
        case .rgb(let r, let g, let b):
            return trueColor ? "\(base + 8);2;\(r);\(g);\(b)" : "\(base + 8);5;\(ColorMapping.nearest256(r, g, b))"
        }
    }
}
