/// Lines filled greedily, piece by piece, each no wider than `width` columns: what
/// `TextLayout.wrap` builds. A piece too wide for any line is split between characters.
struct LineFiller {
    let width: Int
    private(set) var lines: [WrappedLine] = []
    private var line = ""
    private var lineWidth = 0
    /// The line being filled carries on the last one with no space between.
    private var lineContinuesUnspaced = false

    init(width: Int) { self.width = width }

    /// Adds `piece` to the line, after a space when `spaced`, or starts a new line with it.
    mutating func add(_ piece: Substring, spaced: Bool) {
        var piece = piece
        var pieceWidth = DisplayWidth.of(String(piece))
        let gap = spaced ? 1 : 0
        // `line.isEmpty`, not a zero width: a word of only combining marks is still text.
        if !line.isEmpty, lineWidth + gap + pieceWidth <= width {
            if spaced { line += " " }
            line += piece
            lineWidth += gap + pieceWidth
            return
        }
        // A piece not spaced from the line it leaves carries on from it, as does each part of a
        // piece split between characters.
        var continuesUnspaced = !line.isEmpty && !spaced
        if !line.isEmpty {
            lines.append(WrappedLine(line, continuesUnspaced: lineContinuesUnspaced))
            line = ""
            lineWidth = 0
        }
        while pieceWidth > width {
            let (head, headWidth) = TextLayout.prefix(of: piece, fitting: width, atLeastOne: true)
            lines.append(WrappedLine(String(head), continuesUnspaced: continuesUnspaced))
            continuesUnspaced = true
            piece = piece[head.endIndex...]
            pieceWidth -= headWidth
        }
        line = String(piece)
        lineWidth = pieceWidth
        lineContinuesUnspaced = continuesUnspaced
    }

    /// The lines, the last one included; one empty line for no text.
    mutating func finish() -> [WrappedLine] {
        if !line.isEmpty || lines.isEmpty { lines.append(WrappedLine(line, continuesUnspaced: lineContinuesUnspaced)) }
        line = ""
        lineWidth = 0
        lineContinuesUnspaced = false
        return lines
    }
}
