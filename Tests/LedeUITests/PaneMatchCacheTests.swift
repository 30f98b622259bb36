import LedeCore
@testable import LedeUI
import Testing

/// A story's search matches are found once per layout and query, and found again when the
/// story, its width or the query changes; a frame draws only the matches in view.
@Suite struct PaneMatchCacheTests {
    static let library = Library(pages: [Page(path: "p.txt", title: "P", stories: [
        Story(kind: .article, headline: "Ferry crews vote to strike", paragraphs: [
            "The crews vote today. A second vote follows, and a third vote ends it.",
        ]),
        Story(kind: .article, headline: "Harbour counts the storm", paragraphs: [
            "The storm took a week, and no vote was held.",
        ]),
    ])])

    static func key(story: Int = 0, width: Int = 40, query: String = "vote") -> PaneMatchCache.Key {
        PaneMatchCache.Key(document: DocumentCache.Key(id: StoryID(story), expanded: false, width: width, storyCount: 2),
                           query: SearchQuery(parsing: query))
    }

    @Test func theMatchesAreFoundOncePerStoryWidthAndQuery() {
        let cache = PaneMatchCache()
        var searches = 0
        let find = { () -> [PaneMatch] in searches += 1; return [] }
        _ = cache.matches(for: Self.key(), find: find)
        _ = cache.matches(for: Self.key(), find: find)
        #expect(searches == 1)
        _ = cache.matches(for: Self.key(query: "crews"), find: find)
        #expect(searches == 2)
        _ = cache.matches(for: Self.key(width: 30, query: "crews"), find: find)
        #expect(searches == 3)
        _ = cache.matches(for: Self.key(story: 1, width: 30, query: "crews"), find: find)
        #expect(searches == 4)
        _ = cache.matches(for: Self.key(story: 1, width: 30, query: "crews"), find: find)
        #expect(searches == 4)
    }

    func searching(_ query: String, width: Int) -> AppState {
        stateSearched(query, in: Self.library, width: width)
    }

    /// The state's matches are where a fresh search finds them after each change: the story,
    /// the width (the lines wrap elsewhere) and the query.
    @Test func theStatesMatchesFollowTheStoryTheWidthAndTheQuery() throws {
        var state = searching("vote", width: 40)
        #expect(state.paneMatches.map(\.line) == [0, 2, 2, 3])
        #expect(state.highlightedMatches == ["vote", "vote", "vote", "vote"])
        _ = reduce(&state, .resized(Size(width: 30, height: 20)))
        #expect(state.paneMatches.map(\.line) == [0, 2, 3, 4])
        #expect(state.paneMatches == PaneMatch.all(of: SearchQuery(parsing: "vote"), in: try #require(state.document)))
        _ = reduce(&state, .key(.character("n")))
        _ = reduce(&state, .key(.character("J")))
        #expect(state.selectedStory == StoryID(1))
        #expect(state.paneMatches.map(\.line) == [3])
        _ = reduce(&state, .key(.character("/")))
        _ = reduce(&state, .key(.control("u")))
        for character in "storm" { _ = reduce(&state, .key(.character(character))) }
        _ = reduce(&state, .key(.enter))
        #expect(state.highlightedMatches == ["storm", "storm"])
        #expect(state.paneMatches == PaneMatch.all(of: SearchQuery(parsing: "storm"), in: try #require(state.document)))
    }

    /// Only the matches with a piece on the lines in view are drawn; one that starts above the
    /// view and ends in it is one of them.
    @Test func theMatchesInViewAreFoundByLine() {
        func match(_ lines: Int...) -> PaneMatch {
            PaneMatch(pieces: lines.map { PaneMatch.Piece(line: $0, range: "".startIndex..<"".startIndex) })
        }
        let matches = [match(1), match(1), match(3, 4), match(6), match(9, 10)]
        #expect(PaneMatch.visible(matches, onLines: 0..<1) == 0..<0)
        #expect(PaneMatch.visible(matches, onLines: 1..<2) == 0..<2)
        #expect(PaneMatch.visible(matches, onLines: 4..<6) == 2..<3)
        #expect(PaneMatch.visible(matches, onLines: 4..<7) == 2..<4)
        #expect(PaneMatch.visible(matches, onLines: 7..<9) == 4..<4)
        #expect(PaneMatch.visible(matches, onLines: 10..<20) == 4..<5)
        #expect(PaneMatch.visible(matches, onLines: 11..<20) == 5..<5)
        #expect(PaneMatch.visible([], onLines: 0..<20) == 0..<0)
    }

    /// While a query is typed, the pane looks for matches on the lines in view only (and one
    /// either side): they are the full search's matches there, and none is the current one.
    @Test func whileAQueryIsTypedOnlyTheLinesInViewAreSearched() throws {
        let paragraphs = (1...60).map { "Paragraph \($0): the vote on the harbour was held again, and the vote was close." }
        let library = Library(pages: [Page(path: "p.txt", title: "P", stories: [Story(kind: .article, headline: "Votes", paragraphs: paragraphs)])])
        var state = stateSearched("vote", in: library, width: 60)
        let all = state.paneMatches
        _ = reduce(&state, .key(.character("/")))
        for character in "vote" { _ = reduce(&state, .key(.character(character))) }
        #expect(state.search.isEditing)
        let height = state.layout.pane.height
        let view = (state.paneOffset - 1)..<(state.paneOffset + height + 1)
        #expect(state.paneMatchesInView == all.filter { view.contains($0.line) })
        #expect(state.paneMatchesInView.count < all.count)
        let document = try #require(state.document)
        #expect(PaneMatch.all(of: SearchQuery(parsing: "vote"), in: document, lines: 0..<document.lines.count) == all)
        #expect(PaneMatch.all(of: SearchQuery(parsing: "vote"), in: document, lines: 0..<0).isEmpty)
    }
}
