/// Word wrapping and truncation by display width, so wide characters are never cut in half.
public enum TextLayout {
    /// Breaks `text` into lines no wider than `width` columns, at spaces where possible, and in
    /// Chinese and Japanese text where `LineBreakRules` allow. Pieces wider than a line are
    /// split between characters. Runs of spaces collapse to one.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var filler = LineFiller(width: width)
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            guard LineBreakRules.mayHoldCJK(word) else {
                filler.add(word, spaced: true)
                continue
            }
            for (index, piece) in LineBreakRules.pieces(of: word).enumerated() {
                filler.add(piece, spaced: index == 0)
            }
        }
        return filler.finish()
    }

    /// A laid-out line (a listing's, a table's row) as it is when it fits in `width` columns;
    /// wider, its text wrapped as `wrap` does, each piece behind the line's indentation (its
    /// leading spaces, when they leave room), so a long statement stays in its block.
    public static func wrapLaidOut(_ line: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        if DisplayWidth.of(line) <= width { return [line] }
        let indent = line.prefix { $0 == " " }.count
        let kept = indent <= width / 2 ? indent : 0
        let margin = String(repeating: " ", count: kept)
        return wrap(String(line.dropFirst(indent)), width: width - kept).map { margin + $0 }
    }

    /// `text` cut to at most `width` columns, ending in `…` when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let (head, _) = prefix(of: Substring(text), fitting: width - 1, atLeastOne: false)
        return String(head) + "…"
    }

    /// `text` cut to at most `width` columns from the front, opening with `…` when something was
    /// cut: what is being typed at its end stays in view.
    public static func truncateFront(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var used = 1
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let characterWidth = DisplayWidth.of(text[previous])
            if used + characterWidth > width { break }
            used += characterWidth
            start = previous
        }
        return "…" + text[start...]
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
