/// Word wrapping and truncation by display width, so wide characters are never cut in half.
public enum TextLayout {
    /// Breaks `text` into lines no wider than `width` columns, at spaces where possible, and in
    /// Chinese and Japanese text where `LineBreakRules` allow. Pieces wider than a line are
    /// split between characters. Runs of spaces collapse to one.
    public static func wrap(_ text: String, width: Int) -> [String] {
        wrappedLines(text, width: width).map(\.text)
    }

    /// `wrap`'s lines, each saying whether it follows the one before after a space.
    public static func wrappedLines(_ text: String, width: Int) -> [WrappedLine] {
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

    /// A laid-out line (a listing's, a table's row) as it is when it fits in `width` columns.
    /// Wider, a row of columns (spaces in a run inside it) is cut at the edge, spaces kept, so
    /// that rows cut alike keep their columns; other lines wrap as `wrap` does, the first piece
    /// behind the line's indentation and the rest two columns deeper, which marks them as its
    /// continuation (when the indentation leaves room).
    public static func wrapLaidOut(_ line: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        if DisplayWidth.of(line) <= width { return [line] }
        let indent = line.prefix { $0 == " " }.count
        let content = line.dropFirst(indent)
        if content.contains("  ") { return cut(line, width: width) }
        let kept = indent + continuationIndent <= width / 2 ? indent : 0
        let deeper = kept + (kept + continuationIndent <= width / 2 ? continuationIndent : 0)
        let pieces = wrappedLines(String(content), width: width - kept)
        guard pieces.count > 1 else { return pieces.map { String(repeating: " ", count: kept) + $0.text } }
        // The rest is joined as it broke: a token cut at the edge carries on with no space.
        let rest = wrap(WrappedLine.joined(pieces.dropFirst()), width: width - deeper)
        return [String(repeating: " ", count: kept) + pieces[0].text] + rest.map { String(repeating: " ", count: deeper) + $0 }
    }

    /// How much deeper a laid-out line's continuation starts.
    static let continuationIndent = 2

    /// `text` in pieces of at most `width` columns, cut between characters, spaces kept.
    static func cut(_ text: String, width: Int) -> [String] {
        var pieces: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            let (piece, _) = prefix(of: rest, fitting: width, atLeastOne: true)
            pieces.append(String(piece))
            rest = rest[piece.endIndex...]
        }
        return pieces
    }

    /// `text` on one line spaced as `wrap` spaces it: runs of spaces (left where a control
    /// sequence was taken out) collapse to one, and none are kept at the ends.
    public static func spacedOnce(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
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
