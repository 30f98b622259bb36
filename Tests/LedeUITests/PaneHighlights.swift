@testable import LedeUI

extension AppState {
    /// The highlighted text in the pane, match by match (a match's pieces on several lines
    /// joined by a space).
    var highlightedMatches: [String] {
        let lines = document?.lines ?? []
        return paneMatches.map { match in match.pieces.map { String(lines[$0.line].text[$0.range]) }.joined(separator: " ") }
    }
}
