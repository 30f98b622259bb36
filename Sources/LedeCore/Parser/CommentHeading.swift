import Foundation

/// A comment thread's heading that names the post above it ("10 thoughts on “Why focus
/// matters”", "3 Responses to "…""): the post is what runs under that title, down to the
/// heading, however much longer than a short post the thread below is.
enum CommentHeading {
    /// The post's run, when the last wall above `chosen` is such a heading and the title it
    /// names is a line above it; nil otherwise, or when no line between the two is a paragraph
    /// or outweighs furniture.
    static func post(above chosen: ClosedRange<Int>, weights: [Double], lines: [Line]) -> ClosedRange<Int>? {
        guard let wall = weights[..<chosen.lowerBound].lastIndex(where: { $0 <= -ArticleRegion.wallWeight }),
              let named = namedTitle(in: lines[wall])
        else { return nil }
        let titles = lines[..<wall].indices.filter {
            !lines[$0].isBlank && lines[$0].wordCount <= maximumTitleWords && TableOfContents.entryKey(lines[$0].text) == named
        }
        // The title over its byline or date, else its first line: a box of recent or popular
        // posts above the post or between it and its thread can name it again.
        guard let title = titles.first(where: { ArticleRegion.isBylined(below: $0, lines: lines) }) ?? titles.first else { return nil }
        // The post opens under its title, from the first paragraph or line that outweighs
        // furniture, as far down as the run weighs most (a bio box past the share bar can
        // outweigh a short post).
        guard let start = ((title + 1)..<wall).first(where: { !lines[$0].isBlank && (weights[$0] > 0 || lines[$0].isParagraph) }) else { return nil }
        var sum = 0.0, best = 0.0, end = start
        // (Not past a box of other posts under it: "You might also like" and their summaries.)
        for index in start..<wall where !lines[index].isBlank {
            if ArticleRegion.isLinkBoxHeading(lines[index]) { break }
            sum += weights[index]
            if sum > best { best = sum; end = index }
        }
        return start...end
    }

    /// The key (`TableOfContents.entryKey`) of the title a heading names in quotes, or nil when it
    /// is no such heading.
    static func namedTitle(in line: Line) -> UInt64? {
        guard line.endsArticle, let first = line.text.unicodeScalars.first, ("0"..."9").contains(first) else { return nil }
        let rest = line.text.drop { $0.isNumber || $0 == " " }
        guard let phrase = Phrases.commentTitles.first(opening: rest.lowercased()) else { return nil }
        // The title in quotes: "3 Thoughts on the New MacBook" is a post's own title.
        let named = rest.dropFirst(phrase.count).drop { $0 == " " }
        guard let quote = named.first, quotes.contains(quote) else { return nil }
        return TableOfContents.entryKey(named.trimmingCharacters(in: CharacterSet.alphanumerics.inverted))
    }

    /// Marks that open a quoted title.
    static let quotes: Set<Character> = ["“", "\"", "«", "„", "‘", "'", "「", "‹"]

    /// A title is a line of at most this many words.
    static let maximumTitleWords = 40
}
