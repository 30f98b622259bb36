/// Lines an article quotes as they were laid out, not written: a program listing, with its
/// indentation, or the rows of a table, one right under another. They make one paragraph, its
/// lines joined by line feeds, which the reading pane shows line for line instead of wrapping
/// each as a paragraph of prose (a listing's braces and indents are its meaning).
enum Listings {
    /// Whether a block of lines, one right under another, is laid out: two lines or more, half
    /// of them code or rows of cells (a listing's other lines are statements without a mark).
    static func isListing(_ block: ArraySlice<Line>) -> Bool {
        guard block.count >= 2 else { return false }
        let laidOut = block.count { $0.edges.contains(.code) || $0.hasTab }
        return laidOut * 2 >= block.count
    }

    /// The block as one paragraph: each line behind its indentation, less the indentation all
    /// its lines share (a listing indented as a whole on the page); a table's cells in columns.
    static func paragraph(of block: ArraySlice<Line>) -> String {
        let shared = block.map(\.indent).min() ?? 0
        let columns = columnWidths(of: block)
        return block.map { line in
            guard let cells = line.cells else { return String(repeating: " ", count: Int(line.indent - shared)) + line.text }
            return row(cells, widths: columns)
        }.joined(separator: "\n")
    }

    /// Per column, the widest of its cells (in terminal columns) among the block's rows.
    static func columnWidths(of block: ArraySlice<Line>) -> [Int] {
        var widths: [Int] = []
        for cells in block.lazy.compactMap(\.cells) {
            for (column, cell) in cells.enumerated() {
                if column == widths.count { widths.append(0) }
                widths[column] = max(widths[column], DisplayWidth.of(cell))
            }
        }
        return widths
    }

    /// A row's cells, each padded to its column's width, `gutter` apart (the last not padded).
    static func row(_ cells: [String], widths: [Int]) -> String {
        var text = ""
        for (column, cell) in cells.enumerated() {
            text += cell
            if column < cells.count - 1 { text += String(repeating: " ", count: widths[column] - DisplayWidth.of(cell) + gutter) }
        }
        return text
    }

    /// Spaces between two columns.
    static let gutter = 2
}
