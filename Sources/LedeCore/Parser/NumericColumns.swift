/// Which columns of a table hold numbers, to be set flush right as `column -t -R` and
/// spreadsheets set them: a column of figures lines up its units, tens and decimal points.
enum NumericColumns {
    /// For each column of `rows` (a table's rows of cells, top first), whether it is numeric:
    /// each of its cells below the first row is a number or a placeholder ("", "–"), one at least
    /// a number. The first row's cells do not count either way: they may be the column's header.
    static func find(in rows: [[String]]) -> [Bool] {
        let width = rows.map(\.count).max() ?? 0
        var hasNumber = Array(repeating: false, count: width)
        var onlyNumbers = Array(repeating: true, count: width)
        for cells in rows.dropFirst() {
            for (column, cell) in cells.enumerated() where onlyNumbers[column] {
                if isNumber(cell) { hasNumber[column] = true } else if !isPlaceholder(cell) { onlyNumbers[column] = false }
            }
        }
        return zip(hasNumber, onlyNumbers).map { $0 && $1 }
    }

    /// A figure as tables write them: digits, grouped in thousands by `,` `.` or a no-break
    /// space, with a decimal part (`1,234.5`, `1.234,5`, `0.25`); a sign before, a currency sign
    /// before or after, or a percent sign after (`−3.2%`, `$1,200`, `12,50 €`). Not a date, a
    /// range, a version or a word with digits in it.
    static func isNumber(_ cell: String) -> Bool {
        // An ASCII cell is read from its bytes (the scalar properties and Set lookups below cost
        // some 5,000 instructions a cell): its only currency sign is `$`, its only decimal
        // digits 0-9, its only sign, space and separators those below.
        if let ascii = cell.withUTF8Bytes({ $0.allSatisfy { $0 < 0x80 } ? isNumber(ascii: $0) : nil }) { return ascii }
        var scalars = Substring(cell).unicodeScalars[...]
        if let first = scalars.first, signs.contains(first) { scalars.removeFirst() }
        if let first = scalars.first, first.properties.generalCategory == .currencySymbol { scalars.removeFirst() }
        if let first = scalars.first, signs.contains(first) { scalars.removeFirst() }
        if let last = scalars.last, last == "%" || last.properties.generalCategory == .currencySymbol {
            scalars.removeLast()
            if let space = scalars.last, spaces.contains(space) { scalars.removeLast() }
        }
        // Digit groups with one separator between two: past the first, a group is a thousands
        // group of three, but for a decimal part after a separator of its own ("1,234.5";
        // "1.2.3" is a version, not a figure).
        var groups: [Int] = [0]
        var separators: [UInt32] = []
        for scalar in scalars {
            if scalar.properties.numericType == .decimal {
                groups[groups.count - 1] += 1
            } else if groupSeparators.contains(scalar), groups.last! > 0 {
                separators.append(scalar.value)
                groups.append(0)
            } else {
                return false
            }
        }
        return isFigure(groups: groups, separators: separators)
    }

    /// `isNumber` of a cell of ASCII bytes.
    private static func isNumber(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func isSign(_ byte: UInt8) -> Bool { byte == 0x2B || byte == 0x2D }
        var start = 0, end = bytes.count
        if start < end, isSign(bytes[start]) { start += 1 }
        if start < end, bytes[start] == 0x24 { start += 1 }  // $
        if start < end, isSign(bytes[start]) { start += 1 }
        if start < end, bytes[end - 1] == 0x25 || bytes[end - 1] == 0x24 {  // % $
            end -= 1
            if start < end, bytes[end - 1] == 0x20 { end -= 1 }
        }
        var groups: [Int] = [0]
        var separators: [UInt32] = []
        for byte in bytes[start..<end] {
            if byte &- 0x30 < 10 {
                groups[groups.count - 1] += 1
            } else if byte == 0x2C || byte == 0x2E, groups.last! > 0 {
                separators.append(UInt32(byte))
                groups.append(0)
            } else {
                return false
            }
        }
        return isFigure(groups: groups, separators: separators)
    }

    /// Whether digit groups (their lengths) and the separators between them make a figure.
    private static func isFigure(groups: [Int], separators: [UInt32]) -> Bool {
        guard groups.allSatisfy({ $0 > 0 }) else { return false }
        let decimalPart = separators.count == 1 || (separators.count > 1 && separators[separators.count - 1] != separators[separators.count - 2])
        let thousands = groups.dropFirst().dropLast(decimalPart ? 1 : 0)
        return thousands.allSatisfy { $0 == 3 }
    }

    /// A cell that stands for no figure: empty, or a dash alone.
    static func isPlaceholder(_ cell: String) -> Bool {
        cell.isEmpty || cell == "-" || cell == "–" || cell == "—"
    }

    // MARK: - Internal

    /// `+`, `-` and the minus sign.
    private static let signs: Set<Unicode.Scalar> = ["+", "-", "\u{2212}"]
    private static let groupSeparators: Set<Unicode.Scalar> = [",", ".", "\u{00A0}", "\u{202F}"]
    /// Between a figure and its unit: `12 %`, `12,50 €`.
    private static let spaces: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}"]
}
