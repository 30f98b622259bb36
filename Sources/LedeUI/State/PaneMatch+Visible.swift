extension PaneMatch {
    /// The matches with a piece on `lines`: a frame highlights the few in view, not all of a
    /// long story's thousands. Matches are in story order and never overlap, so the line each
    /// ends on only grows and the first one in view is found by halving.
    static func visible(_ matches: [PaneMatch], onLines lines: Range<Int>) -> Range<Int> {
        var low = 0, high = matches.count
        while low < high {
            let middle = (low + high) / 2
            if matches[middle].pieces[matches[middle].pieces.count - 1].line < lines.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < matches.count, matches[end].line < lines.upperBound { end += 1 }
        return low..<end
    }
}
