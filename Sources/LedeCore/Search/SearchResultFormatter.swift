/// `lede search` output: ranked stories with a snippet around the first match.
public enum SearchResultFormatter {
    public struct Row: Sendable, Equatable {
        public var path: String
        public var headline: String
        public var kind: Story.Kind
        public var score: Double
        public var snippet: String
        /// The state database marks the story read / saved.
        public var read = false
        public var saved = false
    }

    public static func rows(for hits: [SearchHit], query: SearchQuery, library: Library, marks: StoryMarks = StoryMarks()) -> [Row] {
        hits.map { hit in
            let story = library.story(hit.id)
            let identity = library.identity(of: hit.id)
            return Row(path: library.page(of: hit.id).path, headline: story.headline, kind: story.kind,
                       score: hit.score, snippet: snippet(for: story, query: query),
                       read: marks.read.contains(identity), saved: marks.saved[identity] != nil)
        }
    }

    /// About `width` characters of the first field (dek, then paragraphs, then headline) with a
    /// match, centred on the match, with `…` where text was cut.
    public static func snippet(for story: Story, query: SearchQuery, width: Int = 120) -> String {
        for field in [story.dek] + story.paragraphs + [story.headline] where !field.isEmpty {
            guard let match = query.matches(in: field, limit: 1).first else { continue }
            let before = field.distance(from: field.startIndex, to: match.lowerBound)
            var start = field.index(field.startIndex, offsetBy: max(0, before - width / 3))
            // Begin at a word, not inside one.
            if start > field.startIndex, let space = field[start..<match.lowerBound].firstIndex(of: " ") {
                start = field.index(after: space)
            }
            let end = field.index(start, offsetBy: width, limitedBy: field.endIndex) ?? field.endIndex
            return (start > field.startIndex ? "…" : "") + field[start..<end] + (end < field.endIndex ? "…" : "")
        }
        return String(story.paragraphs.first?.prefix(width) ?? "")
    }

    public static func text(_ rows: [Row]) -> String {
        rows.enumerated().map { number, row in
            "\(number + 1). \(row.headline.isEmpty ? "(untitled)" : Sanitizer.clean(row.headline))\(row.kind == .teaser ? " [teaser]" : "")\n"
                + "   \(Sanitizer.clean(row.path))\n   \(Sanitizer.clean(row.snippet))\n"
        }.joined(separator: "\n")
    }

    /// `[{"path","headline","kind","score","snippet","read","saved"}, …]`
    public static func json(_ rows: [Row]) -> String {
        "[" + rows.map { row in
            "{\"path\":\(JSON.string(row.path)),\"headline\":\(JSON.string(row.headline)),\"kind\":\(JSON.string(row.kind.rawValue)),"
                + "\"score\":\((row.score * 1000).rounded() / 1000),\"snippet\":\(JSON.string(row.snippet)),"
                + "\"read\":\(row.read),\"saved\":\(row.saved)}"
        }.joined(separator: ",") + "]\n"
    }
}
