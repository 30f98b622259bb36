/// Word wrapping and truncation by display width, so wide characters are never cut in half.
public enum TextLayout {
    /// Breaks `text` into lines no wider than `width` columns, at spaces where possible.
    /// Words wider than a line are split between characters. Runs of spaces collapse to one.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            var wordWidth = DisplayWidth.of(String(word))
            // `line.isEmpty`, not a zero width: a word of only combining marks is still text.
            if !line.isEmpty, lineWidth + 1 + wordWidth <= width {
                line += " "
                line += word
                lineWidth += 1 + wordWidth
                continue
            }
            if !line.isEmpty {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while wordWidth > width {
                let (head, headWidth) = prefix(of: word, fitting: width, atLeastOne: true)
                lines.append(String(head))
                word = word[head.endIndex...]
                wordWidth -= headWidth
            }
            line = String(word)
            lineWidth = wordWidth
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` cut to at most `width` columns, ending in `…` when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let (head, _) = prefix(of: Substring(text), fitting: width - 1, atLeastOne: false)
        return String(head) + "…"
    }

    /// The longest prefix of whole characters that fits in `width` columns; with `atLeastOne`,
    /// one character even when it does not fit, so wrapping always makes progress.
    static func prefix(of text: Substring, fitting width: Int, atLeastOne: Bool) -> (Substring, Int) {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let characterWidth = DisplayWidth.of(text[index])
            if used + characterWidth > width { break }
            used += characterWidth
            end = text.index(after: index)
        }
        if atLeastOne, end == text.startIndex, let first = text.indices.first {
            end = text.index(after: first)
            used = DisplayWidth.of(text[first])
        }
        return (text[text.startIndex..<end], used)
    }
}
