import Foundation

/// Finds the main article's body: the run of lines where the line model's article text outweighs
/// page furniture most (a maximum-sum segment, as text-density extractors do). Each line weighs
/// its probability of being article text less a half, times its length: a long paragraph the
/// model is sure of counts for much, a short menu entry against a little, so a box of links
/// inside an article does not split it but a long stretch of them ends it.
enum ArticleRegion {
    /// The range of line indices (into `lines`) of the article, or nil when no line reads as one.
    /// - Parameters:
    ///   - logits: per line, the line model's log-odds that it is article text.
    ///   - taken: per line, whether a teaser has it.
    static func find(in lines: [Line], logits: [Double], excluding taken: [Bool]) -> ClosedRange<Int>? {
        var best = 0.0, sum = 0.0
        var start = 0
        var found: ClosedRange<Int>?
        for index in lines.indices where !lines[index].isBlank {
            let probability: Double = 1 / (1 + exp(-logits[index]))
            let weight: Double = taken[index] ? -1000 : (probability - 0.5) * Double(1 + lines[index].wordCount)
            if sum <= 0 { sum = weight; start = index } else { sum += weight }
            if sum > best { best = sum; found = start...index }
        }
        return found
    }

    /// The hand-written rules' weight of a line, prose for and furniture against (blank lines
    /// neutral): one of the line model's features.
    static func weight(_ line: Line) -> Double {
        if line.isBlank { return 0 }
        if line.isExpandControl { return -30 }
        if line.isCallToAction { return -10 }
        if Phrases.opensLinkBox(line) { return -25 }
        if line.credit != nil || line.isCaption { return -2 }
        if line.endsTruncated { return -3 }
        if line.isParagraph { return Double(line.wordCount) }
        if line.repeats > 1 { return -8 }
        if line.isTableRow { return Double(line.wordCount) * 0.5 }
        if line.endsSentence, line.wordCount >= 5 { return Double(line.wordCount) * 0.5 }
        // Navigation is one to three words; list items and subheadings are longer.
        return line.wordCount <= 3 ? -4 : -1
    }

    /// Whether the hand-written rules keep a line inside an article: one of the line model's features.
    static func isBody(_ line: Line) -> Bool {
        if line.isBlank || line.isExpandControl || line.isCallToAction { return false }
        // A line said twice is a caption or a pull quote, not running text.
        if line.repeats > 1 { return false }
        if line.credit != nil || line.isCaption || line.endsTruncated { return false }
        if line.isParagraph || line.isTableRow { return true }
        if line.isBylineOrDate { return false }
        // Short sentences and subheadings between paragraphs.
        return (line.endsSentence && line.wordCount >= 3) || (line.wordCount >= 3 && line.upperCaseShare < 0.6)
    }
}
