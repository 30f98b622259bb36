import LedeCore

/// An in-memory grid of cells that views draw into. The terminal backend copies it to the screen;
/// tests read it back as text.
public struct Canvas: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal shows its cursor (after a prompt's text being typed); nil: hidden.
    public var cursor: Point?

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    /// A canvas holding `lines` as plain text, for comparing screens in tests.
    public init(lines: [String]) {
        let width = lines.map(DisplayWidth.of).max() ?? 0
        self.init(size: Size(width: width, height: lines.count))
        for (row, line) in lines.enumerated() { put(line, x: 0, y: row, style: .plain) }
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Each row as text, continuation cells left out, so a row reads as it shows.
    public var lines: [String] {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width where !self[column, row].isContinuation {
                line.append(self[column, row].character)
            }
            return line
        }
    }

    /// Fills `rect` with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let area = clipped(rect)
        guard area.width > 0 else { return }
        let blank = Cell(" ", width: 1, style: style)
        for row in area.y..<area.maxY {
            // Only the edges can cut a wide character in two; `set` mends those, the rest is copied.
            set(blank, x: area.x, y: row)
            if area.width > 1 { set(blank, x: area.maxX - 1, y: row) }
            let start = row * size.width
            for column in (area.x + 1)..<max(area.x + 1, area.maxX - 1) { cells[start + column] = blank }
        }
    }

    /// Draws `text` from (x, y), never past `limit` (default: the canvas edge). Zero-width and
    /// control characters are skipped; a wide character that would not fit is left out.
    /// - Returns: the column after the last one drawn.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        guard y >= 0, y < size.height else { return x }
        let end = min(limit ?? size.width, size.width)
        var column = x
        for cluster in text {
            // A cluster a terminal draws in several cells (Thai น้ำ, a flag, 👍🏽) is drawn a cell
            // at a time, and left out whole when it does not fit: half a flag is another letter.
            let cells = cluster.unicodeScalars.count > 1 && !cluster.isASCII ? DisplayWidth.cells(of: cluster) : [cluster]
            if cells.count > 1, column + DisplayWidth.of(cluster) > end { return column }
            for character in cells {
                let width = DisplayWidth.of(character)
                if width == 0 { continue }
                if column + width > end { return column }
                if column >= 0 {
                    set(Cell(character, width: width, style: style), x: column, y: y)
                    if width == 2 { set(Cell(" ", width: 0, style: style, isContinuation: true), x: column + 1, y: y) }
                }
                column += width
            }
        }
        return column
    }

    /// Changes the style of the cells in `rect`, keeping their characters.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let area = clipped(rect)
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX { cells[row * size.width + column].style = transform(self[column, row].style) }
        }
    }

    /// Writes one cell, blanking the other half of any wide character it cuts in two.
    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < size.width else { return }
        let index = y * size.width + x
        let old = cells[index]
        if old.isContinuation, !cell.isContinuation, x > 0 {
            cells[index - 1] = Cell(" ", width: 1, style: cells[index - 1].style)
        }
        if old.width == 2, cell.isContinuation || cell.width != 2, x + 1 < size.width {
            cells[index + 1] = Cell(" ", width: 1, style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    private func clipped(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX), y1 = min(size.height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}

extension Canvas: CustomStringConvertible {
    /// The grid row by row in quotes, so a failing screen comparison shows where it differs.
    public var description: String {
        lines.enumerated().map { "\(String($0.offset).leftPadded(to: 3)) \"\($0.element)\"" }.joined(separator: "\n")
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
