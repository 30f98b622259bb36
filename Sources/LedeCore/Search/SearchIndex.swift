/// A story found by a search, with its rank score (higher is better).
public struct SearchHit: Sendable, Equatable {
    public var id: StoryID
    public var score: Double
}

/// The search index over a library. (First version: a scan; to be replaced by an inverted index.)
public final class SearchIndex: Sendable {
    private let library: Library

    public init(library: Library) {
        self.library = library
    }

    /// Stories matching every word of `query`, best first; ties keep library order.
    public func search(_ query: SearchQuery) -> [SearchHit] {
        guard !query.isEmpty else { return [] }
        var hits: [SearchHit] = []
        for id in library.ids {
            let story = library.story(id)
            var score = 0.0
            var all = true
            for word in query.words {
                let inHeadline = story.headline.lowercased().contains(word)
                let inBody = story.dek.lowercased().contains(word) || story.paragraphs.contains { $0.lowercased().contains(word) }
                if !inHeadline && !inBody { all = false; break }
                score += inHeadline ? 3 : 1
            }
            if all { hits.append(SearchHit(id: id, score: score)) }
        }
        return hits.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
    }
}
