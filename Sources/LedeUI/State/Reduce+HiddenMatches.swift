import LedeCore

/// Search matches in the text a collapsed teaser hides: the index searches a story's every
/// paragraph, the pane shows a collapsed teaser's first. Moving to such a match opens the teaser,
/// as less and vim open a fold that a search lands in; `x` closes it again.
extension AppState {
    /// Opens the selected teaser if it is collapsed and hides matches.
    /// - Returns: how many matches it showed closed (the index of the first it hid), or nil
    ///   when it stays as it is.
    mutating func openTeaserHidingMatches() -> Int? {
        guard let id = selectedStory, library.isExpandable(id), !expanded.contains(id) else { return nil }
        let shown = paneMatches.count
        expanded.insert(id)
        if paneMatches.count > shown { return shown }
        expanded.remove(id)
        return nil
    }

    /// The first (or last) match of the story just selected, in its hidden text if need be.
    mutating func landOnMatch(first: Bool) {
        if first {
            // Closed, the teaser's first match is the first shown; with none shown, the first hidden.
            if paneMatches.isEmpty { _ = openTeaserHidingMatches() }
            search.currentMatch = 0
        } else {
            _ = openTeaserHidingMatches()
            search.currentMatch = max(0, paneMatches.count - 1)
        }
    }

    /// After `x` closed a teaser, the current match is the last one still shown.
    mutating func keepCurrentMatchShown() {
        search.currentMatch = min(search.currentMatch, max(0, paneMatches.count - 1))
    }
}
