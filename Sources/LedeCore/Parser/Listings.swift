/// Lines an article quotes as they were laid out, not written: a program listing, with its
/// indentation, or the rows of a table, one right under another. They make one paragraph, its
/// lines joined by line feeds, which the reading pane shows line for line instead of wrapping
/// each as a paragraph of prose (a listing's braces and indents are its meaning).
enum Listings {
    /// Whether a block of lines, one right under another, is laid out: two lines or more, half
    /// of them code, rows of cells or indented deeper than the block's least (a browser's text
    /// keeps indentation only where the page kept its spaces, as a listing does).
    static func isListing(_ block: ArraySlice<Line>) -> Bool {
        guard block.count >= 2 else { return false }
        let least = block.map(\.indent).min() ?? 0
        let laidOut = block.count { $0.edges.contains(.code) || $0.hasTab || $0.isTableRow || $0.indent > least }
        return laidOut * 2 >= block.count
    }

    /// The block's paragraphs: a table's rows and a listing's lines apart (a page may set a
    /// table right under a listing, no blank line between), each part one paragraph when laid
    /// out, its lines each a paragraph when not.
    static func paragraphs(of block: ArraySlice<Line>) -> [String] {
        var paragraphs: [String] = []
        var start = block.startIndex
        func close(_ part: ArraySlice<Line>) {
            if isListing(part) { paragraphs.append(paragraph(of: part)) } else { paragraphs += part.map(\.text) }
        }
        // (A lone line between, a table's caption, stays with its neighbours.)
        for index in block.indices.dropFirst() where isRow(block[index]) != isRow(block[index - 1])
            && index - start >= 2 && block.endIndex - index >= 2 {
            close(block[start..<index])
            start = index
        }
        close(block[start...])
        return paragraphs
    }

    /// The block as one paragraph: each line behind its indentation, less the indentation all
    /// its lines share (a listing indented as a whole on the page), its tabs at their stops; or
    /// when no line is code, a table: its cells in columns.
    static func paragraph(of block: ArraySlice<Line>) -> String {
        let shared = block.map(\.indent).min() ?? 0
        // A listing lines up its own text with tabs; a table's cells go in columns.
        let isTable = !block.contains { $0.edges.contains(.code) }
        let columns = isTable ? columnWidths(of: block) : []
        return block.map { line in
            if isTable, isRow(line), let cells = line.cells { return row(cells, widths: columns) }
            let indent = Int(line.indent - shared)
            return String(repeating: " ", count: indent) + (line.cells.map { tabbed($0, from: indent) } ?? line.text)
        }.joined(separator: "\n")
    }

    /// A row of a table: cells between tabs, not indented, and no code (code lines up its own
    /// text with tabs).
    static func isRow(_ line: Line) -> Bool {
        line.cells != nil && line.indent == 0 && !line.edges.contains(.code)
    }

    /// A code line's cells at the tab stops (every `tabStop` columns) its tabs stood for.
    static func tabbed(_ cells: [String], from column: Int) -> String {
        var text = cells[0]
        var used = column + DisplayWidth.of(text)
        for cell in cells.dropFirst() {
            let stop = (used / tabStop + 1) * tabStop
            text += String(repeating: " ", count: stop - used) + cell
            used = stop + DisplayWidth.of(cell)
        }
        return text
    }

    static let tabStop = 4

    /// Per column, the widest of its cells (in terminal columns) among the block's rows.
    static func columnWidths(of block: ArraySlice<Line>) -> [Int] {
        var widths: [Int] = []
        for cells in block.lazy.filter(isRow).compactMap(\.cells) {
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
