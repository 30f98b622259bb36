import LedeCore
@testable import LedeUI

extension AppState {
    /// The highlighted text in the pane, match by match (a match's pieces on several lines
    /// joined as their lines are: by a space, or by none where a line carries on unspaced).
    var highlightedMatches: [String] {
        let lines = document?.lines ?? []
        return paneMatches.map { match in
            WrappedLine.joined(match.pieces.map {
                WrappedLine(String(lines[$0.line].text[$0.range]), continuesUnspaced: lines[$0.line].continuesUnspaced)
            })
        }
    }
}
