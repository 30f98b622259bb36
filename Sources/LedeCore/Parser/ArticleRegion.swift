/// Finds the main article's body: the run of lines where long prose outweighs page furniture
/// most (a maximum-sum segment, as text-density extractors do), cut where the prose gives way
/// to a long stretch of furniture or to a line that ends articles ("Comments", "Related").
enum ArticleRegion {
    /// How far the running sum may fall below its peak before the segment is closed at the peak:
    /// about two paragraphs' worth of furniture separates the article from what follows it.
    static let deficitLimit = 45.0
    /// At most this many lines of furniture between two stretches of prose are a box inside the article.
    static let shortBox = 8

    /// A stretch of prose found by the scan: from its first prose line to its peak.
    struct Segment {
        var first: Int
        var last: Int
        var sum: Double
    }

    /// The range of line indices (into `lines`) of the densest prose, or nil when the page has none.
    /// - Parameter taken: per line, whether a teaser has it.
    static func find(in lines: [Line], excluding taken: [Bool]) -> ClosedRange<Int>? {
        var weights = [Double](repeating: 0, count: lines.count)
        var barrier = [Bool](repeating: false, count: lines.count)
        var run = 0
        for (index, line) in lines.enumerated() {
            if taken[index] || line.endsArticle {
                barrier[index] = true
                weights[index] = -1000
                continue
            }
            var weight = self.weight(line)
            if weight < 0 {
                // A long stretch of furniture weighs more than its lines one by one.
                weight -= Double(min(run, 8))
                run += 1
            } else if weight > 0 {
                run = 0
            }
            weights[index] = weight
        }
        let segments = self.segments(weights)
        guard let bestIndex = segments.indices.max(by: { segments[$0].sum < segments[$1].sum }) else { return nil }
        var lower = bestIndex
        var upper = bestIndex
        // A box of furniture inside an article (a newsletter sign-up, a gallery) splits it in two.
        // Join a neighbour that is comparable in size, or that is real prose (two paragraphs or
        // more) across a short box; related-story lists after an article are neither.
        func joinable(_ a: Segment, _ b: Segment, neighbour: Segment) -> Bool {
            let gap = (a.last + 1)..<b.first
            guard !gap.contains(where: { barrier[$0] }) else { return false }
            let gapWeight = gap.reduce(0) { $0 + weights[$1] }
            if neighbour.sum >= segments[bestIndex].sum * 0.4 { return gapWeight > -250 }
            let boxLines = gap.count(where: { !lines[$0].isBlank })
            let paragraphs = (neighbour.first...neighbour.last).count(where: { lines[$0].isParagraph })
            return boxLines <= shortBox && paragraphs >= 2 && gapWeight > -120
        }
        while upper + 1 < segments.count, joinable(segments[upper], segments[upper + 1], neighbour: segments[upper + 1]) { upper += 1 }
        while lower > 0, joinable(segments[lower - 1], segments[lower], neighbour: segments[lower - 1]) { lower -= 1 }
        let found = segments[lower].first...segments[upper].last
        // Start at the first paragraph, not at furniture that happened to sit in the segment.
        guard let first = found.first(where: { lines[$0].isParagraph }) else { return nil }
        // A box of related stories near the end is not the article's last part, however prose-like
        // its excerpts are: cut at its heading when little prose follows it.
        var last = found.upperBound
        // (Share buttons are not such a box: the article may go on below them.)
        if let box = found.last(where: { lines[$0].opensLinkBox && !lines[$0].shortKey.hasPrefix("share") }), box > first {
            let prose = { (range: ClosedRange<Int>) in range.reduce(0.0) { $0 + max(0, weights[$1]) } }
            if prose(box...last) < prose(first...box) * 0.25 { last = box - 1 }
        }
        // End at the last line that is not a promotion or a link (sign-up boxes close articles).
        while last > first, lines[last].isBlank || Phrases.isPromotion(lines[last]) || lines[last].isCallToAction || (!lines[last].isParagraph && !lines[last].endsSentence && !lines[last].isTableRow) { last -= 1 }
        return first...last
    }

    /// Maximum-sum stretches of `weights`, each closed when the sum falls to zero or too far below its peak.
    static func segments(_ weights: [Double]) -> [Segment] {
        var segments: [Segment] = []
        var current: Segment?
        var sum = 0.0
        var index = 0
        func close() {
            if let segment = current, segment.sum > 0 { segments.append(segment) }
            current = nil
            sum = 0
        }
        while index < weights.count {
            let weight = weights[index]
            sum += weight
            if weight > 0 {
                if current == nil { current = Segment(first: index, last: index, sum: sum) }
                if let segment = current, sum > segment.sum { current = Segment(first: segment.first, last: index, sum: sum) }
            }
            if let segment = current {
                if sum <= 0 || sum < segment.sum - deficitLimit {
                    index = segment.last + 1
                    close()
                    continue
                }
            } else if sum < 0 {
                sum = 0
            }
            index += 1
        }
        close()
        return segments
    }

    /// Prose counts for, furniture against; blank lines are neutral.
    static func weight(_ line: Line) -> Double {
        if line.isBlank { return 0 }
        if line.isExpandControl { return -30 }
        if line.isCallToAction { return -10 }
        if line.opensLinkBox { return -25 }
        if line.credit != nil || line.isCaption { return -2 }
        if line.endsTruncated { return -3 }
        if line.isParagraph { return Double(line.wordCount) }
        if line.repeats > 1 { return -8 }
        if line.isTableRow { return Double(line.wordCount) * 0.5 }
        if line.endsSentence, line.wordCount >= 5 { return Double(line.wordCount) * 0.5 }
        // Navigation is one to three words; list items and subheadings are longer.
        return line.wordCount <= 3 ? -4 : -1
    }

    /// Lines in the region that sit beside the text rather than in it: a summary box at the top
    /// ("Key points" and a few lines, up to a blank line), and a caption right under a picture's
    /// furniture and above its credit.
    static func asides(in region: ClosedRange<Int>, lines: [Line]) -> Set<Int> {
        var aside = Set<Int>()
        // A summary heading opens the article (just above its first paragraph or among its first
        // lines); further down, "Highlights" or "Summary" is an ordinary subheading.
        let opening = Set(region.lazy.filter { !lines[$0].isBlank }.prefix(3))
        var summaryLeft = 0
        if let above = lines[..<region.lowerBound].last(where: { !$0.isBlank }), above.number == region.lowerBound - 1,
           Phrases.summaryHeadings.contains(above.shortKey) { summaryLeft = summaryLength }
        for index in region {
            let line = lines[index]
            if line.isBlank { summaryLeft = 0; continue }
            if summaryLeft > 0 { aside.insert(index); summaryLeft -= 1 }
            if opening.contains(index), Phrases.summaryHeadings.contains(line.shortKey) { summaryLeft = summaryLength }
            // "4" or "Shares" above, a credit below: a caption. A paragraph has a blank line, prose
            // or a heading above it, whatever follows it.
            if index > 0, index + 1 < lines.count, line.wordCount <= 50, lines[index + 1].isCaption, lines[index + 1].wordCount <= 8,
               !lines[index - 1].isBlank, !lines[index - 1].isParagraph, lines[index - 1].wordCount <= 2 {
                aside.insert(index)
            }
        }
        return aside
    }

    /// At most this many lines make a summary box.
    static let summaryLength = 6

    /// Whether a line inside the region belongs to the body text.
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
