/// A canvas as text with SGR escape sequences, for printing a sample of a theme
/// (`lede themes --preview`) without opening the full-screen reader.
extension Canvas {
    /// `colors`: how many the terminal shows (8, 16, 256, or `ColorMapping.directColors` for
    /// 24-bit): each colour is mapped as the reader maps it there, so the sample looks as the
    /// reader will.
    public func ansiLines(colors: Int) -> [String] {
        (0..<size.height).map { row in
            var line = ""
            var current: Style?
            for column in 0..<size.width where !self[column, row].isContinuation {
                let cell = self[column, row]
                if cell.style != current {
                    line += Self.sgr(cell.style, colors: colors)
                    current = cell.style
                }
                line.append(cell.character)
            }
            return line + "\u{1B}[0m"
        }
    }

    /// One escape sequence that resets, then sets the style's modifiers and colours.
    static func sgr(_ style: Style, colors: Int) -> String {
        var codes = ["0"]
        let modifiers: [(Modifiers, String)] = [(.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7")]
        for (modifier, code) in modifiers where style.modifiers.contains(modifier) { codes.append(code) }
        let (foreground, background) = ColorMapping.indices(foreground: style.foreground, background: style.background, colors: colors)
        if foreground >= 0 { codes.append(code(foreground, base: 30, colors: colors)) }
        if background >= 0 { codes.append(code(background, base: 40, colors: colors)) }
        return "\u{1B}[\(codes.joined(separator: ";"))m"
    }

    /// The SGR code of a palette index (or, on a direct-colour terminal, a 0xRRGGBB value).
    private static func code(_ index: Int, base: Int, colors: Int) -> String {
        if index < 8 { return "\(base + index)" }
        if colors >= ColorMapping.directColors { return "\(base + 8);2;\(index >> 16 & 0xFF);\(index >> 8 & 0xFF);\(index & 0xFF)" }
        if index < 16 { return "\(base + 60 + index - 8)" }
        return "\(base + 8);5;\(index)"
    }
}
