/// The line model's log-odds measured against the page itself: on a page whose best lines it
/// doubts (a list-like article of items without full stops, a reference page, a page in a script
/// it reads less well) the lines of some length are raised until its best lines stand at
/// `confidentLogit`, by at most `maximumLift`. A page's article is its most text-like part even
/// when that is less text-like than a news story; menus and labels (short lines) stay where the
/// model put them. (jusText measures stop words against a language's level the same way.)
enum PageCalibration {
    /// The log-odds the best lines of a page with a clear article reach.
    static let confidentLogit = 2.5
    /// The most a page's lines are raised.
    static let maximumLift = 1.5
    /// Best lines under these log-odds (1 in 4) are not lifted: where the model finds no text at
    /// all, the page is read by the rules' fallback and marked unsure, not made a confident story.
    static let doubtFloor = -1.0
    /// How many of the best lines tell how text-like the page's text is.
    static let bestLines = 3
    /// Lines of fewer words are neither measured nor raised.
    static let minimumWords = 5

    static func calibrated(_ logits: [Double], lines: [Line]) -> [Double] {
        // The best lines, highest first, kept as they come (a page of a million lines is not sorted).
        var best: [Double] = []
        best.reserveCapacity(bestLines + 1)
        for index in lines.indices where lines[index].wordCount >= minimumWords && logits[index].isFinite {
            let logit = logits[index]
            guard best.count < bestLines || logit > best[bestLines - 1] else { continue }
            best.insert(logit, at: best.firstIndex { $0 < logit } ?? best.count)
            if best.count > bestLines { best.removeLast() }
        }
        guard best.count == bestLines else { return logits }
        let strength = best.reduce(0, +) / Double(bestLines)
        guard strength < confidentLogit, strength >= doubtFloor else { return logits }
        let lift = min(maximumLift, confidentLogit - strength)
        var raised = logits
        for index in lines.indices where lines[index].wordCount >= minimumWords { raised[index] += lift }
        return raised
    }
}
