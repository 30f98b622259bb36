import LedeCore

/// One search match in the pane, in pieces: a quoted phrase can wrap onto the next line.
public struct PaneMatch: Equatable, Sendable {
    public struct Piece: Equatable, Sendable {
        public var line: Int
        /// Where it is in that line's text.
        public var range: Range<String.Index>
    }

    public var pieces: [Piece]

    /// The line the match starts on, the one n and N scroll to.
    public var line: Int { pieces[0].line }
}

extension PaneMatch {
    /// Where `query` matches in `document`. A paragraph's wrapped lines are searched joined up
    /// again, so that a phrase is found, and counted once, where a line break cuts it.
    /// `lines`: only those (a paragraph cut at their edges is searched as far as it goes there).
    static func all(of query: SearchQuery, in document: StoryDocument, lines: Range<Int>? = nil) -> [PaneMatch] {
        var found: [PaneMatch] = []
        var first = lines?.lowerBound ?? 0
        let last = lines.map { min($0.upperBound, document.lines.count) } ?? document.lines.count
        while first < last {
            // A paragraph: lines of one role, up to a blank line.
            var end = first + 1
            let role = document.lines[first].role
            // The "keep reading (x)" marker is the reader's, not the story's text.
            if role == .keepReading { first = end; continue }
            while end < last, !document.lines[first].text.isEmpty, !document.lines[end].text.isEmpty,
                  document.lines[end].role == role { end += 1 }
            found += matches(of: query, inLines: first..<end, of: document)
            first = end
        }
        return found
    }

    /// The matches in `lines`, joined as wrapping broke them: by a space, or by none where the
    /// break fell between two characters (Chinese or Japanese text).
    private static func matches(of query: SearchQuery, inLines lines: Range<Int>, of document: StoryDocument) -> [PaneMatch] {
        let texts = lines.map { document.lines[$0].text }
        var joined = ""
        // Where each line starts in `joined`, in UTF-8 bytes.
        var starts: [Int] = []
        for index in lines {
            if index > lines.lowerBound, !document.lines[index].continuesUnspaced { joined += " " }
            starts.append(joined.utf8.count)
            joined += document.lines[index].text
        }
        return query.matches(in: joined).map { range in
            let lower = joined.utf8.distance(from: joined.startIndex, to: range.lowerBound)
            let upper = joined.utf8.distance(from: joined.startIndex, to: range.upperBound)
            let pieces = texts.indices.compactMap { index -> Piece? in
                let text = texts[index]
                let from = max(lower - starts[index], 0), to = min(upper - starts[index], text.utf8.count)
                guard from < to else { return nil }
                return Piece(line: lines.lowerBound + index,
                             range: text.utf8.index(text.startIndex, offsetBy: from)..<text.utf8.index(text.startIndex, offsetBy: to))
            }
            return PaneMatch(pieces: pieces)
        }
    }
}
