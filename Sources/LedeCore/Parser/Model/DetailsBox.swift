/// A box of details over a review or a book's post, one "Label: value" row per line
/// ("Director: Marguerite Osei", "Cast: Adjoa Mensah, Peter Halloran", "Runtime: 1h 52m";
/// "Author: …", "Publisher: …"): its rows are the work's facts, never the headline, however
/// title-shaped a list of names is. A headline with a colon stands alone ("Brexit: what happens
/// next" over "Written by: Jane Doe" and "Updated: 10:02"; bylines and dates are no details).
enum DetailsBox {
    /// The line numbers of the candidates that are rows of such a box: `leastRows` rows or more
    /// one right under the other, bylines and dates among them not counted. Not the block's top
    /// line when it reads as a title: a headline with a label over the box ("Review: The
    /// Cartographer's Daughter by Helen Ashworth" over "By: …" and "Publisher: …").
    static func rows(among candidates: [Line], in lines: [Line]) -> [Int] {
        var found: [Int] = []
        for candidate in candidates where isRow(candidate) {
            var top = candidate.number, end = candidate.number
            while top > 0, isRow(lines[top - 1]) || isRow(lines[top - 1], orCredit: true) { top -= 1 }
            while end + 1 < lines.count, isRow(lines[end + 1]) || isRow(lines[end + 1], orCredit: true) { end += 1 }
            if candidate.number > top || !isTitled(candidate), (top...end).count(where: { isRow(lines[$0]) }) >= leastRows { found.append(candidate.number) }
        }
        return found
    }

    /// Per line, whether it is a row of a box of details (`leastRows` rows or more, line after
    /// line or a blank line apart) or the short heading right over one ("Technische Daten",
    /// "Fiche technique"); nil when the page has none. Inside an article such a box parts its
    /// sections (a review's specifications between its test and its verdict, a product's facts
    /// under a press release): `ArticleRegion` weighs it as nothing, for or against.
    static func boxes(in lines: [Line]) -> [Bool]? {
        var marks: [Bool]?
        var index = 0
        while index < lines.count {
            guard isRow(lines[index]) else { index += 1; continue }
            var rows = [index]
            while let next = nonBlank(after: rows.last!, in: lines), isRow(lines[next]) { rows.append(next) }
            if rows.count >= leastRows {
                var found = marks ?? [Bool](repeating: false, count: lines.count)
                for row in rows { found[row] = true }
                if let heading = heading(over: index, in: lines) { found[heading] = true }
                marks = found
            }
            index = rows.last! + 1
        }
        return marks
    }

    /// The line right over a box's first row (a blank line apart at most) when it reads as the
    /// box's heading: a few words, no sentence, no button or box of links.
    private static func heading(over top: Int, in lines: [Line]) -> Int? {
        var above = top - 1
        if above >= 0, lines[above].isBlank { above -= 1 }
        guard above >= 0, !lines[above].isBlank else { return nil }
        let line = lines[above]
        guard line.wordCount <= headingWords, !line.endsSentence, !line.isCallToAction, !line.opensLinkBox, !line.endsArticle else { return nil }
        return above
    }

    /// The line right under `index` when it is not blank, or the one under that past one blank line.
    private static func nonBlank(after index: Int, in lines: [Line]) -> Int? {
        var next = index + 1
        if next < lines.count, lines[next].isBlank { next += 1 }
        return next < lines.count && !lines[next].isBlank ? next : nil
    }

    /// The most words of a box's heading.
    static let headingWords = 3

    /// Whether the line is a label of `labelWords` words at most, opening with a letter and
    /// holding no digit, then ": " and a value (`orCredit`: a byline or date of that form, which
    /// only carries a box on).
    static func isRow(_ line: Line, orCredit: Bool = false) -> Bool {
        guard line.wordCount >= 2, line.wordCount <= rowWords, line.isBylineOrDate == orCredit else { return false }
        return line.text.withUTF8Bytes { bytes in
            guard let colon = bytes.firstIndex(of: 0x3A), colon > 0, colon + 2 < bytes.count, bytes[colon + 1] == 0x20 else { return false }
            let label = bytes[..<colon]
            guard let first = label.first, first >= 0x80 || (first | 0x20) &- 0x61 < 26 else { return false }
            return label.count(where: { $0 == 0x20 }) < labelWords && !label.contains { $0 &- 0x30 < 10 }
        }
    }

    /// Whether a row's value reads as a title: `titleWords` words or more, and no figure
    /// ("Gründonnerstag: 8 bis 18 Uhr" tops a box of opening hours).
    static func isTitled(_ line: Line) -> Bool {
        guard let colon = line.text.firstIndex(of: ":") else { return false }
        let value = line.text[line.text.index(after: colon)...]
        return value.split(separator: " ").count >= titleWords && !value.contains(where: \.isNumber)
    }

    /// The fewest words of a title's value.
    static let titleWords = 4

    /// The fewest rows of a box; the most words of a row and of its label.
    static let leastRows = 3, rowWords = 20, labelWords = 2
}
