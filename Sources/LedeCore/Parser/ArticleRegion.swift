/// Finds the main article's body: the run of lines where long prose outweighs page furniture
/// most (a maximum-sum segment, as text-density extractors do).
enum ArticleRegion {
    /// The range of line indices (into `lines`) of the densest prose, or nil when the page has none.
    static func find(in lines: [Line], excluding taken: Set<Int>, repeated: [String: Int]) -> ClosedRange<Int>? {
        var best: ClosedRange<Int>?
        var bestSum = 0.0
        var start = 0
        var sum = 0.0
        for index in lines.indices {
            let weight = taken.contains(index) ? -1000 : self.weight(lines[index], repeated: repeated)
            if sum <= 0 {
                sum = 0
                start = index
            }
            sum += weight
            if sum > bestSum, weight > 0 {
                bestSum = sum
                best = start...index
            }
        }
        guard let found = best else { return nil }
        // Start at the first paragraph, not at furniture that happened to sit in the segment.
        guard let first = found.first(where: { lines[$0].isParagraph }) else { return nil }
        return first...found.upperBound
    }

    /// Prose counts for, furniture against; blank lines are neutral.
    static func weight(_ line: Line, repeated: [String: Int]) -> Double {
        if line.isBlank { return 0 }
        if Phrases.isExpandControl(line) { return -30 }
        if Phrases.isCallToAction(line) { return -12 }
        if line.credit != nil || Phrases.isCaption(line) { return -2 }
        if line.isParagraph { return Double(line.wordCount) }
        if (repeated[line.key] ?? 1) > 1 { return -8 }
        if line.endsSentence, line.wordCount >= 5 { return Double(line.wordCount) * 0.5 }
        // Navigation is one to three words; list items and subheadings are longer.
        return line.wordCount <= 3 ? -4 : -1
    }

    /// Whether a line inside the region belongs to the body text.
    static func isBody(_ line: Line, repeated: [String: Int]) -> Bool {
        if line.isBlank || Phrases.isExpandControl(line) || Phrases.isCallToAction(line) { return false }
        if line.credit != nil || Phrases.isCaption(line) { return false }
        if line.isParagraph { return true }
        if (repeated[line.key] ?? 1) > 1 || Phrases.isBylineOrDate(line) { return false }
        // Short sentences and subheadings between paragraphs.
        return (line.endsSentence && line.wordCount >= 3) || (line.wordCount >= 3 && line.upperCaseShare < 0.6)
    }
}
