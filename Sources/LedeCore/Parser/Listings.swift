/// Lines an article quotes as they were laid out, not written: a program listing, with its
/// indentation, or the rows of a table, one right under another. They make one paragraph, its
/// lines joined by line feeds, which the reading pane shows line for line instead of wrapping
/// each as a paragraph of prose (a listing's braces and indents are its meaning).
enum Listings {
    /// Whether a block of lines, one right under another, is laid out: two lines or more, half
    /// of them code (or a `<pre>`'s, `Line.Edges.laidOut`), rows of cells or indented deeper than
    /// the block's least (a browser's text keeps indentation only where the page kept its
    /// spaces, as a listing does).
    static func isListing(_ block: ArraySlice<Line>) -> Bool {
        guard block.count >= 2 else { return false }
        // (Field by field through the indices: asked of every block of an article's lines.)
        let least = leastIndent(of: block)
        var laidOut = 0
        for index in block.indices {
            let line = block[index]
            if holdsCodeOrCells(line) || line.indent > least { laidOut += 1 }
        }
        return laidOut * 2 >= block.count
    }

    /// Per line, whether it is in a listing of code: a block of three lines or more, one right
    /// under another, that `isListing` and not a table (fewer than half its lines hold cells);
    /// nil when the page has none. (Only a block with an indented line or one of code is looked
    /// at closely: most blocks have neither.)
    static func codeBlocks(in lines: [Line]) -> [Bool]? {
        var code: [Bool]?
        var start = 0
        // (Lines read through the buffer, where they lie: a copy of each retained its text.)
        lines.withUnsafeBufferPointer { buffer in
            while start < buffer.count {
                guard !buffer[start].isBlank else { start += 1; continue }
                var end = start, marked = isMarked(buffer[start])
                while end + 1 < buffer.count, !buffer[end + 1].isBlank {
                    end += 1
                    if !marked, isMarked(buffer[end]) { marked = true }
                }
                if marked, end - start >= 2 {
                    let block = lines[start...end]
                    if isListing(block), block.count(where: { $0.hasTab || $0.isTableRow }) * 2 < block.count {
                        if code == nil { code = [Bool](repeating: false, count: lines.count) }
                        for index in start...end { code![index] = true }
                    }
                }
                start = end + 1
            }
        }
        return code
    }

    /// Indented, or code: what a block must have one of to be looked at as a listing.
    @inline(__always)
    private static func isMarked(_ line: Line) -> Bool {
        line.indent > 0 || line.edges.isCodeOrLaidOut
    }

    /// A line of code, or of cells (a tab between them, or drawn: "────┼────").
    static func holdsCodeOrCells(_ line: Line) -> Bool {
        line.edges.isCodeOrLaidOut || line.hasTab || line.isTableRow
    }

    static func leastIndent(of block: ArraySlice<Line>) -> UInt8 {
        var least = UInt8.max
        for index in block.indices { least = min(least, block[index].indent) }
        return least
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

    /// The block as one paragraph: each line behind its indentation (all of it: a blank line
    /// may part a listing in two blocks, which must keep their places), its tabs at their
    /// stops; or when no line is code, a table: its cells in columns, figures flush right.
    static func paragraph(of block: ArraySlice<Line>) -> String {
        // A listing lines up its own text with tabs; a table's cells go in columns.
        let isTable = !block.contains { $0.edges.isCodeOrLaidOut }
        // Each row's cells' widths, measured once (a cell beyond ASCII is measured by its characters).
        let cellWidths: [[Int]?] = block.map { line in isTable && isRow(line) ? line.cells?.map(DisplayWidth.of) : nil }
        var columns: [Int] = []
        for widths in cellWidths {
            for (column, width) in (widths ?? []).enumerated() {
                if column == columns.count { columns.append(0) }
                columns[column] = max(columns[column], width)
            }
        }
        let rightAligned = isTable ? NumericColumns.find(in: block.compactMap { isRow($0) ? $0.cells : nil }) : []
        var text: [UInt8] = []
        for (rank, line) in block.enumerated() {
            if rank > 0 { text.append(0x0A) }
            if let widths = cellWidths[rank], let cells = line.cells {
                appendRow(cells, widths: widths, columns: columns, rightAligned: rightAligned, to: &text)
                continue
            }
            let indent = Int(line.indent)
            text.append(contentsOf: repeatElement(0x20, count: indent))
            text.append(contentsOf: (line.cells.map { tabbed($0, from: indent) } ?? line.text).utf8)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// A row of a table: cells between tabs, not indented, and no code (code lines up its own
    /// text with tabs).
    static func isRow(_ line: Line) -> Bool {
        line.cells != nil && line.indent == 0 && !line.edges.isCodeOrLaidOut
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

    /// A row's cells (`widths` wide), each padded to its column's width, `gutter` apart: on the
    /// left in a column of figures (`rightAligned`), else on the right (the last cell not padded).
    static func appendRow(_ cells: [String], widths: [Int], columns: [Int], rightAligned: [Bool], to text: inout [UInt8]) {
        for (column, cell) in cells.enumerated() {
            let padding = columns[column] - widths[column]
            let isLast = column == cells.count - 1
            if rightAligned[column] {
                text.append(contentsOf: repeatElement(0x20, count: padding))
                text.append(contentsOf: cell.utf8)
                if !isLast { text.append(contentsOf: repeatElement(0x20, count: gutter)) }
            } else {
                text.append(contentsOf: cell.utf8)
                if !isLast { text.append(contentsOf: repeatElement(0x20, count: padding + gutter)) }
            }
        }
    }

    /// Spaces between two columns.
    static let gutter = 2
}
