import LedeCore
import Testing

/// Expects the list pane's divider (│, or ◂ on the selected row) at `column` on every row but
/// the status line: each cluster drawn before it took exactly the columns measured for it.
func expectDividerInColumn(_ column: Int, on screen: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    for (row, line) in screen.dropLast().enumerated() {
        guard let divider = line.firstIndex(where: { $0 == "│" || $0 == "◂" }) else {
            Issue.record("row \(row) has no divider: \(line)", sourceLocation: sourceLocation)
            continue
        }
        #expect(DisplayWidth.of(String(line[..<divider])) == column, "row \(row): \(line)", sourceLocation: sourceLocation)
    }
}
